using System.Diagnostics;
using System.Text;
using Cchc.Diff;
using Xunit;
using static Cchc.Tests.Diff.DiffFixtures;

namespace Cchc.Tests.Diff;

/// <summary>Diffing stays near-linear: two 10,000-task plans with every kind of change, including renamed ids.</summary>
[Trait("Category", "Slow")]
public class DiffScaleTests
{
    private const int Tasks = 10_000;
    private static readonly string[] AreaKeys = ["chi_dao", "the_che", "tthc", "bo_may", "cong_vu", "tai_chinh", "so"];

    private static string Generate(Func<int, string?> content, Func<int, string> id, Func<int, string> deadline)
    {
        var groups = new StringBuilder();
        var perGroup = Tasks / AreaKeys.Length + 1;
        for (var g = 0; g < AreaKeys.Length; g++)
        {
            var tasks = Enumerable.Range(g * perGroup, perGroup).Where(i => i < Tasks && content(i) is not null)
                .Select(i => Task(id(i), content(i)!, i % 2 == 0 ? "vhxh" : "vp", deadline(i))).ToArray();
            groups.Append(Group(AreaKeys[g], tasks));
        }

        return Plan(2026, groups.ToString());
    }

    private static string Content(int i) => $"Triển khai nhiệm vụ số {i} về cải cách hành chính, bảo đảm tiến độ và chất lượng theo kế hoạch";

    [Fact]
    public void Ten_thousand_tasks_diff_in_well_under_the_budget()
    {
        var old = Parse(Generate(Content, i => $"t{i:D5}", _ => "Cả năm 2026"));
        var neu = Parse(Generate(
            i => i % 100 == 1 ? null : i % 20 == 0 ? Content(i) + " trên địa bàn phường" : Content(i),
            i => i % 100 == 2 ? $"moi{i:D5}" : $"t{i:D5}",
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
