using System.Globalization;
using Cchc.Model;

namespace Cchc.Composition.Text;

/// <summary>
/// Dates per Nghị định 30/2020: the day is padded below 10, the month only below 3 (01, 02). An unknown
/// part renders as <c>blank</c>, which stands in for the number and the spaces around it.
/// </summary>
internal static class DateText
{
    /// <summary>"ngày 12 tháng 01 năm 2026"; "ngày{blank}tháng 9 năm 2025" when the day is unknown.</summary>
    public static string Long(PartialDate? date, string blank) =>
        "ngày" + Inner(Day(date), blank) + "tháng" + Inner(Month(date), blank) + "năm" + Last(Year(date), blank);

    /// <summary>"15/7/2021", "06/01/2022"; an unknown part is the blank ("{blank}/9/2025").</summary>
    public static string Short(PartialDate? date, string blank) =>
        (Day(date) ?? blank) + "/" + (Month(date) ?? blank) + "/" + (Year(date) ?? blank);

    public static string PadDay(int day) => day < 10 ? "0" + N(day) : N(day);

    public static string PadMonth(int month) => month < 3 ? "0" + N(month) : N(month);

    private static string Inner(string? value, string blank) => value is null ? blank : " " + value + " ";

    private static string Last(string? value, string blank) => value is null ? blank : " " + value;

    private static string? Day(PartialDate? date) => date?.Day is { } d ? PadDay(d) : null;

    private static string? Month(PartialDate? date) => date?.Month is { } m ? PadMonth(m) : null;

    private static string? Year(PartialDate? date) => date is { } d ? d.Year.ToString("D4", CultureInfo.InvariantCulture) : null;

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
