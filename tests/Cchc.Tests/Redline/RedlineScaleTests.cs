using System.Diagnostics;
using Xunit;
using Xunit.Abstractions;
using static Cchc.Tests.Diff.DiffFixtures;
using static Cchc.Tests.Support.PlanYaml;

namespace Cchc.Tests.Redline;

/// <summary>A redline of two 10,000-task plans with removed, renamed, reworded and re-dated tasks stays quick and exact.</summary>
[Trait("Category", "Slow")]
public sealed class RedlineScaleTests(ITestOutputHelper output)
{
    private const int Tasks = 10_000;

    [Fact]
    public void Ten_thousand_tasks_redline_in_well_under_the_budget()
    {
        var old = Parse(ManyTasks(Tasks, i => $"t{i:D5}", TaskContent, _ => "Cả năm 2026"));
        var @new = Parse(ManyTasks(
            Tasks,
            i => i % 100 == 2 ? $"moi{i:D5}" : $"t{i:D5}",
            i => i % 100 == 1 ? null : i % 20 == 0 ? TaskContent(i) + " trên địa bàn phường" : TaskContent(i),
            i => i % 10 == 0 ? "Quý II/2026" : "Cả năm 2026"));

        var watch = Stopwatch.StartNew();
        var redline = Redlines.Write(old, @new);
        watch.Stop();
        output.WriteLine($"Redline of {Tasks} tasks composed and written in {watch.Elapsed.TotalSeconds:F2} s");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"redline took {watch.Elapsed}");

        Assert.Equal(TrackedText.Paragraphs(Redlines.Plain(@new), Resolution.Plain), TrackedText.Paragraphs(redline, Resolution.AcceptAll));
        Assert.Equal(TrackedText.Texts(Redlines.Plain(old), Resolution.Plain), TrackedText.Texts(redline, Resolution.RejectAll));
    }
}
