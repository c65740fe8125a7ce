using Cchc.Composition.Templates;
using Cchc.Model;
using Cchc.Model.Documents;

namespace Cchc.Composition.Building;

/// <summary>
/// The Kế hoạch: attached to a Quyết định (no signature; a "Kèm theo" line; the issuer and quốc hiệu header
/// without Số and date, as Decree 30's form for a document issued with a Quyết định has it, unless
/// <c>header: none</c>) or standalone (full header, Nơi nhận and signature).
/// </summary>
internal static class PlanBuilder
{
    public static Section Build(CompositionScope scope)
    {
        var package = scope.Package;
        var plan = package.Plan;
        var decision = scope.DecisionTarget();
        var blocks = new List<DocBlock>();
        if (decision is null)
        {
            blocks.Add(LetterheadBuilder.Build(scope,
                scope.NumberLine(plan.Number, ModelExport.PlanSymbol(package)),
                scope.PlaceDateLine(plan.Date)));
        }
        else if (plan.Header != PlanHeader.None)
        {
            blocks.Add(LetterheadBuilder.Build(scope, null, null));
        }

        blocks.Add(CompositionScope.Para(ParaStyle.DocType, scope.Templates.Line(TemplateNames.PlanDocType)));
        blocks.Add(CompositionScope.Para(ParaStyle.Summary, plan.Title));
        if (decision is not null)
        {
            blocks.Add(scope.AttachedLine(decision));
        }

        blocks.Add(new ShortRule());
        blocks.AddRange(plan.Preamble.Select((p, i) => scope.Traced(CompositionScope.Para(ParaStyle.Body, p), new PreambleLine(i))));
        blocks.AddRange(new BodyBuilder(scope).Build(plan.Body));
        if (decision is null)
        {
            blocks.Add(SignatureBuilder.Build(scope, plan.Recipients, plan.Archive, plan.Signer));
        }

        return new Section(Orientation.Portrait, blocks);
    }
}
