using System.Diagnostics;
using System.Text;
using Xunit;
using Xunit.Abstractions;
using static Cchc.Tests.Diff.DiffFixtures;

namespace Cchc.Tests.Redline;

/// <summary>A redline of two 10,000-task plans with removed, renamed, reworded and re-dated tasks stays quick and exact.</summary>
[Trait("Category", "Slow")]
public sealed class RedlineScaleTests(ITestOutputHelper output)
{
    private const int Tasks = 10_000;
    private static readonly string[] AreaKeys = ["chi_dao", "the_che", "tthc", "bo_may", "cong_vu", "tai_chinh", "so"];

    [Fact]
    public void Ten_thousand_tasks_redline_in_well_under_the_budget()
    {
        var old = Parse(Generate(Content, i => $"t{i:D5}", _ => "Cả năm 2026"));
        var @new = Parse(Generate(
            i => i % 100 == 1 ? null : i % 20 == 0 ? Content(i) + " trên địa bàn phường" : Content(i),
            i => i % 100 == 2 ? $"moi{i:D5}" : $"t{i:D5}",
            i => i % 10 == 0 ? "Quý II/2026" : "Cả năm 2026"));

        var watch = Stopwatch.StartNew();
        var redline = Redlines.Write(old, @new);
        watch.Stop();
        output.WriteLine($"Redline of {Tasks} tasks composed and written in {watch.Elapsed.TotalSeconds:F2} s");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"redline took {watch.Elapsed}");

        Assert.Equal(TrackedText.Paragraphs(Redlines.Plain(@new), Resolution.Plain), TrackedText.Paragraphs(redline, Resolution.AcceptAll));
        Assert.Equal(TrackedText.Texts(Redlines.Plain(old), Resolution.Plain), TrackedText.Texts(redline, Resolution.RejectAll));
    }

    private static string Generate(Func<int, string?> content, Func<int, string> id, Func<int, string> deadline)
    {
        var groups = new StringBuilder();
        var perGroup = (Tasks / AreaKeys.Length) + 1;
        for (var g = 0; g < AreaKeys.Length; g++)
        {
            var tasks = Enumerable.Range(g * perGroup, perGroup).Where(i => i < Tasks && content(i) is not null)
                .Select(i => Task(id(i), content(i)!, i % 2 == 0 ? "vhxh" : "vp", deadline(i))).ToArray();
            groups.Append(Group(AreaKeys[g], tasks));
        }

        return Plan(2026, groups.ToString());
    }

    private static string Content(int i) => $"Triển khai nhiệm vụ số {i} về cải cách hành chính, bảo đảm tiến độ và chất lượng theo kế hoạch";
}
