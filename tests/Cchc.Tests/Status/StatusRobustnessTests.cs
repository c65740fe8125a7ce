using Cchc.Status;
using Cchc.Tests.Support;
using Cchc.Yaml;
using Xunit;

namespace Cchc.Tests.Status;

/// <summary>Every line-level mutation of the real status file loads without an exception, and whatever loads can be
/// checked and summed up: a finding or a summary, never a crash.</summary>
public class StatusRobustnessTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(RepoPaths.Plans, "phuong-hai-duong-2026.status.yaml"));
    private static readonly Cchc.Model.Package Plan = PlanLoader.LoadFile(Path.Combine(RepoPaths.Plans, "phuong-hai-duong-2026.yaml"), "p.yaml").Package!;

    private static IEnumerable<string> Mutants()
    {
        for (var i = 0; i < Lines.Length; i++)
        {
            yield return string.Join('\n', Lines.Where((_, j) => j != i));                      // a line deleted
            yield return string.Join('\n', Lines.Take(i));                                       // cut after line i
            yield return string.Join('\n', Lines.Take(i + 1).Append(Lines[i]).Concat(Lines.Skip(i + 1))); // a line doubled
            yield return string.Join('\n', Lines.Select((l, j) => j == i ? "  " + l : l));     // a line re-indented
            yield return string.Join('\n', Lines.Select((l, j) => j == i ? l.Replace("2026", "2027", StringComparison.Ordinal) : l));
        }
    }

    [Fact]
    public void No_mutant_throws()
    {
        var count = 0;
        foreach (var text in Mutants())
        {
            var loaded = StatusLoader.LoadText(text, "x.status.yaml");
            Assert.All(loaded.Diagnostics, d => Assert.True(d.Span.Line >= 0 && d.Message.Vi.Length > 0));
            if (loaded.File is { } file)
            {
                _ = StatusValidator.Validate(Plan, file, new DateOnly(2026, 12, 2));
                var summary = StatusSummary.Compute(Plan, file, new DateOnly(2026, 3, 31));
                Assert.Equal(45, summary.Counts.Total);
                Assert.Equal(45, TaskClassWords.All.Sum(summary.Counts.Of));
                _ = StatusJson.Write(summary);
            }

            count++;
        }

        Assert.Equal(5 * Lines.Length, count);
    }
}
