using System.Globalization;
using System.Text.RegularExpressions;

namespace Cchc.Model;

/// <summary>
/// Four-digit year tokens inside text ("Quý I/2026", "năm 2025"): what year rollover (§10) shifts and what a
/// year-over-year diff discounts. A token is four digits not touching another digit, read as 1900–2200.
/// </summary>
public static partial class YearTokens
{
    [GeneratedRegex(@"(?<![0-9])[0-9]{4}(?![0-9])")]
    private static partial Regex FourDigits();

    public static bool IsYear(string token) =>
        token.Length == 4 && token.All(char.IsAsciiDigit) && int.Parse(token, CultureInfo.InvariantCulture) is >= 1900 and <= 2200;

    /// <summary>Every year token with its position and value.</summary>
    public static IEnumerable<(int Index, int Year)> Find(string text)
    {
        foreach (Match m in FourDigits().Matches(text))
        {
            var year = int.Parse(m.Value, CultureInfo.InvariantCulture);
            if (year is >= 1900 and <= 2200)
            {
                yield return (m.Index, year);
            }
        }
    }

    /// <summary>Adds <paramref name="offset"/> to each year token for which <paramref name="which"/> holds (all by default).</summary>
    public static string Shift(string text, int offset, Func<int, bool>? which = null)
    {
        if (offset == 0)
        {
            return text;
        }

        return FourDigits().Replace(text, m =>
        {
            var year = int.Parse(m.Value, CultureInfo.InvariantCulture);
            return year is >= 1900 and <= 2200 && (which is null || which(year))
                ? (year + offset).ToString("D4", CultureInfo.InvariantCulture)
                : m.Value;
        });
    }

    public static bool Contains(string text, Func<int, bool>? which = null) => Find(text).Any(y => which is null || which(y.Year));
}
