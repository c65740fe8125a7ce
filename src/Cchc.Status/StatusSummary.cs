using Cchc.Model;

namespace Cchc.Status;

/// <summary>
/// The state of a plan on one day, computed from its status file: every task classed (<see cref="TaskClass"/>), the
/// counts overall, per area, per lead agency and per quarter of deadline, the overdue tasks and the completion rate.
/// What <c>cchc status</c> prints and the Báo cáo counts. The day is read as its end: a task due that day and not
/// done by then is overdue.
/// </summary>
public sealed record StatusSummary(
    string PlanPath,
    string? StatusPath,
    Period Period,
    DateOnly AsOf,
    IReadOnlyList<TaskState> Tasks,
    StatusCounts Counts,
    IReadOnlyList<StatusGroup> ByArea,
    IReadOnlyList<StatusGroup> ByAgency,
    IReadOnlyList<StatusGroup> ByQuarter,
    IReadOnlyList<TaskState> Overdue,
    CompletionRate Completion)
{
    public const string OngoingQuarter = "ongoing";
    public const string UnknownQuarter = "unknown";

    /// <summary>Overdue tasks whose entry in force gives no note (reason, plan to catch up): what <c>--exit-code</c> fails on.</summary>
    public IEnumerable<TaskState> OverdueWithoutNote => Overdue.Where(t => string.IsNullOrWhiteSpace(t.Note));

    public static StatusSummary Compute(Package plan, StatusFile? status, DateOnly asOf)
    {
        var period = plan.Plan.Period;
        var tasks = PlanItems.Tasks(plan).Select(t => State(plan, t.Task, t.Group, status, asOf, period)).ToList();
        var byArea = Group(tasks, t => [t.Area], t => t.AreaTitle, (a, b) => Areas.Order(a).CompareTo(Areas.Order(b)));
        var byAgency = Group(tasks, t => t.LeadKeys, key => plan.Registry.TryGetValue(key, out var a) ? a.ShortOrName : key, null);
        var byQuarter = Group(tasks, t => [t.QuarterKey], t => t.QuarterLabel, QuarterOrder);
        return new StatusSummary(plan.SourcePath, status?.SourcePath, period, asOf, tasks, new StatusCounts(tasks), byArea, byAgency, byQuarter,
            [.. tasks.Where(t => t.Class == TaskClass.Overdue)], CompletionOf(tasks));
    }

    /// <summary>The completion rate of a set of tasks (the plan, one area): done ÷ counted, as docs/status-format.md defines it.</summary>
    public static CompletionRate CompletionOf(IEnumerable<TaskState> tasks)
    {
        var counted = tasks.Select(t => Counted(t)).OfType<CountedTask>().ToList();
        var done = counted.Count(c => c.Task.Status == TaskStatus.Done);
        return new CompletionRate(done, counted.Count, counted.Count == 0 ? null : StatusCounts.Share(done, counted.Count), counted);
    }

    private static TaskState State(Package plan, PlanTask task, TaskGroup group, StatusFile? status, DateOnly asOf, Period period)
    {
        var entry = status?.At(task.Id, asOf);
        var st = entry?.Status ?? TaskStatus.NotStarted;
        var interval = task.Deadline.Resolve(period);
        var due = interval?.End;
        var ongoing = task.Deadline.Kind is DeadlineKind.Ongoing or DeadlineKind.Year;
        var isDue = due is { } d0 && d0 <= asOf;
        var cls = (st, due) switch
        {
            (TaskStatus.Cancelled, _) => TaskClass.Cancelled,
            (TaskStatus.Done, null) => TaskClass.DoneNoDeadline,
            (TaskStatus.Done, { } d) => (entry!.Completed ?? entry.Date) <= d ? TaskClass.DoneOnTime : TaskClass.DoneLate,
            (TaskStatus.Paused, _) => TaskClass.Paused,
            (_, null) => TaskClass.UnknownDeadline,
            _ when isDue => TaskClass.Overdue,
            _ when ongoing => TaskClass.Ongoing,
            (TaskStatus.InProgress, _) => TaskClass.InProgress,
            _ when interval!.Value.Start > asOf => TaskClass.NotYetDue,
            _ => TaskClass.NotStarted,
        };
        var (quarterKey, quarterLabel) = ongoing ? (OngoingQuarter, "Thường xuyên, cả năm")
            : due is { } q ? ($"{q.Year}-Q{((q.Month - 1) / 3) + 1}", $"Quý {Roman((q.Month - 1) / 3)}/{q.Year}")
            : (UnknownQuarter, "Thời hạn không xác định");
        var leadKeys = task.Lead.Codes.Distinct(StringComparer.Ordinal).ToList();
        var areaTitle = plan.Area(group.Area)?.Title ?? (Areas.IsKnown(group.Area) ? Areas.DefaultTitle(group.Area) : group.Area);
        return new TaskState(task, group.Area, areaTitle, task.Lead.Render(plan.Registry), leadKeys.Count > 0 ? leadKeys : [task.Lead.Render(plan.Registry)],
            interval?.Start, due, st, entry, cls, quarterKey, quarterLabel)
        {
            IsDue = isDue,
        };
    }

    private static CountedTask? Counted(TaskState t) => t switch
    {
        { Class: TaskClass.Cancelled } => null,
        { IsDue: true } => new CountedTask(t, CountedReason.Due),
        { Status: TaskStatus.Done, Due: null } => new CountedTask(t, CountedReason.DoneNoDeadline),
        { Status: TaskStatus.Done } => new CountedTask(t, CountedReason.DoneEarly),
        _ => null,
    };

    private static string Roman(int quarter) => quarter switch { 0 => "I", 1 => "II", 2 => "III", _ => "IV" };

    // Dated quarters in time order, then the ongoing tasks, then the undated ones.
    private static int QuarterOrder(string a, string b)
    {
        static int Rank(string k) => k == OngoingQuarter ? 1 : k == UnknownQuarter ? 2 : 0;
        var byRank = Rank(a).CompareTo(Rank(b));
        return byRank != 0 ? byRank : string.CompareOrdinal(a, b);
    }

    /// <summary>Groups in <paramref name="order"/>, or in order of first appearance in the plan when null; a task with
    /// several keys (two lead agencies) is in each of their groups.</summary>
    private static List<StatusGroup> Group(List<TaskState> tasks, Func<TaskState, IReadOnlyList<string>> keys, Func<string, string> label,
        Comparison<string>? order) => Group(tasks, keys, (k, _) => label(k), order);

    private static List<StatusGroup> Group(List<TaskState> tasks, Func<TaskState, IReadOnlyList<string>> keys, Func<TaskState, string> label,
        Comparison<string>? order) => Group(tasks, keys, (_, t) => label(t), order);

    private static List<StatusGroup> Group(List<TaskState> tasks, Func<TaskState, IReadOnlyList<string>> keys, Func<string, TaskState, string> label,
        Comparison<string>? order)
    {
        var groups = new List<(string Key, string Label, List<TaskState> Tasks)>();
        foreach (var t in tasks)
        {
            foreach (var k in keys(t))
            {
                var i = groups.FindIndex(g => g.Key == k);
                if (i < 0)
                {
                    groups.Add((k, label(k, t), [t]));
                }
                else
                {
                    groups[i].Tasks.Add(t);
                }
            }
        }

        if (order is not null)
        {
            groups.Sort((x, y) => order(x.Key, y.Key));
        }

        return [.. groups.Select(g => new StatusGroup(g.Key, g.Label, new StatusCounts(g.Tasks), g.Tasks))];
    }
}
