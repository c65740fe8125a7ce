using System.Text;

namespace Cchc.Model;

/// <summary>
/// Canonical composition (NFC) of Latin letters with the diacritics Vietnamese uses, done in managed code:
/// with InvariantGlobalization (set for the whole solution) <see cref="string.Normalize()"/> returns
/// non-ASCII text unchanged, so decomposed input ("e" + U+0302 + U+0301) would reach the document decomposed
/// and render badly in Times New Roman. Also gives a letter's base letter for width estimates.
/// </summary>
public static class Diacritics
{
    // Per combining mark: its canonical combining class, then base letters and the letters they compose to,
    // pairwise. Generated from the Unicode data for U+00C0–U+024F and U+1E00–U+1EFF.
    private static readonly (char Mark, int Class, string Bases, string Composed)[] Table =
    [
        ('\u0300', 230, "AEIOUaeiouÜüNnĒēŌōWwÂâĂăÊêÔôƠơƯưYy", "ÀÈÌÒÙàèìòùǛǜǸǹḔḕṐṑẀẁẦầẰằỀềỒồỜờỪừỲỳ"), // grave (huyền)
        ('\u0301', 230, "AEIOUYaeiouyCcLlNnRrSsZzÜüGgÅåÆæØøÇçĒēÏïKkMmÕõŌōPpŨũWwÂâĂăÊêÔôƠơƯư", "ÁÉÍÓÚÝáéíóúýĆćĹĺŃńŔŕŚśŹźǗǘǴǵǺǻǼǽǾǿḈḉḖḗḮḯḰḱḾḿṌṍṒṓṔṕṸṹẂẃẤấẮắẾếỐốỚớỨứ"), // acute (sắc)
        ('\u0302', 230, "AEIOUaeiouCcGgHhJjSsWwYyZzẠạẸẹỌọ", "ÂÊÎÔÛâêîôûĈĉĜĝĤĥĴĵŜŝŴŵŶŷẐẑẬậỆệỘộ"), // circumflex (â ê ô)
        ('\u0303', 230, "ANOanoIiUuVvÂâĂăEeÊêÔôƠơƯưYy", "ÃÑÕãñõĨĩŨũṼṽẪẫẴẵẼẽỄễỖỗỠỡỮữỸỹ"), // tilde (ngã)
        ('\u0306', 230, "AaEeGgIiOoUuȨȩẠạ", "ĂăĔĕĞğĬĭŎŏŬŭḜḝẶặ"), // breve (ă)
        ('\u0309', 230, "AaÂâĂăEeÊêIiOoÔôƠơUuƯưYy", "ẢảẨẩẲẳẺẻỂểỈỉỎỏỔổỞởỦủỬửỶỷ"), // hook above (hỏi)
        ('\u031B', 216, "OoUu", "ƠơƯư"), // horn (ơ ư)
        ('\u0323', 220, "BbDdHhKkLlMmNnRrSsTtVvWwZzAaEeIiOoƠơUuƯưYy", "ḄḅḌḍḤḥḲḳḶḷṂṃṆṇṚṛṢṣṬṭṾṿẈẉẒẓẠạẸẹỊịỌọỢợỤụỰựỴỵ"), // dot below (nặng)
    ];

    private static readonly Dictionary<(char Base, char Mark), char> Compositions = [];
    private static readonly Dictionary<char, (char Base, char Mark)> Decompositions = [];
    private static readonly Dictionary<char, int> Classes = [];

    static Diacritics()
    {
        foreach (var (mark, combiningClass, bases, composed) in Table)
        {
            Classes[mark] = combiningClass;
            for (var i = 0; i < bases.Length; i++)
            {
                Compositions[(bases[i], mark)] = composed[i];
                Decompositions[composed[i]] = (bases[i], mark);
            }
        }
    }

    public const char Horn = '\u031B';

    /// <summary>Composes every letter followed by Vietnamese combining marks (reordered canonically first).</summary>
    public static string Compose(string text)
    {
        // Every mark of the table is a combining diacritic (U+0300–U+036F): text without one, nearly all text,
        // is returned after one vectorised scan.
        if (text.AsSpan().IndexOfAnyInRange('\u0300', '\u036F') < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var marks = new List<char>();
        var i = 0;
        while (i < text.Length)
        {
            var starter = text[i++];
            marks.Clear();
            while (i < text.Length && Classes.ContainsKey(text[i]))
            {
                marks.Add(text[i++]);
            }

            // A precomposed letter followed by marks is taken apart first: "â" + dot below (as a composite
            // keyboard types "ậ") only composes after reordering to "a" + dot below + circumflex.
            if (marks.Count > 0)
            {
                while (Decompositions.TryGetValue(starter, out var parts))
                {
                    marks.Insert(0, parts.Mark);
                    starter = parts.Base;
                }
            }

            var kept = new List<char>();
            foreach (var mark in marks.OrderBy(m => Classes[m]))
            {
                var blocked = kept.Count > 0 && Classes[kept[^1]] >= Classes[mark];
                if (!blocked && Compositions.TryGetValue((starter, mark), out var composed))
                {
                    starter = composed;
                }
                else
                {
                    kept.Add(mark);
                }
            }

            result.Append(starter);
            result.Append(kept.ToArray());
        }

        return result.ToString();
    }

    /// <summary>The letter without its diacritics (Ộ → O), and whether one of them is a horn (ơ, ư).</summary>
    public static char BaseOf(char letter, out bool horned)
    {
        horned = false;
        while (Decompositions.TryGetValue(letter, out var parts))
        {
            horned |= parts.Mark == Horn;
            letter = parts.Base;
        }

        return letter;
    }

    public static bool IsMark(char ch) => ch is >= '\u0300' and <= '\u036F' && Classes.ContainsKey(ch);
}
