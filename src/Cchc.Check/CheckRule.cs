using Cchc.Model;

namespace Cchc.Check;

/// <summary>The kinds of document (or document part) a rule applies to.</summary>
[Flags]
public enum DocumentKind
{
    Decision = 1,
    Plan = 2,
    Appendix = 4,
    Unknown = 8,
    All = Decision | Plan | Appendix | Unknown,
}

/// <summary>
/// One rule of the Decree 30 checklist: its code (severity from the decree's MUST/SHOULD), the spec section it
/// comes from (nd30-format), the decree's own words, and the kinds of document it applies to.
/// </summary>
public sealed record CheckRule(DiagnosticCode Code, string Spec, string Decree, DocumentKind AppliesTo)
{
    public bool AppliesToKind(DocumentKind kind) => (AppliesTo & kind) != 0;
}
