using Cchc.Sheets;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Sheets;

/// <summary>export → edit as departments do (mistakes included, one file re-saved by Calc) → import, through the command line.</summary>
public sealed class TasksCommandTests : IDisposable
{
    private const string StatusText = """
        # yaml-language-server: $schema=../schema/cchc-status.schema.json
        cchc_status: 1
        tasks:
          # Quý I
          cd-ban-hanh-kh:
            - date: "2026-01-20"
              status: hoan_thanh
              completed: "2026-01-12"
              result: "Kế hoạch số 5/KH-UBND"
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-tasks-").FullName;

    public TasksCommandTests()
    {
        File.Copy(Path.Combine(RepoPaths.Plans, "phuong-hai-duong-2026.yaml"), Plan);
        File.WriteAllText(Status, StatusText + "\n");
    }

    private string Plan => Path.Combine(_dir, "phuong-hai-duong-2026.yaml");

    private string Status => Path.Combine(_dir, "phuong-hai-duong-2026.status.yaml");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Valid_edits_land_bad_cells_are_reported_with_their_address_and_nothing_else_changes()
    {
        var vhxh = Export("vhxh");
        var vp = Export("vp");
        var ids = TaskSheetWriter.TasksOf(SheetEdits.Plan, "vhxh").Select(t => t.Id).ToList();
        var vpIds = TaskSheetWriter.TasksOf(SheetEdits.Plan, "vp").Select(t => t.Id).ToList();
        Edit(vhxh, ("H3", new Typed.Text("Đã hoàn thành")), ("I3", Typed.Date(2026, 3, 18)), ("J3", new Typed.Text("Đã gửi báo cáo")),
            ("H4", new Typed.Text("Đã xong")), ("H5", new Typed.Shared("dang_thuc_hien")), ("L5", new Typed.Text("chờ số liệu")));
        Edit(vp, ("H2", new Typed.Text("Tạm dừng")), ("I2", Typed.Date(2026, 3, 2)));
        var run = CliRun.Of("tasks", "import", vhxh, vp, "--into", Status, "--date", "2026-03-31");
        Assert.Equal(1, run.Exit);
        Assert.Contains($"{ids[1]}: Chưa thực hiện → Đã hoàn thành (18/03/2026); sửa: kết quả", run.Out, StringComparison.Ordinal);
        Assert.Contains($"{ids[3]}: Chưa thực hiện → Đang thực hiện; sửa: ghi chú", run.Out, StringComparison.Ordinal);
        Assert.Contains($"{vhxh}(Nhiệm vụ!H4): lỗi E427: trạng thái \"Đã xong\" không có trong danh sách", run.Err, StringComparison.Ordinal);
        Assert.Contains($"{vp}(Nhiệm vụ!I2): lỗi E428:", run.Err, StringComparison.Ordinal);
        var edited = File.ReadAllText(Status);
        Assert.Equal(StatusText + "\n", StatusTextWriterTests.RemoveInserted(edited, StatusText + "\n"));
        var after = StatusTextSnapshot.Parse(edited, Status)!;
        Assert.Equal("hoan_thanh", after.At(ids[1], new DateOnly(2026, 3, 31))!.StatusKey);
        Assert.Null(after.At(ids[2], new DateOnly(2026, 3, 31)));
        Assert.Null(after.At(vpIds[0], new DateOnly(2026, 3, 31)));
        Assert.Contains("by: \"vhxh.xlsx\"", edited, StringComparison.Ordinal);

        // The same files again: what landed is not added twice.
        var again = CliRun.Of("tasks", "import", vhxh, "--into", Status, "--date", "2026-03-31");
        Assert.Contains("Không có thay đổi nào", again.Out, StringComparison.Ordinal);
        Assert.Equal(edited, File.ReadAllText(Status));
    }

    [SkippableFact]
    public void A_file_re_saved_by_LibreOffice_Calc_reads_as_the_file_Excel_saved()
    {
        Tools.RequireLibreOffice();
        var vhxh = Export("vhxh");
        Edit(vhxh, ("H2", new Typed.Text("hoan_thanh")), ("I2", new Typed.Text("18/3/2026")), ("H3", new Typed.Text("Đang thực hiện")),
            ("K3", new Typed.Text("Công văn 1\nCông văn 2")), ("H4", new Typed.Text("Đã hoàn thành")), ("I4", Typed.Date(2026, 2, 28)), ("H5", new Typed.Text("Đã xong")));
        var calcDir = Directory.CreateDirectory(Path.Combine(_dir, "calc")).FullName;
        var resaved = LibreOffice.Convert(vhxh, "xlsx", calcDir);
        var day = new DateOnly(2026, 3, 31);
        var original = TaskSheetReader.Read(File.ReadAllBytes(vhxh), "f.xlsx", SheetEdits.Plan, day);
        var calc = TaskSheetReader.Read(File.ReadAllBytes(resaved), "f.xlsx", SheetEdits.Plan, day);
        Assert.Equal(original.Rows.Select(Describe), calc.Rows.Select(Describe));
        Assert.Equal(original.Findings.Select(f => f.Where + f.Diagnostic.Code), calc.Findings.Select(f => f.Where + f.Diagnostic.Code));
        Assert.Contains(calc.Findings, f => f.Where == "f.xlsx(Nhiệm vụ!I2)" && f.Diagnostic.Code == "W420");
        Assert.Contains(calc.Rows, r => r.State.StatusKey == "hoan_thanh" && r.State.Completed == new DateOnly(2026, 2, 28));
    }

    [Fact]
    public void One_unreadable_file_does_not_hide_the_findings_of_another_and_exits_2()
    {
        var vhxh = Export("vhxh");
        Edit(vhxh, ("H2", new Typed.Text("Đã xong")));
        var broken = Path.Combine(_dir, "hong.xlsx");
        File.WriteAllBytes(broken, [0x50, 0x4B, 3, 4, 9, 9, 9]);
        var run = CliRun.Of("tasks", "import", broken, vhxh, "--into", Status, "--dry-run");
        Assert.Equal(2, run.Exit);
        Assert.Contains($"{broken}: lỗi E420:", run.Err, StringComparison.Ordinal);
        Assert.Contains($"{vhxh}(Nhiệm vụ!H2): lỗi E427:", run.Err, StringComparison.Ordinal);
        Assert.Equal(StatusText + "\n", File.ReadAllText(Status));
    }

    [Fact]
    public void Import_prints_its_findings_as_json_github_or_sarif_on_standard_output_alone()
    {
        var vhxh = Export("vhxh");
        Edit(vhxh, ("H2", new Typed.Text("Đã xong")), ("H3", new Typed.Text("Đang thực hiện")));
        var json = CliRun.Of("tasks", "import", vhxh, "--into", Status, "--dry-run", "--format", "json", "--lang", "en");
        Assert.Equal(1, json.Exit);
        using (var doc = System.Text.Json.JsonDocument.Parse(json.Out))
        {
            var finding = doc.RootElement.EnumerateArray().Single();
            Assert.Equal(("E427", "Nhiệm vụ!H2", 2, 8, vhxh), (finding.GetProperty("code").GetString(), finding.GetProperty("place").GetString(),
                finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32(), finding.GetProperty("file").GetString()));
            Assert.StartsWith("the status \"Đã xong\" is not in the list", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        Assert.Contains("Would add 1 entr(ies)", json.Err, StringComparison.Ordinal);
        var sarif = CliRun.Of("tasks", "import", vhxh, "--into", Status, "--dry-run", "-f", "sarif");
        Assert.Equal(1, sarif.Exit);
        using (var doc = System.Text.Json.JsonDocument.Parse(sarif.Out))
        {
            Assert.Equal("E427", doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single().GetProperty("ruleId").GetString());
        }

        var github = CliRun.Of("tasks", "import", vhxh, "--into", Status, "--dry-run", "--format", "github");
        Assert.Equal(1, github.Exit);
        Assert.StartsWith($"::error file={vhxh},line=2", github.Out, StringComparison.Ordinal);
        Assert.Equal(StatusText + "\n", File.ReadAllText(Status));
    }

    [Fact]
    public void An_unreadable_workbook_in_json_is_one_finding_and_exit_2()
    {
        var xls = Path.Combine(_dir, "cu.xlsx");
        File.WriteAllBytes(xls, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. System.Text.Encoding.Unicode.GetBytes("Workbook"), 0, 0]);
        var run = CliRun.Of("tasks", "import", xls, "--into", Status, "--format", "json");
        Assert.Equal(2, run.Exit);
        using var doc = System.Text.Json.JsonDocument.Parse(run.Out);
        var finding = doc.RootElement.EnumerateArray().Single();
        Assert.Equal("E420", finding.GetProperty("code").GetString());
        Assert.Contains("Excel 97–2003 (.xls)", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_refuses_an_unknown_agency_with_exit_2_and_a_suggestion()
    {
        var run = CliRun.Of("tasks", "export", Plan, "--agency", "vhx", "-o", Path.Combine(_dir, "x.xlsx"));
        Assert.Equal(2, run.Exit);
        Assert.Contains("lỗi E432: mã cơ quan \"vhx\" không có trong kế hoạch; có phải ý bạn là \"vhxh\"?", run.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "x.xlsx")));
    }

    private string Export(string agency)
    {
        var path = Path.Combine(_dir, agency + ".xlsx");
        var run = CliRun.Of("tasks", "export", Plan, "--agency", agency, "--date", "2026-03-31", "-o", path);
        Assert.True(run.Exit == 0, run.All);
        return path;
    }

    private static void Edit(string path, params (string, Typed)[] edits) => File.WriteAllBytes(path, SheetEdits.Apply(File.ReadAllBytes(path), edits));

    private static string Describe(RowUpdate r) =>
        $"{r.TaskId}|{r.State.StatusKey}|{r.State.Completed}|{r.State.Result}|{string.Join("/", r.State.Products)}|{r.State.Note}";
}
