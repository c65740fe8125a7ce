using System.Diagnostics;
using Xunit;
using static Cchc.Tests.Diff.DiffFixtures;

namespace Cchc.Tests.Diff;

/// <summary>cchc diff as git's diff driver for plans/*.yaml, in a real temporary repository (docs/git-diff-driver.md).</summary>
[Trait("Category", "Slow")]
public sealed class GitDriverTests : IDisposable
{
    private static readonly string[] Identity = ["-c", "user.name=cchc", "-c", "user.email=cchc@example.invalid", "-c", "commit.gpgsign=false"];

    private readonly string _repo = Directory.CreateTempSubdirectory("cchc-git-").FullName;

    public GitDriverTests()
    {
        Git("init", "-q");
        Directory.CreateDirectory(Path.Combine(_repo, "plans"));
        File.WriteAllText(Path.Combine(_repo, ".gitattributes"), "plans/*.yaml diff=cchc\n");
        File.Copy(RealPlan("phuong-hai-duong-2025.yaml"), Path.Combine(_repo, "plans", "x.yaml"));
        Git("add", ".");
        Git("commit", "-q", "-m", "2025");
    }

    public void Dispose() => Directory.Delete(_repo, recursive: true);

    /// <summary>The built cchc, run the way a user's git config would: "dotnet …/cchc.dll diff --git".</summary>
    private static string DriverCommand()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "cchc.dll");
        Assert.True(File.Exists(dll), $"cchc.dll is not next to the tests ({dll})");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        return $"\"{dotnet}\" \"{dll}\" diff --git";
    }

    [Fact]
    public void Git_diff_shows_the_semantic_summary_of_a_changed_plan()
    {
        File.Copy(RealPlan("phuong-hai-duong-2026.yaml"), Path.Combine(_repo, "plans", "x.yaml"), overwrite: true);
        var output = Git("-c", $"diff.cchc.command={DriverCommand()}", "diff");
        Assert.Contains("cchc diff: a/plans/x.yaml (2025) → b/plans/x.yaml (2026), lệch năm +1", output, StringComparison.Ordinal);
        Assert.Contains("Thêm 45 nhiệm vụ, bỏ 0, sửa 0. Chỉ tiêu: sửa 7.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("@@", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_plan_is_diffed_against_nothing()
    {
        File.Copy(RealPlan("phuong-hai-duong-2026.yaml"), Path.Combine(_repo, "plans", "y.yaml"));
        Git("add", "plans/y.yaml");
        var output = Git("-c", $"diff.cchc.command={DriverCommand()}", "diff", "--cached");
        Assert.Contains("cchc diff: (không có) → b/plans/y.yaml (2026)", output, StringComparison.Ordinal);
        Assert.Contains("Thêm 45 nhiệm vụ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_plan_is_reported_without_stopping_git()
    {
        File.WriteAllText(Path.Combine(_repo, "plans", "x.yaml"), "cchc: 1\nplan: [\n");
        var output = Git("-c", $"diff.cchc.command={DriverCommand()}", "diff");
        Assert.Contains("E101", output, StringComparison.Ordinal);
        Assert.Contains("git diff --no-ext-diff -- plans/x.yaml", output, StringComparison.Ordinal);
    }

    private string Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _repo, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in Identity.Concat(args))
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_PAGER"] = "cat";
        using var git = Process.Start(start)!;
        var stdout = git.StandardOutput.ReadToEndAsync();
        var stderr = git.StandardError.ReadToEndAsync();
        Assert.True(git.WaitForExit(TimeSpan.FromSeconds(120)), "git did not finish");
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)} failed: {stderr.Result}");
        return stdout.Result;
    }
}
