using Cchc.Import.Recognition.Ids;

namespace Cchc.Import.Recognition.Agencies;

/// <summary>What the words of an agency's name say: whether a phrase names one, its kind, and abbreviations.</summary>
internal static class AgencyNames
{
    // The words an agency's name starts with in the seeds' tables and responsibility sections (folded, lower case).
    private static readonly string[] Heads =
    [
        "phong", "van phong", "trung tam", "cong an", "ban", "mat tran", "dai", "cong thong tin", "ubnd", "uy ban",
        "hoi", "cac", "doan", "tram", "truong", "chi cuc", "kho bac", "so", "dang uy", "co quan", "bo phan", "to cong tac",
        "quan su", "thanh vien", "lien doan", "hop tac xa", "bao hiem", "chi nhanh", "cong ty", "nhan dan", "nguoi dan",
    ];

    private static readonly string[] ExternalHeads =
        ["cong an", "mat tran", "hoi", "doan", "quan su", "ban chi huy quan su", "dang uy", "bao hiem", "kho bac", "chi cuc", "so", "lien doan", "chi nhanh", "cong ty", "nhan dan", "nguoi dan"];

    // Words that name the unit itself at the end of a name ("Văn phòng HĐND&UBND phường"): left out of codes and matches.
    private static readonly HashSet<string> UnitWords = ["phuong", "xa", "thi tran", "dac khu"];

    public static bool LooksLikeAgency(string phrase)
    {
        var key = TextFold.Key(phrase);
        return Heads.Any(h => key == h || key.StartsWith(h + " ", StringComparison.Ordinal));
    }

    /// <summary>The kind the words suggest: "Các phòng…" is a group, "Công an…"/"Mặt trận…" external, else a unit.</summary>
    public static string? KindOf(string name)
    {
        var key = TextFold.Key(name);
        if (key.StartsWith("cac ", StringComparison.Ordinal) || key.StartsWith("thanh vien ", StringComparison.Ordinal) || key.StartsWith("ban chi dao", StringComparison.Ordinal))
        {
            return "group";
        }

        return ExternalHeads.Any(h => key == h || key.StartsWith(h + " ", StringComparison.Ordinal)) ? "external" : null;
    }

    /// <summary>
    /// A readable code from the name: "Phòng Văn hoá – Xã hội" → vhxh, "Văn phòng HĐND&amp;UBND" → vp_hdnd_ubnd,
    /// "Các phòng, đơn vị liên quan" → cac_pdvlq: initials, with abbreviations written in capitals kept whole.
    /// </summary>
    public static string CodeStem(string name)
    {
        var words = WordsOf(name).ToList();
        if (words.Count > 1 && TextFold.Fold(words[0]).Equals("Phong", StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveAt(0);
        }

        var prefix = "";
        if (words.Count > 1 && TextFold.Fold(words[0]).Equals("Cac", StringComparison.OrdinalIgnoreCase))
        {
            prefix = "cac_";
            words.RemoveAt(0);
        }

        var segments = new List<string>();
        var initials = "";
        foreach (var w in words.Where(w => !IsFiller(w)))
        {
            if (IsCaps(w))
            {
                if (initials.Length > 0)
                {
                    segments.Add(initials);
                    initials = "";
                }

                segments.Add(w.ToLowerInvariant());
            }
            else if (initials.Length < 8)
            {
                initials += char.ToLowerInvariant(w[0]);
            }
        }

        if (initials.Length > 0)
        {
            segments.Add(initials);
        }

        return prefix + string.Join('_', segments);
    }

    /// <summary>
    /// Whether <paramref name="shortForm"/> abbreviates <paramref name="longForm"/>: word for word, a word in
    /// capitals standing for the initials of the long form's next words ("Phòng VHXH" ↔ "Phòng Văn hóa – Xã hội",
    /// "Phòng KTHT&amp;ĐT" ↔ "Phòng Kinh tế, Hạ tầng và Đô thị"), a trailing unit word ("phường") allowed.
    /// </summary>
    public static bool Abbreviates(string shortForm, string longForm)
    {
        var s = WordsOf(shortForm);
        return s.Count > 0 && Match(s, 0, WordsOf(longForm), 0);
    }

    /// <summary>
    /// As <see cref="Abbreviates"/> for an abbreviation with one letter typed twice or one too many
    /// ("Phòng VHXXH" for "Phòng Văn hoá – Xã hội"): a likely typo, to be reported as a guess.
    /// </summary>
    public static bool AbbreviatesWithTypo(string shortForm, string longForm)
    {
        var s = WordsOf(shortForm);
        var l = WordsOf(longForm);
        for (var i = 0; i < s.Count; i++)
        {
            if (!IsCaps(s[i]) || s[i].Length < 4)
            {
                continue;
            }

            for (var k = 0; k < s[i].Length; k++)
            {
                var fixedWords = new List<string>(s) { [i] = s[i].Remove(k, 1) };
                if (Match(fixedWords, 0, l, 0))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Match(List<string> s, int i, List<string> l, int j)
    {
        if (i == s.Count)
        {
            return j == l.Count || (j == l.Count - 1 && UnitWords.Contains(TextFold.Key(l[j])));
        }

        if (j < l.Count && SameWord(s[i], l[j]) && Match(s, i + 1, l, j + 1))
        {
            return true;
        }

        if (!IsCaps(s[i]))
        {
            return false;
        }

        var letters = TextFold.Fold(s[i]).ToUpperInvariant();
        var pos = 0;
        var k = j;
        while (pos < letters.Length && k < l.Count)
        {
            var w = TextFold.Fold(l[k]);
            if (char.ToUpperInvariant(w[0]) == letters[pos])
            {
                pos++;
                k++;
            }
            else if (IsFiller(l[k]))
            {
                k++;
            }
            else
            {
                return false;
            }
        }

        return pos == letters.Length && Match(s, i + 1, l, k);
    }

    private static bool SameWord(string a, string b) => TextFold.Key(a) == TextFold.Key(b);

    private static bool IsFiller(string w) => TextFold.Key(w) is "va" or "cua";

    private static bool IsCaps(string w) => w.Length >= 2 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)) && w.Any(char.IsLetter);

    /// <summary>The name's words without a trailing unit word.</summary>
    private static List<string> WordsOf(string name)
    {
        var words = TextFold.Words(name).ToList();
        if (words.Count > 1 && UnitWords.Contains(TextFold.Key(words[^1])))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words;
    }
}
