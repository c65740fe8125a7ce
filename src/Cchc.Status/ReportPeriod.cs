using System.Globalization;

namespace Cchc.Status;

public enum ReportPeriodKind
{
    Quarter1,
    Quarter2,
    Quarter3,
    Quarter4,
    SixMonths,
    NineMonths,
    Year,
}

/// <summary>
/// A period a ward reports on: a quarter, the first 6 or 9 months, or the year. Its data cut-off is by default the
/// end of its last day (a quarter-I report counts what <c>cchc status --as-of 2026-03-31</c> counts).
/// </summary>
public sealed record ReportPeriod(ReportPeriodKind Kind, int Year)
{
    private static readonly string[] Romans = ["I", "II", "III", "IV"];

    /// <summary>"Quý I/2026", "6 tháng/2026", "9 tháng/2026", "năm/2026": the key of the status file's <c>reports:</c> section.</summary>
    public string Key => Kind switch
    {
        ReportPeriodKind.SixMonths => $"6 tháng/{Y}",
        ReportPeriodKind.NineMonths => $"9 tháng/{Y}",
        ReportPeriodKind.Year => $"năm/{Y}",
        _ => $"Quý {Romans[(int)Kind]}/{Y}",
    };

    /// <summary>"quý I năm 2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "năm 2026": as it reads in a sentence.</summary>
    public string Label => Kind switch
    {
        ReportPeriodKind.SixMonths => $"6 tháng đầu năm {Y}",
        ReportPeriodKind.NineMonths => $"9 tháng năm {Y}",
        ReportPeriodKind.Year => $"năm {Y}",
        _ => $"quý {Romans[(int)Kind]} năm {Y}",
    };

    /// <summary>"quy-i-2026", "6-thang-2026", "9-thang-2026", "nam-2026": the output file's suffix.</summary>
    public string Slug => Kind switch
    {
        ReportPeriodKind.SixMonths => $"6-thang-{Y}",
        ReportPeriodKind.NineMonths => $"9-thang-{Y}",
        ReportPeriodKind.Year => $"nam-{Y}",
        _ => $"quy-{Romans[(int)Kind].ToLowerInvariant()}-{Y}",
    };

    public DateOnly Start => Kind is >= ReportPeriodKind.Quarter1 and <= ReportPeriodKind.Quarter4 ? new(Year, (3 * (int)Kind) + 1, 1) : new(Year, 1, 1);

    public DateOnly End => Kind switch
    {
        ReportPeriodKind.SixMonths => new(Year, 6, 30),
        ReportPeriodKind.NineMonths => new(Year, 9, 30),
        ReportPeriodKind.Year => new(Year, 12, 31),
        _ => Start.AddMonths(3).AddDays(-1),
    };

    /// <summary>The default data cut-off: the period's last day (read as its end, like <c>--as-of</c>).</summary>
    public DateOnly CutOff => End;

    /// <summary>The period after this one, whose due tasks section IV lists: the next quarter, the second half of the
    /// year after "6 tháng", quarter IV after "9 tháng", the next year after "năm".</summary>
    public (DateOnly Start, DateOnly End, string Label) Next => Kind switch
    {
        ReportPeriodKind.Quarter4 => Of(new ReportPeriod(ReportPeriodKind.Quarter1, Year + 1)),
        ReportPeriodKind.SixMonths => (new(Year, 7, 1), new(Year, 12, 31), $"6 tháng cuối năm {Y}"),
        ReportPeriodKind.NineMonths => Of(new ReportPeriod(ReportPeriodKind.Quarter4, Year)),
        ReportPeriodKind.Year => Of(new ReportPeriod(ReportPeriodKind.Year, Year + 1)),
        _ => Of(new ReportPeriod(Kind + 1, Year)),
    };

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    public override string ToString() => Key;

    private string Y => Year.ToString(CultureInfo.InvariantCulture);

    private static (DateOnly, DateOnly, string) Of(ReportPeriod p) => (p.Start, p.End, p.Label);

    /// <summary>Every key of a year, for "did you mean".</summary>
    public static IReadOnlyList<string> Keys(int year) => [.. Enum.GetValues<ReportPeriodKind>().Select(k => new ReportPeriod(k, year).Key)];

    /// <summary>The period named by <paramref name="text"/>, the year omitted meaning <paramref name="defaultYear"/>.</summary>
    public static bool TryParse(string text, int defaultYear, out ReportPeriod period)
    {
        period = null!;
        if (ParseName(text) is not { } name)
        {
            return false;
        }

        period = new ReportPeriod(name.Kind, name.Year ?? defaultYear);
        return true;
    }

    /// <summary>
    /// Reads "Quý I/2026", "quý 1 năm 2026", "QUY IV", "6 tháng", "6 tháng đầu năm 2026", "9 tháng/2026", "năm",
    /// "năm 2026", "cả năm 2026", the older spelling "quí": whatever the case, the tone marks and the separators; the year may be left out.
    /// </summary>
    public static (ReportPeriodKind Kind, int? Year)? ParseName(string text)
    {
        var tokens = StatusWords.Fold(text).Split('_', StringSplitOptions.RemoveEmptyEntries).ToList();
        int? year = null;
        if (tokens.Count > 0 && tokens[^1] is { Length: 4 } last && last.All(char.IsAsciiDigit))
        {
            year = int.Parse(last, CultureInfo.InvariantCulture);
            tokens.RemoveAt(tokens.Count - 1);
            if (year is < 1900 or > 2200)
            {
                return null;
            }
        }

        tokens.RemoveAll(t => t is "dau" or "ca");
        if (tokens.Count > 1 && tokens[^1] == "nam")
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        ReportPeriodKind? kind = tokens switch
        {
            ["nam"] => ReportPeriodKind.Year,
            ["6" or "sau", "thang"] => ReportPeriodKind.SixMonths,
            ["9" or "chin", "thang"] => ReportPeriodKind.NineMonths,
            ["quy" or "qui", var q] => q switch
            {
                "i" or "1" => ReportPeriodKind.Quarter1,
                "ii" or "2" => ReportPeriodKind.Quarter2,
                "iii" or "3" => ReportPeriodKind.Quarter3,
                "iv" or "4" => ReportPeriodKind.Quarter4,
                _ => null,
            },
            _ => null,
        };
        return kind is { } k ? (k, year) : null;
    }

    /// <summary>The forms <see cref="ParseName"/> reads, with the year of <paramref name="text"/> when it has one, closest
    /// first: the hint of a key or a <c>--period</c> that is not one of them.</summary>
    public static string? Suggest(string text)
    {
        var folded = StatusWords.Fold(text);
        var year = folded.Split('_').LastOrDefault(t => t.Length == 4 && t.All(char.IsAsciiDigit));
        string[] forms = year is null
            ? ["Quý I", "Quý II", "Quý III", "Quý IV", "6 tháng", "9 tháng", "năm"]
            : [.. Keys(int.Parse(year, CultureInfo.InvariantCulture))];
        var meant = Model.Spelling.Closest(folded, forms.Select(StatusWords.Fold));
        return meant is null ? null : forms.First(f => StatusWords.Fold(f) == meant);
    }
}
