using Cchc.Cli;
using Cchc.Tests.Support;
using Xunit;
using static Cchc.Tests.Diff.DiffFixtures;

namespace Cchc.Tests.Redline;

/// <summary><c>cchc diff OLD NEW --redline OUT.docx</c>.</summary>
public sealed class RedlineCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-redline-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Writes_the_redline_and_still_prints_the_report()
    {
        var output = Path.Combine(_dir, "thay-doi.docx");
        var run = CliRun.Of("diff", RealPlan("phuong-hai-duong-2025.yaml"), RealPlan("phuong-hai-duong-2026.yaml"), "--redline", output);
        Assert.True(run.Exit == ExitCodes.Ok, run.All);
        Assert.Equal(CliRun.Of("diff", RealPlan("phuong-hai-duong-2025.yaml"), RealPlan("phuong-hai-duong-2026.yaml")).Out, run.Out);

        var expected = Redlines.Write(Redlines.Real("phuong-hai-duong-2025.yaml"), Redlines.Real("phuong-hai-duong-2026.yaml"));
        Assert.Equal(expected, File.ReadAllBytes(output));
        Assert.Equal([Path.GetFileName(output)], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void Exit_code_mode_still_reports_differences()
    {
        var output = Path.Combine(_dir, "r.docx");
        var run = CliRun.Of("diff", "--exit-code", RealPlan("phuong-hai-duong-2025.yaml"), RealPlan("phuong-hai-duong-2026.yaml"), "--redline", output);
        Assert.Equal(ExitCodes.Findings, run.Exit);
        Assert.True(File.Exists(output));
    }

    [Fact]
    public void With_git_it_is_a_usage_error_and_writes_nothing()
    {
        var output = Path.Combine(_dir, "r.docx");
        var plan = RealPlan("phuong-hai-duong-2026.yaml");
        var run = CliRun.Of("diff", "--git", "--redline", output, "p.yaml", plan, "abc", "100644", plan, "def", "100644");
        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.Contains("--redline", run.Err);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void An_unwritable_output_is_a_usage_error_without_a_stack_trace()
    {
        var output = Path.Combine(_dir, "khong-co-thu-muc", "r.docx");
        File.WriteAllText(Path.Combine(_dir, "khong-co-thu-muc"), "a file where the folder should be");
        var run = CliRun.Of("diff", RealPlan("phuong-hai-duong-2025.yaml"), RealPlan("phuong-hai-duong-2026.yaml"), "--redline", output);
        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.Contains("không ghi được", run.Err);
        Assert.DoesNotContain("   at ", run.All);
    }

    [Fact]
    public void A_plan_with_errors_writes_nothing()
    {
        var broken = Path.Combine(_dir, "broken.yaml");
        File.WriteAllText(broken, "cchc: 1\nplan: {}\n");
        var output = Path.Combine(_dir, "r.docx");
        var run = CliRun.Of("diff", RealPlan("phuong-hai-duong-2026.yaml"), broken, "--redline", output);
        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.False(File.Exists(output));
    }
}
