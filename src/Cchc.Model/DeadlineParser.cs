using System.Globalization;
using System.Text.RegularExpressions;

namespace Cchc.Model;

public enum DeadlineParseError
{
    None,
    Syntax,
    InvalidDate,
    QuarterOrder,
    EmptyRange,
}

/// <summary>The deadline mini-grammar of the plan format (§10).</summary>
public static partial class DeadlineParser
{
    public readonly record struct Result(DeadlineKind Kind, DateOnly? Start, DateOnly? End, DeadlineParseError Error);

    private const string Roman = "(?:iv|iii|ii|i)";

    [GeneratedRegex(@"^(?:ngày )?([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})$")]
    private static partial Regex DateRx();

    [GeneratedRegex(@"^tháng ([0-9]{1,2})(?:/| năm )([0-9]{4})$")]
    private static partial Regex MonthRx();

    [GeneratedRegex(@"^quý (" + Roman + "(?:," + Roman + @")*)(?:/| năm )([0-9]{4})$")]
    private static partial Regex QuartersRx();

    [GeneratedRegex(@"^6 tháng (đầu|cuối) năm ([0-9]{4})$")]
    private static partial Regex HalfRx();

    [GeneratedRegex(@"^năm ([0-9]{4})$")]
    private static partial Regex YearRx();

    [GeneratedRegex(@"^cả năm(?: ([0-9]{4}))?$")]
    private static partial Regex WholeYearRx();

    [GeneratedRegex(@"^tháng ([0-9]{1,2})$")]
    private static partial Regex MonthNoYearRx();

    [GeneratedRegex(@"^quý (" + Roman + ")$")]
    private static partial Regex QuarterNoYearRx();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*([/,])\s*")]
    private static partial Regex SpacesAroundSeparators();

    /// <summary>NFC, case-fold, trim, collapse spaces, drop spaces next to "/" and "," (§10). The loader has already
    /// composed plan text, where composing again costs one scan; a caller may pass any text.</summary>
    public static string Normalize(string text)
    {
        var t = Diacritics.Compose(text).ToLowerInvariant().Trim();
        if (!NeedsCollapsing(t))
        {
            return t;
        }

        t = Spaces().Replace(t, " ");
        return SpacesAroundSeparators().Replace(t, "$1");
    }

    private static bool NeedsCollapsing(string t)
    {
        for (var i = 1; i < t.Length; i++)
        {
            var c = t[i];
            var p = t[i - 1];
            if ((char.IsWhiteSpace(c) && (char.IsWhiteSpace(p) || p is '/' or ',')) || (c is '/' or ',' && char.IsWhiteSpace(p)) || c is '\t' or '\n' or '\u00A0')
            {
                return true;
            }
        }

        return false;
    }

    public static Result Parse(string text)
    {
        var s = Normalize(text);
        if (s == "thường xuyên")
        {
            return new Result(DeadlineKind.Ongoing, null, null, DeadlineParseError.None);
        }

        if (s.StartsWith("theo ", StringComparison.Ordinal) || s.StartsWith("khi ", StringComparison.Ordinal)
            || s.StartsWith("sau khi ", StringComparison.Ordinal))
        {
            return new Result(DeadlineKind.Conditional, null, null, DeadlineParseError.None);
        }

        if (WholeYearRx().Match(s) is { Success: true } whole)
        {
            if (!whole.Groups[1].Success)
            {
                return new Result(DeadlineKind.Year, null, null, DeadlineParseError.None);
            }

            return WholeYear(Int(whole.Groups[1].Value));
        }

        if (s.StartsWith("trước ", StringComparison.Ordinal))
        {
            var inner = s["trước ".Length..];
            if (HalfRx().IsMatch(inner) || YearRx().IsMatch(inner))
            {
                return Fail(DeadlineParseError.Syntax);
            }

            var p = ParsePoint(inner);
            return p.Error != DeadlineParseError.None ? p
                : new Result(DeadlineKind.Before, null, p.Start!.Value.AddDays(-1), DeadlineParseError.None);
        }

        var sep = s.IndexOf(" đến ", StringComparison.Ordinal);
        if (sep > 0)
        {
            var left = s[..sep];
            if (left.StartsWith("từ ", StringComparison.Ordinal))
            {
                left = left["từ ".Length..];
            }

            var end = ParsePoint(s[(sep + " đến ".Length)..]);
            if (end.Error != DeadlineParseError.None)
            {
                return end;
            }

            var start = ParsePoint(left);
            if (start.Error == DeadlineParseError.Syntax)
            {
                start = ParsePointWithoutYear(left, end.End!.Value.Year);
            }

            if (start.Error != DeadlineParseError.None)
            {
                return start;
            }

            return start.Start > end.End
                ? Fail(DeadlineParseError.EmptyRange)
                : new Result(DeadlineKind.Range, start.Start, end.End, DeadlineParseError.None);
        }

        return ParsePoint(s);
    }

    private static Result ParsePoint(string s)
    {
        if (s.StartsWith("trong ", StringComparison.Ordinal))
        {
            s = s["trong ".Length..];
        }

        if (DateRx().Match(s) is { Success: true } d)
        {
            return Date(Int(d.Groups[3].Value), Int(d.Groups[2].Value), Int(d.Groups[1].Value));
        }

        if (MonthRx().Match(s) is { Success: true } m)
        {
            return Month(Int(m.Groups[2].Value), Int(m.Groups[1].Value));
        }

        if (QuartersRx().Match(s) is { Success: true } q)
        {
            return Quarters(q.Groups[1].Value.Split(','), Int(q.Groups[2].Value));
        }

        if (HalfRx().Match(s) is { Success: true } h)
        {
            var y = Int(h.Groups[2].Value);
            if (!IsYear(y))
            {
                return Fail(DeadlineParseError.InvalidDate);
            }

            return h.Groups[1].Value == "đầu"
                ? new Result(DeadlineKind.Half, new DateOnly(y, 1, 1), new DateOnly(y, 6, 30), DeadlineParseError.None)
                : new Result(DeadlineKind.Half, new DateOnly(y, 7, 1), new DateOnly(y, 12, 31), DeadlineParseError.None);
        }

        if (YearRx().Match(s) is { Success: true } yr)
        {
            return WholeYear(Int(yr.Groups[1].Value));
        }

        return Fail(DeadlineParseError.Syntax);
    }

    private static Result ParsePointWithoutYear(string s, int year)
    {
        if (MonthNoYearRx().Match(s) is { Success: true } m)
        {
            return Month(year, Int(m.Groups[1].Value));
        }

        return QuarterNoYearRx().Match(s) is { Success: true } q
            ? Quarters([q.Groups[1].Value], year)
            : Fail(DeadlineParseError.Syntax);
    }

    private static Result Date(int year, int month, int day)
    {
        if (!IsYear(year) || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return Fail(DeadlineParseError.InvalidDate);
        }

        var date = new DateOnly(year, month, day);
        return new Result(DeadlineKind.Date, date, date, DeadlineParseError.None);
    }

    private static Result Month(int year, int month)
    {
        if (!IsYear(year) || month is < 1 or > 12)
        {
            return Fail(DeadlineParseError.InvalidDate);
        }

        return new Result(DeadlineKind.Month, new DateOnly(year, month, 1),
            new DateOnly(year, month, DateTime.DaysInMonth(year, month)), DeadlineParseError.None);
    }

    private static Result Quarters(string[] romans, int year)
    {
        if (!IsYear(year))
        {
            return Fail(DeadlineParseError.InvalidDate);
        }

        var numbers = romans.Select(r => r switch { "i" => 1, "ii" => 2, "iii" => 3, _ => 4 }).ToArray();
        for (var i = 1; i < numbers.Length; i++)
        {
            if (numbers[i] <= numbers[i - 1])
            {
                return Fail(DeadlineParseError.QuarterOrder);
            }
        }

        var first = numbers[0];
        var last = numbers[^1];
        return new Result(DeadlineKind.Quarters, new DateOnly(year, (first * 3) - 2, 1),
            new DateOnly(year, last * 3, DateTime.DaysInMonth(year, last * 3)), DeadlineParseError.None);
    }

    private static Result WholeYear(int y) => IsYear(y)
        ? new Result(DeadlineKind.Year, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), DeadlineParseError.None)
        : Fail(DeadlineParseError.InvalidDate);

    /// <summary>The years a plan can name (as for dates and periods): anything else is an impossible date, not a crash.</summary>
    private static bool IsYear(int year) => year is >= 1900 and <= 2200;

    private static Result Fail(DeadlineParseError error) => new(DeadlineKind.FreeText, null, null, error);

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}
