using Xunit;

namespace Cchc.Tests.Build;

/// <summary><c>cchc build</c> on every real plan: exit 0, the expected files, each printed once written.</summary>
public sealed class PlanBuildTests(BuiltPlans built) : IClassFixture<BuiltPlans>
{
    [Fact]
    public void Building_every_plan_exits_0()
    {
        Assert.True(built.Split.Exit == 0, built.Split.All);
        Assert.True(built.Single.Exit == 0, built.Single.All);
    }

    [Theory]
    [MemberData(nameof(BuiltPlans.Stems), MemberType = typeof(BuiltPlans))]
    public void The_plan_builds_to_its_files_and_prints_each_one(string stem)
    {
        var expected = built.SplitFiles(stem);
        Assert.All(expected, file => Assert.True(File.Exists(file), $"{file} was not written."));
        Assert.Equal(expected, PrintedFiles(built.Split.Out).Where(f => Path.GetFileName(f).StartsWith(stem + "-", StringComparison.Ordinal)));

        Assert.True(File.Exists(built.SingleFile(stem)));
        Assert.Contains(built.SingleFile(stem), PrintedFiles(built.Single.Out));
    }

    [Fact]
    public void Nothing_but_the_documents_is_written_or_printed()
    {
        var expected = BuiltPlans.PlanStems.SelectMany(built.SplitFiles).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), Directory.GetFiles(built.SplitFolder).Order(StringComparer.Ordinal));
        Assert.Equal(expected, PrintedFiles(built.Split.Out));

        var single = BuiltPlans.PlanStems.Select(built.SingleFile).ToList();
        Assert.Equal(single.Order(StringComparer.Ordinal), Directory.GetFiles(built.SingleFolder).Order(StringComparer.Ordinal));
        Assert.Equal(single, PrintedFiles(built.Single.Out));
    }

    [Fact]
    public void Warnings_are_summarised_on_stderr_not_mixed_into_the_file_list()
    {
        Assert.Contains("cảnh báo", built.Split.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("cảnh báo", built.Split.Out, StringComparison.Ordinal);
    }

    private static List<string> PrintedFiles(string stdout) =>
        [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
