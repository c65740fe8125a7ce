using Cchc.Composition.Templates;
using Cchc.Composition.Text;
using Cchc.Model;
using Cchc.Model.Documents;
using static Cchc.Composition.Templates.ScriptValues;

namespace Cchc.Composition.Building;

/// <summary>What every builder of one composition shares: the package and the template runner.</summary>
internal sealed class CompositionScope(Package package, TemplateRunner templates, List<Diagnostic> diagnostics, CompositionTrace? trace = null)
{
    public Package Package { get; } = package;

    public TemplateRunner Templates { get; } = templates;

    public IReadOnlyDictionary<string, Agency> Registry => Package.Registry;

    public string Blank => Package.Style.Blank;

    public void Report(Diagnostic diagnostic)
    {
        if (!diagnostics.Contains(diagnostic))
        {
            diagnostics.Add(diagnostic);
        }
    }

    /// <summary><paramref name="composed"/>, recorded as coming from <paramref name="origin"/> when tracing.</summary>
    public T Traced<T>(T composed, object origin)
        where T : class
    {
        trace?.Record(composed, origin);
        return composed;
    }

    /// <summary>A paragraph of plan text (inline markup applied).</summary>
    public static Paragraph Para(ParaStyle style, string text) => new(style, InlineMarkup.Parse(text));

    /// <summary>"Số: …/…" for a document's number and symbol.</summary>
    public string NumberLine(string? number, string symbol) => CommonLines.Number(Templates, number, symbol);

    /// <summary>"{place}, ngày … tháng … năm …".</summary>
    public string PlaceDateLine(DateValue? date) => CommonLines.PlaceDate(Templates, date, Blank);

    /// <summary>"(Kèm theo {Quyết định|Kế hoạch} số … ngày … của …)".</summary>
    public Paragraph AttachedLine(AttachedTarget target) => Para(ParaStyle.AttachedLine,
        Templates.Line(TemplateNames.AttachedLine, Object(("doc", Object(
            ("kind", target.IsDecision ? "decision" : "plan"),
            ("number", Str(target.Number)),
            ("symbol", target.Symbol),
            ("date", ModelExport.Date(target.Date, Blank)),
            ("attached_by", target.AttachedBy))))));

    /// <summary>The Quyết định, the document that a plan or appendix is attached to by default.</summary>
    public AttachedTarget? DecisionTarget() => Package.Decision is { } d
        ? new AttachedTarget(true, d.Number, ModelExport.DecisionSymbol(Package), d.Date, d.AttachedBy ?? AttachedBy(d.Signer))
        : null;

    /// <summary>The Kế hoạch as the document an appendix is attached to.</summary>
    public AttachedTarget PlanTarget()
    {
        var p = Package.Plan;
        var by = p.Signer is not null ? AttachedBy(p.Signer) : DecisionTarget()?.AttachedBy ?? AttachedBy(null);
        return new AttachedTarget(false, p.Number, ModelExport.PlanSymbol(Package), p.Date, by);
    }

    private string AttachedBy(Signer? signer) =>
        Templates.Line(TemplateNames.AttachedBy, Object(("signer", ModelExport.Signer(signer))));
}

/// <summary>The document named in a "Kèm theo" line.</summary>
internal sealed record AttachedTarget(bool IsDecision, string? Number, string Symbol, DateValue? Date, string AttachedBy);
