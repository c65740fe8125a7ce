namespace Cchc.Model;

public enum AgencyKind
{
    Unit,
    Group,
    External,
}

public sealed record Agency(string Code, string Name, string? Short, string? Abbr, AgencyKind Kind, SpanMap Spans)
{
    /// <summary>The form used in table cells.</summary>
    public string ShortOrName => Short ?? Name;
}

/// <summary>One piece of an agency expression: a registry code or literal text.</summary>
public readonly record struct AgencyPart(bool IsCode, string Text);

public enum AgencyExprForm
{
    Code,
    List,
    Template,
    Literal,
}

/// <summary>
/// <c>lead</c>, <c>co</c>, <c>responsible</c>: a bare code, a list of codes and literals joined with ", ",
/// or a template string with <c>{code}</c> placeholders. Stored as a flat sequence of parts.
/// </summary>
public sealed record AgencyExpr(AgencyExprForm Form, IReadOnlyList<AgencyPart> Parts, string Source, SourceSpan Span)
{
    public IEnumerable<string> Codes => Parts.Where(p => p.IsCode).Select(p => p.Text);

    /// <summary>Renders codes as the agency's short form (or full name when <paramref name="useFullName"/>).</summary>
    public string Render(IReadOnlyDictionary<string, Agency> registry, bool useFullName = false) =>
        string.Concat(Parts.Select(p => !p.IsCode ? p.Text
            : registry.TryGetValue(p.Text, out var a) ? (useFullName ? a.Name : a.ShortOrName)
            : p.Text)).Trim();
}
