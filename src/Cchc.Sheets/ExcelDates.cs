using System.Globalization;

namespace Cchc.Sheets;

/// <summary>Excel's date serials (days since 1899-12-30, the 1900 date system) and the dates people type as text.</summary>
public static class ExcelDates
{
    public const string Format = "dd/mm/yyyy";
    private static readonly DateOnly Epoch = new(1899, 12, 30);

    public static int Serial(DateOnly date) => date.DayNumber - Epoch.DayNumber;

    /// <summary>A serial in the range Excel shows as a date (1900-01-01 … 9999-12-31), time of day dropped.</summary>
    public static bool TryFromSerial(double serial, out DateOnly date)
    {
        date = default;
        if (double.IsNaN(serial) || serial < 1 || serial >= 2958466)
        {
            return false;
        }

        date = Epoch.AddDays((int)Math.Floor(serial));
        return true;
    }

    /// <summary>"18/03/2026", "18/3/2026", "18-03-2026", "18.03.2026" (day first, as in Vietnam) or ISO "2026-03-18".</summary>
    public static bool TryParseText(string text, out DateOnly date)
    {
        string[] formats = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-MM-dd"];
        return DateOnly.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    public static string Show(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
