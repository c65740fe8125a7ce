namespace Cchc.Composition.Templates;

/// <summary>The templates the composer renders, by path under the template folder.</summary>
internal static class TemplateNames
{
    public const string NumberLine = "common/number-line.sbn";
    public const string PlaceDate = "common/place-date.sbn";
    public const string AttachedBy = "common/attached-by.sbn";
    public const string AttachedLine = "common/attached-line.sbn";
    public const string Recipients = "common/recipients.sbn";
    public const string Signer = "common/signer.sbn";
    public const string DecisionDocType = "decision/doc-type.sbn";
    public const string DecisionAuthority = "decision/authority.sbn";
    public const string DecisionBases = "decision/bases.sbn";
    public const string DecisionHeading = "decision/heading.sbn";
    public const string DecisionArticles = "decision/articles.sbn";
    public const string PlanDocType = "plan/doc-type.sbn";
    public const string AppendixLabel = "appendix/label.sbn";
    public const string TaskHeaders = "appendix/task-headers.sbn";
    public const string IndicatorHeaders = "appendix/indicator-headers.sbn";
    public const string ReportDocType = "bao-cao/doc-type.sbn";
    public const string ReportSummary = "bao-cao/summary.sbn";
    public const string ReportBody = "bao-cao/body.sbn";
    public const string ReportAppendixLabel = "bao-cao/appendix-label.sbn";
    public const string ReportAppendixTitle = "bao-cao/appendix-title.sbn";
    public const string ReportAttachedLine = "bao-cao/attached-line.sbn";
    public const string ReportAppendixHeaders = "bao-cao/appendix-headers.sbn";

    /// <summary>What every plan package needs: the templates of every kind <c>cchc build</c> composes.</summary>
    public static IReadOnlyList<string> Required { get; } =
        [.. Kinds.DocumentKinds.OfPackage.SelectMany(k => k.Templates).Distinct(StringComparer.Ordinal)];
}
