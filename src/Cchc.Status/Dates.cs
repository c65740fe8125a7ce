using System.Globalization;

namespace Cchc.Status;

/// <summary>The dates of a status file: "YYYY-MM-DD" as the format writes them, or "DD/MM/YYYY" as clerks type them.</summary>
public static class Dates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"];

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>"31/03/2026", as Vietnamese documents write a date.</summary>
    public static string Show(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"2026-03-31", as JSON and the status file write a date.</summary>
    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
