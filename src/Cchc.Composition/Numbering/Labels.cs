using System.Globalization;
using System.Text;
using Cchc.Model;

namespace Cchc.Composition.Numbering;

/// <summary>Derived labels ("I.", "1.", "2.1.", "a)", "(1)", "-", "+") written as literal text.</summary>
internal static class Labels
{
    /// <summary>The 23 letters of the Vietnamese alphabet used for điểm (no f, j, w, z).</summary>
    public static readonly IReadOnlyList<string> AlphaVi =
        ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"];

    private static readonly IReadOnlyList<string> AlphaLatin =
        Enumerable.Range('a', 26).Select(c => ((char)c).ToString()).ToArray();

    /// <summary>The style of the sections at <paramref name="depth"/> when no parent sets one (1 = top level).</summary>
    public static NumberingStyle DefaultForDepth(int depth) => depth switch
    {
        1 => NumberingStyle.Roman,
        2 => NumberingStyle.Arabic,
        3 => NumberingStyle.AlphaVi,
        _ => NumberingStyle.Dash,
    };

    /// <summary>The label of the <paramref name="n"/>th (1-based) element in <paramref name="style"/>.</summary>
    public static string For(NumberingStyle style, int n, string? parentLabel = null) => style switch
    {
        NumberingStyle.Roman => Roman(n) + ".",
        NumberingStyle.Arabic => N(n) + ".",
        NumberingStyle.Decimal => DecimalPrefix(parentLabel) + N(n) + ".",
        NumberingStyle.AlphaVi => Letters(AlphaVi, n) + ")",
        NumberingStyle.AlphaLatin => Letters(AlphaLatin, n) + ")",
        NumberingStyle.Paren => "(" + N(n) + ")",
        NumberingStyle.ParenDot => "(" + N(n) + ").",
        NumberingStyle.Dash => "-",
        NumberingStyle.Plus => "+",
        _ => string.Empty,
    };

    public static string Roman(int n)
    {
        if (n <= 0)
        {
            return N(n);
        }

        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (n >= values[i])
            {
                sb.Append(symbols[i]);
                n -= values[i];
            }
        }

        return sb.ToString();
    }

    // Past the end of the alphabet (E014) the letters continue as "aa", "ab", … so that labels stay
    // distinct and composition goes on; the validator reports the overflow.
    private static string Letters(IReadOnlyList<string> alphabet, int n)
    {
        if (n <= 0)
        {
            return N(n);
        }

        var parts = new List<string>();
        while (n > 0)
        {
            n--;
            parts.Insert(0, alphabet[n % alphabet.Count]);
            n /= alphabet.Count;
        }

        return string.Concat(parts);
    }

    // "2." → "2."; "(1)" → "(1)."; no parent label → "".
    private static string DecimalPrefix(string? parentLabel)
    {
        var p = (parentLabel ?? string.Empty).TrimEnd('.');
        return p.Length == 0 ? string.Empty : p + ".";
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
