using System.Text.RegularExpressions;
using Cchc.Model;

namespace Cchc.Import.Recognition.Body;

/// <summary>The years of a phase group of indicators: "Giai đoạn 2026 - 2027:" → "2026-2027" (IndicatorGroup <c>period</c>, plan-format.md §7).</summary>
internal static partial class PhasePeriod
{
    [GeneratedRegex(@"^\s*[Gg]iai\s+đoạn\s+(?<a>\d{4})\s*[-–—]\s*(?<b>\d{4})\s*:?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Phase();

    /// <summary>The period a group heading states, or null (also for a range the format does not take: its end before its start).</summary>
    public static string? Of(string text)
    {
        var m = Phase().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var period = $"{m.Groups["a"].Value}-{m.Groups["b"].Value}";
        return Period.TryParse(period, out _) ? period : null;
    }
}
