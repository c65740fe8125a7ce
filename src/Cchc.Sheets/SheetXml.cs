using System.Text;

namespace Cchc.Sheets;

/// <summary>
/// SpreadsheetML text: XML escaping plus Excel's own <c>_xHHHH_</c> escape for characters XML cannot carry (control
/// characters; a carriage return, which XML would turn into a line feed) and for a literal "_xHHHH_" in the text.
/// </summary>
internal static class SheetXml
{
    public const string Namespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static StringBuilder Escape(StringBuilder xml, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '<': xml.Append("&lt;"); break;
                case '>': xml.Append("&gt;"); break;
                case '&': xml.Append("&amp;"); break;
                case '"': xml.Append("&quot;"); break;
                case '_' when IsEscape(text.AsSpan(i)): xml.Append("_x005F_"); break;
                case '\t' or '\n': xml.Append(c); break;
                case < ' ' or '\uFFFE' or '\uFFFF': Hex(xml, c); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        xml.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        xml.Append('\uFFFD'); // a lone surrogate is not a character; XML cannot hold it
                    }
                    else
                    {
                        xml.Append(c);
                    }

                    break;
            }
        }

        return xml;
    }

    /// <summary>Undoes <c>_xHHHH_</c> escapes, as Excel reads them.</summary>
    public static string Unescape(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '_' && IsEscape(text.AsSpan(i)))
            {
                result.Append((char)Convert.ToInt32(text.Substring(i + 2, 4), 16));
                i += 6;
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }

    /// <summary>"_x" four hex digits "_".</summary>
    private static bool IsEscape(ReadOnlySpan<char> s) =>
        s.Length >= 7 && s[1] == 'x' && s[6] == '_' && char.IsAsciiHexDigit(s[2]) && char.IsAsciiHexDigit(s[3]) && char.IsAsciiHexDigit(s[4]) && char.IsAsciiHexDigit(s[5]);

    private static void Hex(StringBuilder xml, char c) => xml.Append("_x").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('_');
}
