using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Cli;

/// <summary>Exit codes of <c>cchc validate</c>: 0 clean, 1 errors (or warnings with --strict), 2 usage or I/O.</summary>
public class ValidateExitCodeTests
{
    [Fact]
    public void A_clean_plan_exits_0_also_with_strict()
    {
        Assert.Equal(0, CliRun.Of("validate", Inputs.Clean).Exit);
        Assert.Equal(0, CliRun.Of("validate", "--strict", Inputs.Clean).Exit);
    }

    [Fact]
    public void Warnings_alone_exit_0_and_strict_turns_them_into_exit_1()
    {
        var relaxed = CliRun.Of("validate", Inputs.WarningsOnly);
        Assert.Equal(0, relaxed.Exit);
        Assert.Contains("cảnh báo W107", relaxed.Out, StringComparison.Ordinal);
        var strict = CliRun.Of("validate", "--strict", Inputs.WarningsOnly);
        Assert.Equal(1, strict.Exit);
        Assert.Contains("cảnh báo W107", strict.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_exits_1()
    {
        Assert.Equal(1, CliRun.Of("validate", Inputs.UnknownAgency).Exit);
    }

    [Fact]
    public void A_missing_file_among_good_ones_exits_2_and_still_checks_the_others()
    {
        var run = CliRun.Of("validate", Inputs.Clean, "khong-co-tep-nay.yaml");
        Assert.Equal(2, run.Exit);
        Assert.Contains("khong-co-tep-nay.yaml: lỗi E201: không tìm thấy tệp hoặc thư mục", run.Out, StringComparison.Ordinal);
        Assert.Contains("Đã kiểm tra 1 tệp", run.Out, StringComparison.Ordinal);
    }
}
