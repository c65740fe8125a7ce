using System.Globalization;
using System.Text.Json.Nodes;
using Cchc.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cchc.Tests.Cli;

/// <summary>
/// <c>cchc report</c> on the real plan and its status file (in process, or the Native AOT binary with CCHC_EXE): the
/// figures of the Báo cáo are those <c>cchc status --format json</c> prints on the same day and the hand count; the
/// file is valid, opens in LibreOffice with the Decree 30 parts in place, and is the same bytes twice.
/// </summary>
public sealed class ReportCommandTests : IDisposable
{
    private static readonly string Plan = Path.Combine(RepoPaths.Root, "plans", "phuong-hai-duong-2026.yaml");
    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-report-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Report(string outDir, params string[] extra)
    {
        Directory.CreateDirectory(outDir);
        var run = CliRun.Of(["report", Plan, "--period", "Quý I/2026", "-o", outDir, .. extra]);
        Assert.True(run.Exit == 0, run.All);
        var path = Path.Combine(outDir, "phuong-hai-duong-2026-bao-cao-quy-i-2026.docx");
        Assert.Equal(path, run.Out.Trim());
        return path;
    }

    private static JsonNode Status(string asOf)
    {
        var run = CliRun.Of("status", Plan, "--as-of", asOf, "--format", "json");
        Assert.True(run.Exit == 0, run.All);
        return JsonNode.Parse(run.Out)!;
    }

    private static List<string> Paragraphs(string docx)
    {
        using var doc = WordprocessingDocument.Open(docx, false);
        return [.. doc.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().Select(p => p.InnerText)];
    }

    private static int N(JsonNode counts, string key) => (int)counts[key]!;

    /// <summary>Section I's count sentence as the template words it, from the JSON counts (classes at 0 left out).</summary>
    private static string OverallSentence(JsonNode c)
    {
        var s = $"Tính đến thời điểm báo cáo, đã hoàn thành {N(c, "doneOnTime") + N(c, "doneLate") + N(c, "doneNoDeadline")} nhiệm vụ ({N(c, "doneOnTime")} nhiệm vụ đúng hạn, {N(c, "doneLate")} nhiệm vụ quá hạn";
        s += N(c, "doneNoDeadline") > 0 ? $", {N(c, "doneNoDeadline")} nhiệm vụ không xác định thời hạn);" : ");";
        s += $" đang thực hiện trong hạn {N(c, "inProgress")} nhiệm vụ; quá hạn chưa hoàn thành {N(c, "overdue")} nhiệm vụ; chưa triển khai {N(c, "notStarted")} nhiệm vụ; chưa đến hạn {N(c, "notYetDue")} nhiệm vụ";
        s += N(c, "ongoing") > 0 ? $"; {N(c, "ongoing")} nhiệm vụ thường xuyên, cả năm đang triển khai" : "";
        s += N(c, "unknownDeadline") > 0 ? $"; {N(c, "unknownDeadline")} nhiệm vụ không xác định được thời hạn" : "";
        s += N(c, "paused") > 0 ? $"; tạm dừng {N(c, "paused")} nhiệm vụ" : "";
        s += N(c, "cancelled") > 0 ? $"; không thực hiện (hủy) {N(c, "cancelled")} nhiệm vụ" : "";
        return s + ".";
    }

    private static string AreaSentence(JsonNode c)
    {
        var s = $"Tổng số {N(c, "total")} nhiệm vụ: đã hoàn thành {N(c, "doneOnTime") + N(c, "doneLate") + N(c, "doneNoDeadline")} ({N(c, "doneOnTime")} đúng hạn, {N(c, "doneLate")} quá hạn";
        s += N(c, "doneNoDeadline") > 0 ? $", {N(c, "doneNoDeadline")} không xác định thời hạn);" : ");";
        s += $" đang thực hiện {N(c, "inProgress")}; quá hạn chưa hoàn thành {N(c, "overdue")}; chưa triển khai {N(c, "notStarted")}; chưa đến hạn {N(c, "notYetDue")}";
        s += N(c, "ongoing") > 0 ? $"; thường xuyên, cả năm {N(c, "ongoing")}" : "";
        s += N(c, "unknownDeadline") > 0 ? $"; không xác định được thời hạn {N(c, "unknownDeadline")}" : "";
        s += N(c, "paused") > 0 ? $"; tạm dừng {N(c, "paused")}" : "";
        s += N(c, "cancelled") > 0 ? $"; không thực hiện (hủy) {N(c, "cancelled")}" : "";
        return s + ".";
    }

    [Fact]
    public void The_quarter_one_report_says_what_status_says_at_the_end_of_march_and_what_was_counted_by_hand()
    {
        var text = Paragraphs(Report(_dir));
        var json = Status("2026-03-31");

        // The hand count of RealStatusTests: 3 on time, 1 late, 1 undated, 1 in progress, 2 overdue, 2 not yet due,
        // 31 ongoing, 2 undated deadlines, 2 paused; 5 of 7 counted tasks done.
        Assert.Contains("Tính đến thời điểm báo cáo, đã hoàn thành 5 nhiệm vụ (3 nhiệm vụ đúng hạn, 1 nhiệm vụ quá hạn, 1 nhiệm vụ không xác định thời hạn);"
            + " đang thực hiện trong hạn 1 nhiệm vụ; quá hạn chưa hoàn thành 2 nhiệm vụ; chưa triển khai 0 nhiệm vụ; chưa đến hạn 2 nhiệm vụ;"
            + " 31 nhiệm vụ thường xuyên, cả năm đang triển khai; 2 nhiệm vụ không xác định được thời hạn; tạm dừng 2 nhiệm vụ.", text);
        Assert.Contains(OverallSentence(json["counts"]!), text);
        Assert.Contains(text, p => p.Contains($"với {(int)json["counts"]!["total"]!} nhiệm vụ.", StringComparison.Ordinal));
        var rate = ((decimal)json["completion"]!["percent"]!).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');
        Assert.Contains($"Tỷ lệ hoàn thành các nhiệm vụ đã đến hạn: {rate}%.", text);
        Assert.Equal("71,4", rate);

        // Section II: one heading and one count line per area, in the order and with the counts of byArea.
        var areas = json["byArea"]!.AsArray();
        Assert.Equal(7, areas.Count);
        for (var i = 0; i < areas.Count; i++)
        {
            var heading = text.IndexOf($"{i + 1}. {(string)areas[i]!["label"]!}");
            Assert.True(heading > 0, $"no heading for area {areas[i]!["key"]}");
            Assert.Equal(AreaSentence(areas[i]!["counts"]!), text[heading + 1]);
        }

        Assert.Equal(areas.Sum(a => (int)a!["counts"]!["total"]!), (int)json["counts"]!["total"]!);
    }

    [Fact]
    public void A_cut_off_given_on_the_command_line_counts_as_status_does_on_that_day()
    {
        var text = Paragraphs(Report(_dir, "--as-of", "2026-02-14"));
        Assert.Contains(OverallSentence(Status("2026-02-14")["counts"]!), text);
        Assert.DoesNotContain(OverallSentence(Status("2026-03-31")["counts"]!), text);
    }

    [Fact]
    public void The_clerks_section_is_in_the_report_and_the_file_is_valid_and_the_same_bytes_twice()
    {
        var first = Report(Path.Combine(_dir, "a"));
        var second = Report(Path.Combine(_dir, "b"));
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        using (var docx = WordprocessingDocument.Open(first, false))
        {
            WordChecks.AssertValid(docx, FileFormatVersions.Office2019);
            WordChecks.AssertValid(docx, FileFormatVersions.Microsoft365);
        }

        var text = Paragraphs(first);
        Assert.Contains("BÁO CÁO", text);
        Assert.Contains("Kết quả thực hiện công tác cải cách hành chính quý I năm 2026", text);
        Assert.Contains(text, p => p.StartsWith("Đề nghị Sở Nội vụ sớm hướng dẫn", StringComparison.Ordinal));
        Assert.Contains("- Sở Nội vụ thành phố Hải Phòng;", text);
        Assert.Contains("- Lưu: VT, VHXH.", text); // the agency code vhxh as its abbr
        Assert.Contains("Phạm Thị Thanh Vân", text); // the plan's signer
        // Section IV lists the task due in quarter II, not the tasks followed all year.
        Assert.Contains(text, p => p.StartsWith("- Triển khai thực hiện Tổng kiểm kê tài sản công", StringComparison.Ordinal) && p.Contains("Tháng 01/2026 đến tháng 5/2026", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void LibreOffice_opens_the_real_report_with_the_Decree_30_parts_and_a_landscape_Phu_luc()
    {
        Tools.RequireLibreOffice();
        var pdf = LibreOffice.ConvertToPdf(Report(_dir));
        var sizes = LibreOffice.PageSizes(pdf);
        var landscape = LibreOffice.FirstLandscapePage(sizes);
        Assert.True(landscape > 1, "The body comes first, in portrait.");
        Assert.All(sizes.Skip(landscape - 1), s => Assert.True(s.Width > s.Height));
        var body = string.Join('\n', LibreOffice.PdfLines(pdf, 1, landscape - 1));
        foreach (var expected in new[] { "ỦY BAN NHÂN DÂN", "PHƯỜNG HẢI DƯƠNG", "/BC-UBND", "Hải Dương, ngày 03 tháng 4 năm 2026", "BÁO CÁO",
            "I. CÔNG TÁC CHỈ ĐẠO", "II. KẾT QUẢ THỰC HIỆN", "III. ĐÁNH GIÁ CHUNG", "IV. PHƯƠNG HƯỚNG", "V. ĐỀ XUẤT, KIẾN NGHỊ", "Nơi nhận:", "CHỦ TỊCH", "Phạm Thị Thanh Vân" })
        {
            Assert.Contains(expected, body, StringComparison.Ordinal);
        }

        var appendix = string.Join('\n', LibreOffice.PdfLines(pdf, landscape, sizes.Count));
        Assert.Contains("Phụ lục", appendix, StringComparison.Ordinal);
        // The status column is narrow: its labels wrap, so only their first words are on one line.
        Assert.Contains("Quá hạn", appendix, StringComparison.Ordinal);
        Assert.Contains("Đã hoàn thành", appendix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Quý V/2026", "Quý I/2026")]
    [InlineData("Quí I/20266", null)]
    [InlineData("3 tháng", null)]
    [InlineData("nam ngoai", null)]
    public void A_period_that_is_not_one_of_the_forms_is_a_usage_error_in_Vietnamese(string period, string? meant)
    {
        var run = CliRun.Of("report", Plan, "--period", period, "-o", _dir);
        Assert.Equal(2, run.Exit);
        Assert.Contains($"--period \"{period}\" không phải một kỳ báo cáo", run.Err, StringComparison.Ordinal);
        if (meant is not null)
        {
            Assert.Contains($"có phải ý bạn là \"{meant}\"?", run.Err, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.EnumerateFiles(_dir));
    }

    [Fact]
    public void A_period_outside_the_plan_a_missing_status_file_and_a_bad_date_have_their_exit_codes()
    {
        var outside = CliRun.Of("report", Plan, "--period", "Quý I/2027", "-o", _dir);
        Assert.Equal(1, outside.Exit);
        Assert.Contains("lỗi E445: kỳ quý I năm 2027 nằm ngoài thời kỳ kế hoạch 2026", outside.Err, StringComparison.Ordinal);

        var missing = CliRun.Of("report", Plan, "--period", "năm", "--status", Path.Combine(_dir, "none.status.yaml"), "-o", _dir);
        Assert.Equal(2, missing.Exit);
        Assert.Contains("E201", missing.Err, StringComparison.Ordinal);

        var badDay = CliRun.Of("report", Plan, "--period", "năm", "--as-of", "2026-02-30", "-o", _dir);
        Assert.Equal(2, badDay.Exit);
        Assert.Contains("--as-of \"2026-02-30\" không phải một ngày có thật", badDay.Err, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_dir));
    }

    [Fact]
    public void A_bad_section_is_reported_at_its_line_and_column_and_nothing_is_written()
    {
        var status = Path.Combine(_dir, "bad.status.yaml");
        File.WriteAllText(status, "cchc_status: 1\nreports:\n  \"Quy V/2026\": {}\n  \"Quý I\":\n    strenghts: [\"x\"]\n    date: \"2025-12-01\"\n    as_of: \"2026-04-14\"\n");
        var run = CliRun.Of("report", Plan, "--period", "quý 1", "--status", status, "-o", _dir);
        Assert.Equal(1, run.Exit);
        Assert.Contains($"{status}(3,3): lỗi E440: kỳ báo cáo không đúng dạng \"Quy V/2026\"", run.Err, StringComparison.Ordinal);
        Assert.Contains($"{status}(5,5): lỗi E401: khóa không được biết \"strenghts\" trong mục báo cáo \"Quý I\"; có phải ý bạn là \"strengths\"?", run.Err, StringComparison.Ordinal);
        Assert.Contains($"{status}(6,11): lỗi E442: ngày báo cáo 01/12/2025 trước khi kỳ quý I năm 2026 bắt đầu (01/01/2026)", run.Err, StringComparison.Ordinal);
        Assert.Contains($"{status}(7,12): lỗi E444: ngày chốt số liệu 14/04/2026 nằm ngoài kỳ quý I năm 2026", run.Err, StringComparison.Ordinal);
        Assert.Contains("Không ghi báo cáo", run.Err, StringComparison.Ordinal);
        Assert.Equal([status], Directory.EnumerateFiles(_dir));
    }

    [Fact]
    public void A_status_file_without_a_section_for_the_period_gives_a_draft_and_says_so()
    {
        var path = Path.Combine(_dir, "phuong-hai-duong-2026-bao-cao-6-thang-2026.docx");
        var run = CliRun.Of("report", Plan, "--period", "6 tháng", "-o", _dir);
        Assert.True(run.Exit == 0, run.All);
        Assert.Equal(path, run.Out.Trim());
        Assert.Contains("cảnh báo W442: tệp chưa có mục reports: \"6 tháng/2026\"", run.Err, StringComparison.Ordinal);
        var text = Paragraphs(path);
        Assert.Contains("Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2026", text);
        Assert.Contains(OverallSentence(Status("2026-06-30")["counts"]!), text);
        Assert.Contains("…", text);
    }
}
