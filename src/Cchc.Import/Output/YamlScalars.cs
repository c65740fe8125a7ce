using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Cchc.Import.Output;

/// <summary>
/// How one string is written so that YAML reads back exactly that string: a plain word for codes, else a
/// double-quoted scalar escaping everything YAML would change or a person could not see, or folded prose.
/// </summary>
internal static partial class YamlScalars
{
    /// <summary>Words YAML 1.1 or 1.2 would read as null or a boolean when written plain.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "null", "true", "false", "yes", "no", "on", "off", "y", "n",
    };

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeLike();

    /// <summary>A code ("vhxh", "tthc", "purpose") is written bare, as people write them in plans.</summary>
    public static bool CanBePlain(string value) => CodeLike().IsMatch(value) && !Reserved.Contains(value);

    public static string Key(string key) => CanBePlain(key) ? key : Quote(key);

    public static string Scalar(YScalar s) => s.Value is null ? "null" : s.Plain ? s.Value : CanBePlain(s.Value) ? s.Value : Quote(s.Value);

    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                var cp = char.ConvertToUtf32(c, value[i + 1]);
                if (NeedsEscape(cp))
                {
                    sb.Append(CultureInfo.InvariantCulture, $"\\U{cp:X8}");
                }
                else
                {
                    sb.Append(c).Append(value[i + 1]);
                }

                i++;
                continue;
            }

            if (Escape(c) is { } escape)
            {
                sb.Append(escape);
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.Append('"').ToString();
    }

    /// <summary>The escape a UTF-16 unit other than a surrogate pair's is written as inside double quotes, or null when it is written as itself.</summary>
    private static string? Escape(char c) => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\0' => "\\0",
        '\a' => "\\a",
        '\b' => "\\b",
        '\t' => "\\t",
        '\n' => "\\n",
        '\v' => "\\v",
        '\f' => "\\f",
        '\r' => "\\r",
        '\u001B' => "\\e",
        '\u0085' => "\\N",
        '\u2028' => "\\L",
        '\u2029' => "\\P",
        _ when c < '\u0020' || c is >= '\u007F' and <= '\u009F' => ((int)c).ToString("X2", CultureInfo.InvariantCulture).Insert(0, "\\x"),
        _ when char.IsSurrogate(c) || NeedsEscape(c) => ((int)c).ToString("X4", CultureInfo.InvariantCulture).Insert(0, "\\u"),
        _ => null,
    };

    /// <summary>Invisible or non-printable code points (format controls, noncharacters) are written as escapes.</summary>
    private static bool NeedsEscape(int cp)
    {
        if ((cp & 0xFFFE) == 0xFFFE || cp is >= 0xFDD0 and <= 0xFDEF)
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        return category is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    /// <summary>
    /// Whether <paramref name="value"/> can be a folded block scalar that reads back unchanged: one line of
    /// visible text whose words are separated by single spaces (a break there folds back to one space).
    /// </summary>
    public static bool CanFold(string value)
    {
        if (value.Length == 0 || value[0] == ' ' || value[^1] == ' ' || value.Contains("  ", StringComparison.Ordinal) || !value.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\t' || c is not ('"' or '\\') && !char.IsSurrogate(c) && Escape(c) is not null)
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]) || NeedsEscape(char.ConvertToUtf32(c, value[i + 1])))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Splits prose at single spaces into lines of at most <paramref name="width"/> characters (a longer word stands alone).</summary>
    public static List<string> Wrap(string value, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in value.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }
}
