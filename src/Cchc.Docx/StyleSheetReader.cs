using System.Globalization;
using System.Text;

namespace Cchc.Docx;

/// <summary>
/// Reads the embedded styles part: elements with double-quoted attributes, comments and indentation, as
/// Styles/styles.xml is written (no DTD, CDATA or entity references). Not a general XML reader.
/// </summary>
internal static class StyleSheetReader
{
    /// <summary>A style's own run properties (null where it inherits) and the style it is based on.</summary>
    public sealed record Style(string? BasedOn, int? HalfPoints, bool? Bold, bool? Italic);

    private const string StylePath = "w:styles/w:style";
    private const string DefaultRunPath = "w:styles/w:docDefaults/w:rPrDefault/w:rPr";

    /// <summary>The styles by id, and the document default size in half-points.</summary>
    public static (Dictionary<string, Style> Styles, int? DefaultHalfPoints) Read(string xml)
    {
        var styles = new Dictionary<string, Style>(StringComparer.Ordinal);
        int? defaultHalfPoints = null;
        var path = new List<string>();
        string? id = null;
        var style = new Style(null, null, null, null);
        foreach (var (name, attributes, kind) in Tags(xml))
        {
            if (kind == TagKind.End)
            {
                if (string.Join('/', path) == StylePath && id is not null)
                {
                    styles[id] = style;
                }

                path.RemoveAt(path.Count - 1);
                continue;
            }

            path.Add(name);
            var at = string.Join('/', path);
            if (at == StylePath)
            {
                (id, style) = (Attribute(attributes, "w:styleId"), new Style(null, null, null, null));
            }
            else if (at == StylePath + "/w:basedOn")
            {
                style = style with { BasedOn = Attribute(attributes, "w:val") };
            }
            else if (at == StylePath + "/w:rPr/w:sz")
            {
                style = style with { HalfPoints = Number(Attribute(attributes, "w:val")) };
            }
            else if (at == StylePath + "/w:rPr/w:b")
            {
                style = style with { Bold = Toggle(Attribute(attributes, "w:val")) };
            }
            else if (at == StylePath + "/w:rPr/w:i")
            {
                style = style with { Italic = Toggle(Attribute(attributes, "w:val")) };
            }
            else if (at == DefaultRunPath + "/w:sz")
            {
                defaultHalfPoints = Number(Attribute(attributes, "w:val"));
            }

            if (kind == TagKind.Empty)
            {
                if (at == StylePath && id is not null)
                {
                    styles[id] = style;
                }

                path.RemoveAt(path.Count - 1);
            }
        }

        return (styles, defaultHalfPoints);
    }

    /// <summary>
    /// The part as written into a package: no comments, no whitespace between tags, "utf-8" in the declaration
    /// and a space before "/>", as an XML writer would put it.
    /// </summary>
    public static string Compact(string xml)
    {
        var result = new StringBuilder(xml.Length);
        for (var i = 0; i < xml.Length;)
        {
            if (xml.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                i = xml.IndexOf("-->", i, StringComparison.Ordinal) + 3;
                continue;
            }

            var ch = xml[i];
            if (char.IsWhiteSpace(ch) && (result.Length == 0 || result[^1] == '>'))
            {
                var next = i;
                while (next < xml.Length && char.IsWhiteSpace(xml[next]))
                {
                    next++;
                }

                if (next == xml.Length || xml[next] == '<')
                {
                    i = next;
                    continue;
                }
            }

            if (ch == '/' && i + 1 < xml.Length && xml[i + 1] == '>' && result[^1] != ' ')
            {
                result.Append(' ');
            }

            result.Append(ch);
            i++;
        }

        return result.Replace("encoding=\"UTF-8\"", "encoding=\"utf-8\"").ToString();
    }

    private enum TagKind
    {
        Start,
        End,
        Empty,
    }

    private static IEnumerable<(string Name, string Attributes, TagKind Kind)> Tags(string xml)
    {
        for (var open = xml.IndexOf('<'); open >= 0; open = xml.IndexOf('<', open + 1))
        {
            if (xml.AsSpan(open).StartsWith("<!--", StringComparison.Ordinal))
            {
                open = xml.IndexOf("-->", open, StringComparison.Ordinal);
                continue;
            }

            var close = xml.IndexOf('>', open);
            if (xml[open + 1] == '?')
            {
                continue;
            }

            var inner = xml.AsSpan(open + 1, close - open - 1).Trim();
            var kind = inner[0] == '/' ? TagKind.End : inner[^1] == '/' ? TagKind.Empty : TagKind.Start;
            inner = inner.Trim('/').Trim();
            var space = inner.IndexOfAny(' ', '\n', '\t');
            yield return space < 0
                ? (inner.ToString(), "", kind)
                : (inner[..space].ToString(), inner[space..].ToString(), kind);
            open = close;
        }
    }

    private static string? Attribute(string attributes, string name)
    {
        var key = name + "=\"";
        var at = attributes.IndexOf(key, StringComparison.Ordinal);
        while (at > 0 && !char.IsWhiteSpace(attributes[at - 1]))
        {
            at = attributes.IndexOf(key, at + 1, StringComparison.Ordinal);
        }

        if (at < 0)
        {
            return null;
        }

        var start = at + key.Length;
        return attributes[start..attributes.IndexOf('"', start)];
    }

    private static int? Number(string? value) => value is null ? null : int.Parse(value, CultureInfo.InvariantCulture);

    private static bool Toggle(string? value) => value is null || !(value is "0" or "false" or "off");
}
