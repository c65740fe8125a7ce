using System.Text;
using Cchc.Model;

namespace Cchc.Import.Recognition.Ids;

/// <summary>Vietnamese text folded to ASCII the way codes and ids are made: tone marks and hats dropped, Đ → D.</summary>
internal static class TextFold
{
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in Diacritics.Compose(text))
        {
            var b = Diacritics.BaseOf(ch, out _);
            sb.Append(b switch { 'Đ' => 'D', 'đ' => 'd', _ => b });
        }

        return sb.ToString();
    }

    /// <summary>The words of <paramref name="text"/>: runs of letters and digits, as written.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || Diacritics.IsMark(text[i]));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    /// <summary>Folded, lower-cased words joined by single spaces: the key two spellings of one name share.</summary>
    public static string Key(string text) => string.Join(' ', Words(Fold(text).ToLowerInvariant()));
}
