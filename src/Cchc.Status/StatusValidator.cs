using Cchc.Model;

namespace Cchc.Status;

/// <summary>The checks of a status file that need its plan and the date of today: ids the plan has, completion dates
/// within the plan period, no date in the future.</summary>
public static class StatusValidator
{
    public static IReadOnlyList<Diagnostic> Validate(Package plan, StatusFile status, DateOnly today)
    {
        var result = new List<Diagnostic>();
        var taskIds = PlanItems.Tasks(plan).Select(t => t.Task.Id).ToList();
        var indicatorIds = PlanItems.IndicatorIds(plan).ToList();
        var planName = Path.GetFileName(plan.SourcePath);
        if (status.PlanPath is { } named && !string.Equals(Path.GetFileName(named), planName, StringComparison.Ordinal))
        {
            result.Add(DiagnosticCatalog.W401.At(status.PlanSpan ?? SourceSpan.None(status.SourcePath),
                $"tệp này ghi là của kế hoạch \"{named}\" nhưng đang được đối chiếu với \"{planName}\"",
                $"this file says it belongs to \"{named}\" but is checked against \"{planName}\""));
        }

        foreach (var id in status.Tasks.Keys)
        {
            if (!taskIds.Contains(id))
            {
                var (vi, en) = indicatorIds.Contains(id)
                    ? ("; đây là mã một chỉ tiêu: ghi nó dưới indicators:", "; it is an indicator id: put it under indicators:")
                    : Hint(id, taskIds, "nhiệm vụ", "task");
                result.Add(DiagnosticCatalog.E402.At(status.IdSpans[id], $"kế hoạch {planName} không có nhiệm vụ mã \"{id}\"{vi}",
                    $"the plan {planName} has no task \"{id}\"{en}"));
            }
        }

        foreach (var id in status.Indicators.Keys)
        {
            if (!indicatorIds.Contains(id))
            {
                var (vi, en) = taskIds.Contains(id)
                    ? ("; đây là mã một nhiệm vụ: ghi nó dưới tasks:", "; it is a task id: put it under tasks:")
                    : Hint(id, indicatorIds, "chỉ tiêu", "indicator");
                result.Add(DiagnosticCatalog.E403.At(status.IdSpans[id], $"kế hoạch {planName} không có chỉ tiêu mã \"{id}\"{vi}",
                    $"the plan {planName} has no indicator \"{id}\"{en}"));
            }
        }

        var period = plan.Plan.Period;
        foreach (var e in status.Tasks.Values.SelectMany(v => v))
        {
            Future(result, e.Date, e.Spans.Of("date"), today, "ngày ghi nhận", "the entry's date");
            if (e.Completed is not { } c)
            {
                continue;
            }

            if (c < period.Start || c > period.End)
            {
                result.Add(DiagnosticCatalog.E406.At(e.Spans.Of("completed"),
                    $"ngày hoàn thành {Dates.Show(c)} nằm ngoài thời kỳ kế hoạch {period} ({Dates.Show(period.Start)}–{Dates.Show(period.End)})",
                    $"the completion date {Dates.Iso(c)} is outside the plan period {period}"));
            }

            Future(result, c, e.Spans.Of("completed"), today, "ngày hoàn thành", "the completion date");
        }

        foreach (var e in status.Indicators.Values.SelectMany(v => v))
        {
            Future(result, e.Date, e.Span, today, "ngày ghi nhận", "the entry's date");
        }

        result.AddRange(ReportSectionRules.Check(plan, status));
        return [.. result.OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column)];
    }

    /// <summary>"Did you mean" the closest id; else where the ids are, not all of them (a plan has dozens).</summary>
    private static (string Vi, string En) Hint(string id, List<string> ids, string whatVi, string whatEn) =>
        Spelling.Closest(id, ids) is { } meant
            ? ($"; có phải ý bạn là \"{meant}\"?", $"; did you mean \"{meant}\"?")
            : ($"; xem mã các {whatVi} (id) trong kế hoạch", $"; see the {whatEn} ids in the plan");

    private static void Future(List<Diagnostic> result, DateOnly date, SourceSpan span, DateOnly today, string whatVi, string whatEn)
    {
        if (date > today)
        {
            result.Add(DiagnosticCatalog.E408.At(span, $"{whatVi} {Dates.Show(date)} ở tương lai (hôm nay là {Dates.Show(today)}); chỉ ghi điều đã xảy ra",
                $"{whatEn} {Dates.Iso(date)} is in the future (today is {Dates.Iso(today)})"));
        }
    }
}
