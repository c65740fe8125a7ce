using System.Globalization;

namespace Cchc.Model;

/// <summary><c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; unknown parts render as blanks.</summary>
public readonly record struct PartialDate(int Year, int? Month, int? Day)
{
    public bool IsComplete => Month is not null && Day is not null;

    public override string ToString() => Day is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{d:D2}")
        : Month is { } m ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}") : Year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Parses the text form; <paramref name="error"/> says why it failed (in Vietnamese and English).</summary>
    public static bool TryParse(string text, out PartialDate date, out LocalizedText error)
    {
        date = default;
        error = default;
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length is < 1 or > 2)
            || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            error = new LocalizedText(
                $"ngày \"{text}\" không đúng dạng: viết YYYY, YYYY-MM hoặc YYYY-MM-DD (ví dụ \"2026-01-12\")",
                $"date \"{text}\" is malformed: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. \"2026-01-12\")");
            return false;
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
        if (year < 1900 || year > 2200)
        {
            error = new LocalizedText($"năm {year} nằm ngoài khoảng 1900–2200", $"year {year} is outside 1900–2200");
            return false;
        }

        if (month is < 1 or > 12)
        {
            error = new LocalizedText($"tháng {month} không có thật (1–12)", $"month {month} does not exist (1–12)");
            return false;
        }

        if (day is { } dd && month is { } mm && (dd < 1 || dd > DateTime.DaysInMonth(year, mm)))
        {
            var days = DateTime.DaysInMonth(year, mm);
            error = new LocalizedText(
                $"ngày {dd} tháng {mm} năm {year} không có thật (tháng {mm} có {days} ngày)",
                $"day {dd} of month {mm} {year} does not exist (that month has {days} days)");
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }
}

/// <summary>A plan period: one year or a range of years.</summary>
public readonly record struct Period(int First, int Last)
{
    public DateOnly Start => new(First, 1, 1);

    public DateOnly End => new(Last, 12, 31);

    public bool IsSingleYear => First == Last;

    public override string ToString() => IsSingleYear
        ? First.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{First}-{Last}");

    public static bool TryParse(string text, out Period period)
    {
        period = default;
        var t = text.Trim();
        var parts = t.Split('-');
        if (parts.Length is < 1 or > 2 || parts.Any(p => p.Length != 4 || !p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        var first = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var last = parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : first;
        if (first < 1900 || last > 2200 || first > last)
        {
            return false;
        }

        period = new Period(first, last);
        return true;
    }
}
