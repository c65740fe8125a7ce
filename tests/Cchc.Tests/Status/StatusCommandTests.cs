using Cchc.Cli;
using Cchc.Cli.Commands;
using Cchc.Status;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Status;

/// <summary><c>cchc status</c> on bad input: findings with positions and exit 1, or exit 2 when a file cannot be read.</summary>
public sealed class StatusCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-status-").FullName;
    private readonly string _plan;

    public StatusCommandTests()
    {
        _plan = Path.Combine(_dir, "p.yaml");
        File.Copy(Path.Combine(RepoPaths.Plans, "phuong-hai-duong-2026.yaml"), _plan);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private CliRun Status(string statusText, params string[] more)
    {
        File.WriteAllText(Path.Combine(_dir, "p.status.yaml"), statusText);
        return CliRun.Of(["status", _plan, .. more]);
    }

    [Fact]
    public void A_bad_status_file_gives_positioned_vietnamese_findings_and_exit_1()
    {
        var run = Status("cchc_status: 1\ntasks:\n  cd-ban-hanh-k:\n    - {date: \"2026-03-01\", status: xongg}\n");
        Assert.Equal(1, run.Exit);
        Assert.Contains("p.status.yaml(3,3): lỗi E402: kế hoạch p.yaml không có nhiệm vụ mã \"cd-ban-hanh-k\"; có phải ý bạn là \"cd-ban-hanh-kh\"?", run.Err, StringComparison.Ordinal);
        Assert.Contains("p.status.yaml(4,36): lỗi E404: tình trạng không được biết \"xongg\"", run.Err, StringComparison.Ordinal);
        Assert.True(run.Err.IndexOf("(3,3)", StringComparison.Ordinal) < run.Err.IndexOf("(4,36)", StringComparison.Ordinal), "findings in file order");
        Assert.Equal("", run.Out);
        Assert.DoesNotContain("Exception", run.All, StringComparison.Ordinal);
    }

    [Fact]
    public void English_messages_with_lang_en()
    {
        var run = Status("cchc_status: 1\ntasks:\n  cd-ban-hanh-kh:\n    - {date: \"2026-03-01\", status: hoan_thanh}\n", "--lang", "en");
        Assert.Equal(1, run.Exit);
        Assert.Contains("error E409: status hoan_thanh needs the completion date", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_in_the_future_is_measured_from_the_injected_today()
    {
        File.WriteAllText(Path.Combine(_dir, "p.status.yaml"), "cchc_status: 1\ntasks:\n  cd-ban-hanh-kh:\n    - {date: \"2026-03-01\", status: dang_thuc_hien}\n");
        var options = new StatusCommand.Options(_plan, null, null, StatusGrouping.None, StatusFormat.Human, false, "vi");
        foreach (var (today, exit) in new[] { (new DateOnly(2026, 2, 28), 1), (new DateOnly(2026, 3, 1), 0) })
        {
            var err = new StringWriter();
            Assert.Equal(exit, StatusCommand.Run(new ConsoleIo(new StringWriter(), err), options, today));
            Assert.Equal(exit == 1, err.ToString().Contains("lỗi E408", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Missing_files_and_a_bad_date_are_exit_2()
    {
        Assert.Equal(2, CliRun.Of("status", Path.Combine(_dir, "khong-co.yaml")).Exit);
        var missing = CliRun.Of("status", _plan, "--status", Path.Combine(_dir, "khong-co.status.yaml"));
        Assert.Equal(2, missing.Exit);
        Assert.Contains("lỗi E201", missing.Err, StringComparison.Ordinal);
        var date = CliRun.Of("status", _plan, "--as-of", "2026-02-30");
        Assert.Equal(2, date.Exit);
        Assert.Contains("--as-of \"2026-02-30\" không phải một ngày có thật", date.Err, StringComparison.Ordinal);
        File.WriteAllBytes(Path.Combine(_dir, "p.status.yaml"), [0x63, 0x3A, 0x20, 0xC3, 0x28, 0x0A]);
        Assert.Equal(2, CliRun.Of("status", _plan).Exit);
    }

    [Fact]
    public void Without_a_status_file_every_task_is_not_started_and_the_run_says_so()
    {
        var run = CliRun.Of("status", _plan, "--as-of", "2026-03-31", "--format", "json");
        Assert.Equal(0, run.Exit);
        Assert.Contains("\"overdue\": 4,", run.Out, StringComparison.Ordinal);
        Assert.Contains("Chưa có tệp tình hình thực hiện", CliRun.Of("status", _plan).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_of_plans_skips_status_files()
    {
        File.WriteAllText(Path.Combine(_dir, "p.status.yaml"), "cchc_status: 1\n");
        var run = CliRun.Of("validate", _dir);
        Assert.Equal(0, run.Exit);
        Assert.Contains("Đã kiểm tra 1 tệp", run.Out, StringComparison.Ordinal);
    }
}
