using Cchc.Model;

namespace Cchc.Status;

/// <summary>The checks of the <c>reports:</c> section that need the plan: its period, two keys for one period, the
/// report's date and data cut-off against the period.</summary>
internal static class ReportSectionRules
{
    /// <summary>A report dated this long after its period is most likely dated in the wrong year or period.</summary>
    private const int LateDays = 60;

    public static IEnumerable<Diagnostic> Check(Package plan, StatusFile status)
    {
        var period = plan.Plan.Period;
        var first = new Dictionary<ReportPeriod, ReportSection>();
        foreach (var section in status.Reports)
        {
            var p = section.In(period.First);
            if (!first.TryAdd(p, section))
            {
                yield return DiagnosticCatalog.E441.At(section.Span,
                    $"\"{section.Key}\" và \"{first[p].Key}\" (dòng {first[p].Span.Line}) cùng là kỳ {p.Label}; gộp làm một",
                    $"\"{section.Key}\" and \"{first[p].Key}\" (line {first[p].Span.Line}) are the same period {p.Key}; merge them");
                continue;
            }

            if (p.Start < period.Start || p.End > period.End)
            {
                yield return DiagnosticCatalog.E445.At(section.Span,
                    $"kỳ {p.Label} nằm ngoài thời kỳ kế hoạch {period}", $"the period {p.Key} is outside the plan period {period}");
                continue;
            }

            if (section.Date is { } d)
            {
                var (earliest, latest) = Bounds(d);
                if (latest < p.Start)
                {
                    yield return DiagnosticCatalog.E442.At(section.Spans.Of("date"),
                        $"ngày báo cáo {Show(d)} trước khi kỳ {p.Label} bắt đầu ({Dates.Show(p.Start)})",
                        $"the report's date {d} is before the period {p.Key} begins ({Dates.Iso(p.Start)})");
                }
                else if (earliest > p.End.AddDays(LateDays))
                {
                    yield return DiagnosticCatalog.W441.At(section.Spans.Of("date"),
                        $"ngày báo cáo {Show(d)} sau kỳ {p.Label} hơn {LateDays} ngày (kỳ kết thúc {Dates.Show(p.End)}); kiểm tra lại năm, tháng",
                        $"the report's date {d} is more than {LateDays} days after the period {p.Key} (ends {Dates.Iso(p.End)}); check the year and month");
                }
            }

            if (section.AsOf is { } cut && !p.Contains(cut))
            {
                yield return DiagnosticCatalog.E444.At(section.Spans.Of("as_of"),
                    $"ngày chốt số liệu {Dates.Show(cut)} nằm ngoài kỳ {p.Label} ({Dates.Show(p.Start)}–{Dates.Show(p.End)})",
                    $"the data cut-off {Dates.Iso(cut)} is outside the period {p.Key} ({Dates.Iso(p.Start)}–{Dates.Iso(p.End)})");
            }
        }
    }

    /// <summary>"01/12/2025", "12/2025" or "2025", as Vietnamese text writes a date.</summary>
    private static string Show(PartialDate d) => d switch
    {
        { Month: { } m, Day: { } day } => Dates.Show(new DateOnly(d.Year, m, day)),
        { Month: { } m } => $"{m:D2}/{d.Year}",
        _ => d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The first and the last day a possibly partial date may be.</summary>
    private static (DateOnly Earliest, DateOnly Latest) Bounds(PartialDate d)
    {
        var earliest = new DateOnly(d.Year, d.Month ?? 1, d.Day ?? 1);
        var latest = d.Day is not null ? earliest
            : d.Month is { } m ? new DateOnly(d.Year, m, DateTime.DaysInMonth(d.Year, m))
            : new DateOnly(d.Year, 12, 31);
        return (earliest, latest);
    }
}
