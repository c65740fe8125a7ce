using System.Diagnostics;
using Cchc.Diff;
using Xunit;
using static Cchc.Tests.Diff.DiffFixtures;
using static Cchc.Tests.Support.PlanYaml;

namespace Cchc.Tests.Diff;

/// <summary>Diffing stays near-linear: two 10,000-task plans with every kind of change, including renamed ids.</summary>
[Trait("Category", "Slow")]
public class DiffScaleTests
{
    private const int Tasks = 10_000;

    [Fact]
    public void Ten_thousand_tasks_diff_in_well_under_the_budget()
    {
        var old = Parse(ManyTasks(Tasks, i => $"t{i:D5}", TaskContent, _ => "Cả năm 2026"));
        var neu = Parse(ManyTasks(
            Tasks,
            i => i % 100 == 2 ? $"moi{i:D5}" : $"t{i:D5}",
            i => i % 100 == 1 ? null : i % 20 == 0 ? TaskContent(i) + " trên địa bàn phường" : TaskContent(i),
            i => i % 10 == 0 ? "Quý II/2026" : "Cả năm 2026"));
        var watch = Stopwatch.StartNew();
        var d = PlanDiffer.Compare(old, neu);
        watch.Stop();

        var s = d.Summary;
        Assert.Equal(100, s.Tasks.Removed); // every i % 100 == 1
        Assert.Equal(100, s.Tasks.Renamed); // every i % 100 == 2, same content under a new id
        Assert.Equal(1000, s.TaskFields.Deadline);
        Assert.Equal(500, s.TaskFields.Content);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"diff took {watch.Elapsed}");
    }
}
