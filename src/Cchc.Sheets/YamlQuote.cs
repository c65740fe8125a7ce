using System.Globalization;
using System.Text;

namespace Cchc.Sheets;

/// <summary>A YAML double-quoted scalar that reads back as exactly the text: every break and control character escaped.</summary>
internal static class YamlQuote
{
    public static string Of(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\u0085' => "\\N",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                _ when char.IsControl(c) || c == '\uFEFF' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }

    public static string Date(DateOnly date) => "\"" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\"";
}
