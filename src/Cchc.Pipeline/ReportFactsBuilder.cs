using Cchc.Composition.Reports;
using Cchc.Composition.Templates;
using Cchc.Composition.Text;
using Cchc.Model;
using Cchc.Status;

namespace Cchc.Pipeline;

/// <summary>
/// The status of a plan at the report's cut-off (<see cref="StatusSummary"/>) and the clerk's section → the facts a
/// Báo cáo words (<see cref="ReportFacts"/>). Every figure is the summary's own, so the report says what
/// <c>cchc status</c> says on the same day.
/// </summary>
public static class ReportFactsBuilder
{
    public static ReportFacts Build(Package plan, StatusSummary summary, ReportPeriod period, ReportSection? section)
    {
        var prose = section is null ? ReportProse.None
            : new ReportProse(section.Direction, section.Strengths, section.Weaknesses, section.Causes, section.Next, section.Proposals);
        var archive = section is { Archive.Count: > 0 } s ? s.Archive : ["VT"];
        return new ReportFacts(
            plan.Issuer,
            plan.Style,
            period.Label,
            section?.Number,
            section?.Symbol,
            section?.Date,
            Reported(plan),
            Counts(summary.Counts, summary.Completion),
            [.. summary.ByArea.Select(a => new AreaResult(a.Label, Counts(a.Counts, StatusSummary.CompletionOf(a.Tasks)),
                [.. a.Tasks.Where(t => TaskClassWords.IsDone(t.Class)).Select(t => new DoneTask(t.Task.Content, t.Entry?.Result, t.Entry?.Products ?? []))]))],
            DueNext(summary, period),
            prose,
            section?.Recipients ?? [],
            [.. archive.Select(a => AgencyText.Archive(new ArchiveEntry(a, plan.Registry.ContainsKey(a), SourceSpan.None(plan.SourcePath)), plan.Registry))],
            section?.Signer ?? plan.Plan.Signer ?? plan.Decision?.Signer,
            [.. summary.ByArea.Select(a => new ReportGroup(a.Label, [.. a.Tasks.Select(Row)]))]);
    }

    /// <summary>The document that issued the plan: the Quyết định when there is one, else the Kế hoạch itself.</summary>
    private static ReportedPlan Reported(Package plan) => plan.Decision is { } d
        ? new ReportedPlan(true, d.Number, DefaultSymbols.Decision(plan), d.Date?.Date, plan.Plan.Title)
        : new ReportedPlan(false, plan.Plan.Number, DefaultSymbols.Plan(plan), plan.Plan.Date?.Date, plan.Plan.Title);

    private static TaskCounts Counts(StatusCounts c, CompletionRate rate) =>
        new(c.Total, c.Of(TaskClass.DoneOnTime), c.Of(TaskClass.DoneLate), c.Of(TaskClass.InProgress), c.Of(TaskClass.Overdue),
            c.Of(TaskClass.NotStarted), c.Of(TaskClass.NotYetDue), c.Of(TaskClass.UnknownDeadline), rate.Percent)
        {
            DoneNoDeadline = c.Of(TaskClass.DoneNoDeadline),
            Ongoing = c.Of(TaskClass.Ongoing),
            Paused = c.Of(TaskClass.Paused),
            Cancelled = c.Of(TaskClass.Cancelled),
        };

    /// <summary>Tasks with a dated deadline that falls in the next period and are not done or cancelled by the cut-off;
    /// "Thường xuyên" and "Cả năm" tasks run all year and are not listed as due.</summary>
    private static List<DueTask> DueNext(StatusSummary summary, ReportPeriod period)
    {
        var (start, end, _) = period.Next;
        return [.. summary.Tasks
            .Where(t => t.Due is { } due && due >= start && due <= end)
            .Where(t => t.Task.Deadline.Kind is not (DeadlineKind.Ongoing or DeadlineKind.Year))
            .Where(t => !TaskClassWords.IsDone(t.Class) && t.Class != TaskClass.Cancelled)
            .Select(t => new DueTask(t.Task.Content, t.Lead, t.Task.Deadline.Text))];
    }

    private static ReportRow Row(TaskState t) => new(t.Task.Content, t.Lead, t.Task.Deadline.Text, StatusLabel(t),
        t.Entry?.Completed is { } c && TaskClassWords.IsDone(t.Class) ? new PartialDate(c.Year, c.Month, c.Day) : null,
        t.Entry?.Result, t.Entry?.Products ?? []);

    /// <summary>The class's label ("Đã hoàn thành đúng hạn", "Quá hạn chưa hoàn thành" …); a task followed all year
    /// shows the state its lead reported ("Đang thực hiện").</summary>
    private static string StatusLabel(TaskState t) => t.Class == TaskClass.Ongoing
        ? StatusWords.Label(t.Status)
        : TaskClassWords.Label(t.Class);
}
