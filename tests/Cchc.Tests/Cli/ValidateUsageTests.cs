using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Cli;

/// <summary>Help and usage errors of <c>cchc validate</c>, in Vietnamese, exit 2 for a usage error.</summary>
public class ValidateUsageTests
{
    [Fact]
    public void Help_of_validate_is_in_vietnamese()
    {
        var run = CliRun.Of("validate", "--help");
        Assert.Equal(0, run.Exit);
        Assert.Contains("Kiểm tra kế hoạch", run.Out, StringComparison.Ordinal);
        Assert.Contains("Cách dùng:", run.Out, StringComparison.Ordinal);
        Assert.Contains("cchc validate <đường-dẫn>…", run.Out, StringComparison.Ordinal);
        Assert.Contains("Tùy chọn:", run.Out, StringComparison.Ordinal);
        Assert.Contains("--strict", run.Out, StringComparison.Ordinal);
        Assert.Contains("Coi cảnh báo là lỗi", run.Out, StringComparison.Ordinal);
        Assert.Contains("Hiện hướng dẫn sử dụng", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Options", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_exits_2_and_suggests_the_right_one()
    {
        var run = CliRun.Of("validate", "--strickt", Inputs.Clean);
        Assert.Equal(2, run.Exit);
        Assert.Contains("cchc: không hiểu tùy chọn '--strickt'; có phải ý bạn là '--strict'?", run.Err, StringComparison.Ordinal);
        Assert.Contains("Xem hướng dẫn: cchc validate --help", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("E201", run.All, StringComparison.Ordinal); // not taken for a file name
    }

    [Fact]
    public void After_a_double_dash_a_dash_is_part_of_a_file_name()
    {
        var run = CliRun.Of("validate", "--", "-tep.yaml");
        Assert.Equal(2, run.Exit);
        Assert.Contains("-tep.yaml: lỗi E201", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_outside_the_list_exits_2_and_lists_the_allowed_ones()
    {
        var run = CliRun.Of("validate", "--format", "xml", Inputs.Clean);
        Assert.Equal(2, run.Exit);
        Assert.Contains("cchc: giá trị 'xml' không hợp lệ cho --format; chọn một trong: human, json, github, sarif", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("not recognized", run.All, StringComparison.Ordinal);
    }

    [Fact]
    public void No_path_exits_2_and_says_what_is_missing()
    {
        var run = CliRun.Of("validate");
        Assert.Equal(2, run.Exit);
        Assert.Contains("cchc: lệnh 'validate' cần <đường-dẫn>", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Required", run.All, StringComparison.Ordinal);
    }
}
