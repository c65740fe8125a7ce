using Cchc.Import.Output;

namespace Cchc.Import.Into;

/// <summary>
/// A new value written in the style its scalar had: double-quoted, single-quoted, folded (re-wrapped at the
/// width the old lines had), literal, or plain. A style that cannot hold the value exactly falls back to
/// double quotes, which hold anything.
/// </summary>
internal static class StyledScalar
{
    private static readonly HashSet<string> Typed = new(StringComparer.OrdinalIgnoreCase)
    {
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n",
    };

    /// <param name="source">The scalar's source text: from its first character (quote or block indicator) to the end of its content.</param>
    public static string Render(string source, string value) => source.Length == 0 ? Plain(value) : source[0] switch
    {
        '"' => YamlScalars.Quote(value),
        '\'' => Visible(value) ? "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'" : YamlScalars.Quote(value),
        '>' => Folded(source, value),
        '|' => Literal(source, value),
        _ => Plain(value),
    };

    private static string Plain(string value) => IsSafePlain(value) ? value : YamlScalars.Quote(value);

    /// <summary>Prose YAML reads back unchanged when written bare: no indicator first, no ": " or " #", no edge spaces.</summary>
    internal static bool IsSafePlain(string value) =>
        value.Length > 0 && Visible(value) && value[0] != ' ' && value[^1] != ' ' && value[^1] != ':'
        && "-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0], StringComparison.Ordinal) < 0
        && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal)
        && !value.Contains("  ", StringComparison.Ordinal) && !Typed.Contains(value);

    /// <summary>True when every character stands for itself inside quotes (no escape needed).</summary>
    private static bool Visible(string value) => YamlScalars.Quote(value.Replace("\"", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal)).Length
        == value.Replace("\"", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal).Length + 2;

    private static string Folded(string source, string value)
    {
        var (header, indent, lines) = Block(source);
        if (!YamlScalars.CanFold(value) || indent.Length == 0)
        {
            return YamlScalars.Quote(value);
        }

        var width = Math.Max(40, lines.Count == 0 ? 80 : lines.Max(l => l.Trim().Length));
        return header + string.Concat(YamlScalars.Wrap(value, width).Select(l => "\n" + indent + l));
    }

    private static string Literal(string source, string value)
    {
        var (header, indent, _) = Block(source);
        var body = value.EndsWith('\n') ? value[..^1] : value;
        if (indent.Length == 0 || body.Split('\n').Any(l => l.Length == 0 || l[0] == ' ' || !Visible(l)))
        {
            return YamlScalars.Quote(value);
        }

        return header + string.Concat(body.Split('\n').Select(l => "\n" + indent + l));
    }

    /// <summary>The indicator line (">-", "|"), the content lines' indentation, and the content lines.</summary>
    private static (string Header, string Indent, List<string> Lines) Block(string source)
    {
        var all = source.Split('\n');
        var content = all.Skip(1).Where(l => l.Trim().Length > 0).ToList();
        var indent = content.Count == 0 ? "" : content[0][..(content[0].Length - content[0].TrimStart(' ').Length)];
        return (all[0].TrimEnd('\r'), indent, content);
    }
}
