using System.Globalization;
using System.Text;

namespace Cchc.Word;

/// <summary>The number formats of w:numFmt that Vietnamese documents use; other formats fall back to decimal.</summary>
internal static class NumberFormats
{
    private static readonly (int Value, string Roman)[] Romans =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    public static string Format(int value, string format) => format switch
    {
        "none" => "",
        "decimalZero" => value is >= 0 and < 10 ? "0" + Decimal(value) : Decimal(value),
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperLetter" => Letter(value, 'A'),
        "lowerLetter" => Letter(value, 'a'),
        "decimalEnclosedParen" => "(" + Decimal(value) + ")",
        _ => Decimal(value),
    };

    private static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Roman numerals; Word writes 0 and negative values as Arabic numerals.</summary>
    public static string Roman(int value)
    {
        if (value <= 0)
        {
            return Decimal(value);
        }

        var result = new StringBuilder();
        foreach (var (v, r) in Romans)
        {
            for (; value >= v; value -= v)
            {
                result.Append(r);
            }
        }

        return result.ToString();
    }

    /// <summary>Word's letters: A…Z, then AA…ZZ, then AAA… (the letter repeated, not base 26).</summary>
    public static string Letter(int value, char a)
    {
        if (value <= 0)
        {
            return Decimal(value);
        }

        var letter = (char)(a + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }
}
