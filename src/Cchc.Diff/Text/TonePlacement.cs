namespace Cchc.Diff.Text;

/// <summary>
/// Old and new tone-mark placement ("hoá"/"hóa", "thuỷ"/"thủy") folded to one form, for pairing items only:
/// a diff still shows the change.
/// </summary>
internal static class TonePlacement
{
    // Each row: a vowel without tone, then with huyền, sắc, hỏi, ngã, nặng; lower case, then upper case.
    private static readonly string[] Rows =
    [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị", "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
        "AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ", "OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ",
    ];

    private static readonly Dictionary<char, (int Row, int Tone)> Decoded = [];

    static TonePlacement()
    {
        for (var row = 0; row < Rows.Length; row++)
        {
            for (var tone = 0; tone < 6; tone++)
            {
                Decoded[Rows[row][tone]] = (row, tone);
            }
        }
    }

    /// <summary>Puts the tone of a composed word-final "oa", "oe" or "uy" (not "quy") on its first vowel.</summary>
    public static string Fold(string word)
    {
        if (word.Length < 2 || !Decoded.TryGetValue(word[^1], out var last) || !Decoded.TryGetValue(word[^2], out var first)
            || last.Tone == 0 || first.Tone != 0)
        {
            return word;
        }

        // Rows 6 = o, 0 = a, 3 = e, 9 = u, 11 = y.
        var pair = (first.Row % 12, last.Row % 12);
        var family = pair is (6, 0) or (6, 3) || (pair == (9, 11) && (word.Length < 3 || char.ToLowerInvariant(word[^3]) != 'q'));
        return family ? string.Concat(word.AsSpan(0, word.Length - 2), Rows[first.Row][last.Tone].ToString(), Rows[last.Row][0].ToString()) : word;
    }
}
