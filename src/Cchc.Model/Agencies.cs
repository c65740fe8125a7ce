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
    // The rules ask these of every task of a plan: plain loops over the parts, without an iterator chain each.
    public IEnumerable<string> Codes
    {
        get
        {
            for (var i = 0; i < Parts.Count; i++)
            {
                if (Parts[i].IsCode)
                {
                    yield return Parts[i].Text;
                }
            }
        }
    }

    /// <summary>Renders codes as the agency's short form (or full name when <paramref name="useFullName"/>).</summary>
    public string Render(IReadOnlyDictionary<string, Agency> registry, bool useFullName = false) =>
        string.Concat(Parts.Select(p => TextOf(p, registry, useFullName))).Trim();

    /// <summary>Whether <see cref="Render"/> gives nothing (every part blank), found without building the text.</summary>
    public bool RendersBlank(IReadOnlyDictionary<string, Agency> registry)
    {
        for (var i = 0; i < Parts.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(TextOf(Parts[i], registry, useFullName: false)))
            {
                return false;
            }
        }

        return true;
    }

    public bool HasCodes()
    {
        for (var i = 0; i < Parts.Count; i++)
        {
            if (Parts[i].IsCode)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first of its codes (in order) that <paramref name="other"/> names too, or null.</summary>
    public string? FirstCodeSharedWith(AgencyExpr other)
    {
        for (var i = 0; i < Parts.Count; i++)
        {
            if (!Parts[i].IsCode)
            {
                continue;
            }

            for (var j = 0; j < other.Parts.Count; j++)
            {
                if (other.Parts[j].IsCode && string.Equals(other.Parts[j].Text, Parts[i].Text, StringComparison.Ordinal))
                {
                    return Parts[i].Text;
                }
            }
        }

        return null;
    }

    private static string TextOf(AgencyPart p, IReadOnlyDictionary<string, Agency> registry, bool useFullName) =>
        !p.IsCode ? p.Text : registry.TryGetValue(p.Text, out var a) ? (useFullName ? a.Name : a.ShortOrName) : p.Text;
}
