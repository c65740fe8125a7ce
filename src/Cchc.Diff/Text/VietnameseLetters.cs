using System.Text;

namespace Cchc.Diff.Text;

/// <summary>
/// Vietnamese vowels as (base row, tone) so that text can be compared in composed form (NFC) and tone-mark
/// placement can be folded for matching. Done in managed code because the solution builds with
/// InvariantGlobalization, under which <see cref="string.Normalize()"/> leaves non-ASCII text as it is.
/// </summary>
internal static class VietnameseLetters
{
    // Each row: the vowel without tone, then with huyền, sắc, hỏi, ngã, nặng.
    private static readonly string[] Rows =
    [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị", "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
        "AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ", "OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ",
    ];

    private const string ToneMarks = "\u0300\u0301\u0309\u0303\u0323";

    private static readonly Dictionary<char, (int Row, int Tone)> Decoded = [];

    // Base letter row → row after a circumflex, breve or horn.
    private static readonly Dictionary<(int Row, char Mark), int> Modified = new()
    {
        [(0, '\u0302')] = 2, [(0, '\u0306')] = 1, [(3, '\u0302')] = 4, [(6, '\u0302')] = 7, [(6, '\u031B')] = 8, [(9, '\u031B')] = 10,
        [(12, '\u0302')] = 14, [(12, '\u0306')] = 13, [(15, '\u0302')] = 16, [(18, '\u0302')] = 19, [(18, '\u031B')] = 20, [(21, '\u031B')] = 22,
    };

    static VietnameseLetters()
    {
        for (var row = 0; row < Rows.Length; row++)
        {
            for (var tone = 0; tone < 6; tone++)
            {
                Decoded[Rows[row][tone]] = (row, tone);
            }
        }
    }

    public static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';

    /// <summary>Composes vowels followed by combining marks (in any order) into single letters.</summary>
    public static string Compose(string text)
    {
        if (!text.Any(IsCombiningMark))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i++];
            if (!Decoded.TryGetValue(c, out var v))
            {
                sb.Append(c);
                continue;
            }

            var (row, tone) = v;
            while (i < text.Length && IsCombiningMark(text[i]))
            {
                var mark = text[i];
                var t = ToneMarks.IndexOf(mark, StringComparison.Ordinal);
                if (t >= 0 && tone == 0)
                {
                    tone = t + 1;
                }
                else if (Modified.TryGetValue((row, mark), out var modified))
                {
                    row = modified;
                }
                else
                {
                    break;
                }

                i++;
            }

            sb.Append(Rows[row][tone]);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Puts the tone of a word-final "oa", "oe", "uy" (not "quy") on its first vowel, so "hoá" and "hóa", "thuỷ" and
    /// "thủy" fold to one form. For matching only: a diff still shows the change.
    /// </summary>
    public static string FoldTonePlacement(string word)
    {
        if (word.Length < 2 || !Decoded.TryGetValue(word[^1], out var last) || !Decoded.TryGetValue(word[^2], out var first)
            || last.Tone == 0 || first.Tone != 0)
        {
            return word;
        }

        var pair = (first.Row % 12, last.Row % 12);
        var family = pair is (6, 0) or (6, 3) || (pair == (9, 11) && (word.Length < 3 || char.ToLowerInvariant(word[^3]) != 'q'));
        return family ? string.Concat(word.AsSpan(0, word.Length - 2), Rows[first.Row][last.Tone].ToString(), Rows[last.Row][0].ToString()) : word;
    }
}
