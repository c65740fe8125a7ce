using System.Text;
using Cchc.Status;
using Cchc.Tests.Support;
using Cchc.Yaml;
using Xunit;

namespace Cchc.Tests.Status;

/// <summary>The summary of generated plans whose class of every task is known by construction.</summary>
public class StatusSummaryTests
{
    private static readonly DateOnly AsOf = new(2026, 4, 10);
    private static readonly string[] Areas = ["chi_dao", "the_che", "tthc", "bo_may", "cong_vu", "tai_chinh", "so"];
    private static readonly string[] Leads = ["vhxh", "vp", "ktht"];

    /// <summary>Per class: a deadline and the status entries (YAML flow mappings) that put a task in it on <see cref="AsOf"/>.</summary>
    private static (string Deadline, string[] Entries) Recipe(TaskClass c, int variant) => c switch
    {
        TaskClass.DoneOnTime => ("Quý I/2026", ["{date: \"2026-02-01\", status: dang_thuc_hien}", "{date: \"2026-03-31\", status: hoan_thanh, completed: \"2026-03-31\"}"]),
        TaskClass.DoneLate => ("Trước ngày 15/01/2026", ["{date: \"2026-01-15\", status: hoan_thanh, completed: \"2026-01-15\"}"]),
        TaskClass.DoneNoDeadline => ("Theo yêu cầu của thành phố", ["{date: \"2026-02-01\", status: hoan_thanh, completed: \"2026-01-30\"}"]),
        TaskClass.InProgress => ("Tháng 01/2026 đến tháng 5/2026", ["{date: \"2026-04-10\", status: dang_thuc_hien}"]),
        TaskClass.Overdue => ("Quý I/2026", variant % 2 == 0 ? [] : ["{date: \"2026-03-01\", status: dang_thuc_hien}"]),
        TaskClass.NotStarted => ("Quý II/2026", variant % 2 == 0 ? [] : ["{date: \"2026-04-01\", status: chua_thuc_hien}"]),
        // An entry after the day does not count yet.
        TaskClass.NotYetDue => ("Quý III,IV/2026", variant % 2 == 0 ? [] : ["{date: \"2026-04-11\", status: hoan_thanh, completed: \"2026-04-11\"}"]),
        TaskClass.Ongoing => (variant % 2 == 0 ? "Thường xuyên" : "Cả năm 2026", variant % 3 == 0 ? [] : ["{date: \"2026-03-01\", status: dang_thuc_hien}"]),
        TaskClass.UnknownDeadline => ("Khi có văn bản triển khai", variant % 2 == 0 ? [] : ["{date: \"2026-03-01\", status: dang_thuc_hien}"]),
        TaskClass.Paused => ("Quý I/2026", ["{date: \"2026-03-01\", status: tam_dung, note: \"chờ hướng dẫn\"}"]),
        _ => ("Quý I/2026", ["{date: \"2026-03-01\", status: huy, note: \"không còn phù hợp\"}"]),
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Counts_overall_per_area_per_agency_and_the_completion_rate_are_those_of_the_construction(int seed)
    {
        var random = new Random(seed);
        var tasks = new List<(string Id, TaskClass Class, string Area, string Lead, string Deadline, string[] Entries)>();
        var n = 0;
        foreach (var c in TaskClassWords.All)
        {
            for (var k = random.Next(0, 6); k > 0; k--, n++)
            {
                var (deadline, entries) = Recipe(c, n);
                tasks.Add(($"t-{n}", c, Areas[random.Next(Areas.Length)], Leads[random.Next(Leads.Length)], deadline, entries));
            }
        }

        tasks = [.. tasks.OrderBy(_ => random.Next())];
        var groups = new StringBuilder();
        foreach (var area in Areas.Where(a => tasks.Any(t => t.Area == a)))
        {
            groups.Append(PlanYaml.Group(area, [.. tasks.Where(t => t.Area == area).Select(t => PlanYaml.Task(t.Id, $"Nhiệm vụ {t.Id}", t.Lead, t.Deadline))]));
        }

        var plan = PlanLoader.Load(PlanYaml.Plan(2026, groups.ToString()), "plans/g.yaml");
        Assert.False(plan.HasErrors, string.Join("\n", plan.Diagnostics.Where(d => d.IsError).Select(d => d.Message.En)));
        var statusText = "cchc_status: 1\ntasks:\n" + string.Concat(tasks.Where(t => t.Entries.Length > 0)
            .Select(t => $"  {t.Id}:\n" + string.Concat(t.Entries.Select(e => $"    - {e}\n"))));
        var status = StatusLoader.LoadText(statusText, "plans/g.status.yaml");
        Assert.False(status.HasErrors);

        var summary = StatusSummary.Compute(plan.Package!, status.File, AsOf);

        Assert.Equal(tasks.Count, summary.Counts.Total);
        foreach (var t in summary.Tasks)
        {
            Assert.Equal((t.Id, tasks.Single(x => x.Id == t.Id).Class), (t.Id, t.Class));
        }

        foreach (var c in TaskClassWords.All)
        {
            Assert.Equal(tasks.Count(t => t.Class == c), summary.Counts.Of(c));
            foreach (var g in summary.ByArea)
            {
                Assert.Equal(tasks.Count(t => t.Area == g.Key && t.Class == c), g.Counts.Of(c));
            }

            foreach (var g in summary.ByAgency)
            {
                Assert.Equal(tasks.Count(t => t.Lead == g.Key && t.Class == c), g.Counts.Of(c));
            }
        }

        Assert.Equal(summary.Tasks.Count, summary.ByQuarter.Sum(g => g.Counts.Total));
        Assert.Equal(tasks.Count(t => t.Class == TaskClass.Overdue), summary.Overdue.Count);
        int Of(params TaskClass[] cs) => tasks.Count(t => cs.Contains(t.Class));
        Assert.Equal(Of(TaskClass.DoneOnTime, TaskClass.DoneLate, TaskClass.DoneNoDeadline), summary.Completion.Done);
        Assert.Equal(Of(TaskClass.DoneOnTime, TaskClass.DoneLate, TaskClass.DoneNoDeadline, TaskClass.Overdue, TaskClass.Paused), summary.Completion.Counted);
        var percent = summary.Completion.Counted == 0 ? (decimal?)null
            : Math.Round(summary.Completion.Done * 100m / summary.Completion.Counted, 1, MidpointRounding.AwayFromZero);
        Assert.Equal(percent, summary.Completion.Percent);
    }

    [Fact]
    public void A_task_is_overdue_from_the_end_of_its_due_day()
    {
        var groups = PlanYaml.Group("chi_dao",
            PlanYaml.Task("q1", "Quý", "vhxh", "Quý I/2026"),
            PlanYaml.Task("before", "Trước", "vhxh", "Trước ngày 15/01/2026"),
            PlanYaml.Task("month", "Tháng", "vhxh", "Tháng 5/2026"),
            PlanYaml.Task("ongoing", "Thường xuyên", "vhxh", "Thường xuyên"),
            PlanYaml.Task("year", "Cả năm", "vhxh", "Cả năm"));
        var plan = PlanLoader.Load(PlanYaml.Plan(2026, groups), "plans/g.yaml").Package!;
        var due = new Dictionary<string, DateOnly>
        {
            ["q1"] = new(2026, 3, 31), ["before"] = new(2026, 1, 14), ["month"] = new(2026, 5, 31), ["ongoing"] = new(2026, 12, 31), ["year"] = new(2026, 12, 31),
        };
        for (var day = new DateOnly(2026, 1, 1); day <= new DateOnly(2027, 1, 2); day = day.AddDays(1))
        {
            var summary = StatusSummary.Compute(plan, null, day);
            foreach (var t in summary.Tasks)
            {
                Assert.Equal(due[t.Id], t.Due);
                Assert.Equal(day >= due[t.Id], t.Class == TaskClass.Overdue);
                if (t.Id is "ongoing" or "year" && day < due[t.Id])
                {
                    Assert.Equal(TaskClass.Ongoing, t.Class);
                }
            }
        }
    }
}
