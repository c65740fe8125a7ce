using Cchc.Composition.Templates;
using Cchc.Composition.Text;
using Cchc.Model;
using Cchc.Model.Documents;
using static Cchc.Composition.Templates.ScriptValues;

namespace Cchc.Composition.Building;

/// <summary>The Quyết định (Mẫu 1.3): header, QUYẾT ĐỊNH, trích yếu, authority, căn cứ, articles, signature.</summary>
internal static class DecisionBuilder
{
    public static Section Build(CompositionScope scope, Decision decision)
    {
        var package = scope.Package;
        var templates = scope.Templates;
        var signer = Object(("signer", ModelExport.Signer(decision.Signer)));
        var blocks = new List<DocBlock>
        {
            LetterheadBuilder.Build(scope,
                scope.NumberLine(decision.Number, ModelExport.DecisionSymbol(package)),
                scope.PlaceDateLine(decision.Date)),
            CompositionScope.Para(ParaStyle.DocType, templates.Line(TemplateNames.DecisionDocType)),
            CompositionScope.Para(ParaStyle.Summary, decision.Title),
            new ShortRule(),
            CompositionScope.Para(ParaStyle.Authority, templates.Line(TemplateNames.DecisionAuthority, signer)),
        };

        var bases = Array(decision.Bases.Select(b => Object(("cite", Str(Citation.Cite(b, package.Style))), ("kind", Str(b.Kind)))));
        var proposer = decision.Proposer is null ? null : AgencyText.FillNames(decision.Proposer, scope.Registry);
        blocks.AddRange(templates.Lines(TemplateNames.DecisionBases, Object(("bases", bases), ("proposer", Str(proposer))))
            .Select(l => CompositionScope.Para(ParaStyle.Basis, l)));

        blocks.Add(CompositionScope.Para(ParaStyle.DecisionHeading, templates.Line(TemplateNames.DecisionHeading)));
        var articles = templates.Lines(TemplateNames.DecisionArticles, Object(
                ("articles", decision.Articles is null ? null : Array(decision.Articles.Select(a => Array(a.Paragraphs.Select(Str))))),
                ("executors", Str(decision.Executors))))
            .Select(l => CompositionScope.Para(ParaStyle.Article, l))
            .ToList();
        if (articles.Count > 0)
        {
            articles[^1] = ClosingMark.Apply(articles[^1]);
        }

        blocks.AddRange(articles);
        blocks.Add(SignatureBuilder.Build(scope, decision.Recipients, decision.Archive, decision.Signer));
        return new Section(Orientation.Portrait, blocks);
    }
}
