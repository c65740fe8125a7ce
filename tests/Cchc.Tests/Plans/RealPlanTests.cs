using Cchc.Cli;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Plans;

/// <summary>The real plans in plans/ load and validate with zero errors.</summary>
public class RealPlanTests
{
    public static TheoryData<string> Plans() => new(RepoPaths.PlanFiles.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Plans))]
    public void Validates_without_errors(string file)
    {
        var output = new StringWriter();
        var exit = CliApp.Run(["validate", Path.Combine(RepoPaths.Plans, file)], output, output);
        Assert.True(exit == ExitCodes.Ok, output.ToString());
    }

    [Fact]
    public void The_plans_folder_validates_in_one_run()
    {
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Ok, CliApp.Run(["validate", RepoPaths.Plans], output, output));
        Assert.Contains("0 lỗi", output.ToString());
    }

    [Fact]
    public void Strict_fails_on_a_plan_with_warnings()
    {
        var output = new StringWriter();
        var exit = CliApp.Run(["validate", "--strict", Path.Combine(RepoPaths.Plans, "phuong-hai-duong-2026.yaml")], output, output);
        Assert.Equal(ExitCodes.Findings, exit);
        Assert.Contains("cảnh báo W113", output.ToString());
    }
}
