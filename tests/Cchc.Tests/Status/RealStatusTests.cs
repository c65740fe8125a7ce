using System.Text.Json.Nodes;
using Cchc.Status;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Status;

/// <summary>
/// plans/phuong-hai-duong-2026.status.yaml at the end of quarter I/2026, counted by hand from the plan's deadlines
/// and the file's entries, against what <c>cchc status --format json</c> prints.
/// </summary>
public class RealStatusTests
{
    private const string Plan = "plans/phuong-hai-duong-2026.yaml";

    // By hand: the tasks due by 31/3/2026 are cd-ban-hanh-kh ("Trước ngày 15/01/2026": 14/01), cd-kh-tuyen-truyen,
    // tche-cong-bo-het-hieu-luc and tthc-kh-cai-cach-tthc ("Quý I/2026", "Quý I năm 2026": 31/3).
    private static readonly Dictionary<string, string[]> ByHand = new()
    {
        ["doneOnTime"] = ["cd-kh-tuyen-truyen", "tche-kh-kiem-tra-xu-ly-vb", "bm-sap-xep-kien-toan"],
        ["doneLate"] = ["cd-ban-hanh-kh"], // completed 20/01, due 14/01
        ["doneNoDeadline"] = ["cd-bc-chi-so-cchc"], // "Theo yêu cầu của thành phố"
        ["inProgress"] = ["tccong-tong-kiem-ke-tsc"], // "Tháng 01/2026 đến tháng 5/2026"
        ["overdue"] = ["tche-cong-bo-het-hieu-luc", "tthc-kh-cai-cach-tthc"],
        ["notStarted"] = [],
        ["notYetDue"] = ["cd-hoi-thi-truc-tuyen", "cd-thi-phat-thanh-vien"], // quý III–IV, tháng 11
        ["unknownDeadline"] = ["tche-kh-theo-doi-thi-hanh", "so-tap-huan-ai"],
        ["paused"] = ["cv-thu-hut-nhan-tai", "so-iso-18091"],
        ["cancelled"] = [],
    };

    private static readonly string[] OngoingDeadlines = ["Cả năm 2026", "Cả năm", "Thường xuyên"];

    private static JsonNode Json()
    {
        var run = CliRun.Of("status", Path.Combine(RepoPaths.Root, Plan), "--as-of", "2026-03-31", "--format", "json");
        Assert.True(run.Exit == 0, run.All);
        return JsonNode.Parse(run.Out)!;
    }

    [Fact]
    public void The_counts_at_the_end_of_quarter_one_are_the_hand_count()
    {
        var json = Json();
        var counts = json["counts"]!;
        var tasks = json["tasks"]!.AsArray();
        Assert.Equal(45, (int)counts["total"]!);
        foreach (var (key, ids) in ByHand)
        {
            Assert.Equal(ids.Length, (int)counts[key]!);
            Assert.Equal(ids.Order(), tasks.Where(t => (string)t!["class"]! == key).Select(t => (string)t!["id"]!).Order());
        }

        // Every other task is "Cả năm 2026", "Cả năm" or "Thường xuyên" and not done.
        Assert.Equal(45 - ByHand.Values.Sum(v => v.Length), (int)counts["ongoing"]!);
        Assert.All(tasks.Where(t => (string)t!["class"]! == "ongoing"), t => Assert.Contains((string)t!["deadline"]!, OngoingDeadlines));
        Assert.Equal(31, (int)counts["ongoing"]!);
        Assert.Equal(6.7m, (decimal)counts["percent"]!["doneOnTime"]!);

        // Completion: the 4 due tasks and the 3 done before they were due; 5 of the 7 done.
        var completion = json["completion"]!;
        Assert.Equal((5, 7, 71.4m), ((int)completion["done"]!, (int)completion["counted"]!, (decimal)completion["percent"]!));
        Assert.Equal(
            ["bm-sap-xep-kien-toan", "cd-ban-hanh-kh", "cd-bc-chi-so-cchc", "cd-kh-tuyen-truyen", "tche-cong-bo-het-hieu-luc", "tche-kh-kiem-tra-xu-ly-vb", "tthc-kh-cai-cach-tthc"],
            completion["tasks"]!.AsArray().Select(t => (string)t!["id"]!).Order());

        var overdue = json["overdue"]!.AsArray();
        Assert.Equal(["Văn phòng HĐND&UBND", "Trung tâm phục vụ HCC"], overdue.Select(t => (string)t!["lead"]!));
        Assert.NotNull(overdue[0]!["note"]);
        Assert.Null(overdue[1]!["note"]);
    }

    [Fact]
    public void Per_area_counts_add_up_to_the_plan_and_follow_the_canonical_order()
    {
        var json = Json();
        var areas = json["byArea"]!.AsArray();
        Assert.Equal(["chi_dao", "the_che", "tthc", "bo_may", "cong_vu", "tai_chinh", "so"], areas.Select(a => (string)a!["key"]!));
        Assert.Equal([7, 12, 11, 3, 4, 2, 6], areas.Select(a => (int)a!["counts"]!["total"]!));
        Assert.Equal(["2026-Q1", "2026-Q2", "2026-Q4", "ongoing", "unknown"], json["byQuarter"]!.AsArray().Select(q => (string)q!["key"]!));
        foreach (var key in ByHand.Keys)
        {
            Assert.Equal((int)json["counts"]![key]!, areas.Sum(a => (int)a!["counts"]![key]!));
            Assert.Equal((int)json["counts"]![key]!, json["byQuarter"]!.AsArray().Sum(a => (int)a!["counts"]![key]!));
        }
    }

    [Fact]
    public void The_human_table_is_vietnamese_and_lists_the_overdue_tasks_with_their_leads()
    {
        var run = CliRun.Of("status", Path.Combine(RepoPaths.Root, Plan), "--as-of", "31/03/2026", "--by", "area");
        Assert.Equal(0, run.Exit);
        Assert.Contains("Đã hoàn thành đúng hạn                              3     6,7%", run.Out, StringComparison.Ordinal);
        Assert.Contains("Tỷ lệ hoàn thành: 5/7 nhiệm vụ (71,4%)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Nhiệm vụ quá hạn (2):", run.Out, StringComparison.Ordinal);
        Assert.Contains("tthc-kh-cai-cach-tthc: hạn Quý I năm 2026 (31/03/2026); chủ trì: Trung tâm phục vụ HCC", run.Out, StringComparison.Ordinal);
        Assert.Contains("  Cải cách thể chế (12 nhiệm vụ): ", run.Out, StringComparison.Ordinal);
        Assert.Equal("", run.Err);
    }

    [Fact]
    public void Exit_code_fails_on_the_overdue_task_without_a_note_and_github_annotates_both_at_their_deadline()
    {
        var plan = Path.Combine(RepoPaths.Root, Plan);
        var run = CliRun.Of("status", plan, "--as-of", "2026-03-31", "--format", "github", "--exit-code");
        Assert.Equal(1, run.Exit);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var planLines = File.ReadAllLines(plan);
        var error = Assert.Single(lines, l => l.StartsWith("::error ", StringComparison.Ordinal));
        var warning = Assert.Single(lines, l => l.StartsWith("::warning ", StringComparison.Ordinal));
        Assert.Contains("tthc-kh-cai-cach-tthc quá hạn", error, StringComparison.Ordinal);
        Assert.Contains("tche-cong-bo-het-hieu-luc quá hạn", warning, StringComparison.Ordinal);
        foreach (var (line, deadline) in new[] { (error, "Quý I năm 2026"), (warning, "Quý I/2026") })
        {
            var at = int.Parse(System.Text.RegularExpressions.Regex.Match(line, ",line=([0-9]+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains($"deadline: \"{deadline}\"", planLines[at - 1], StringComparison.Ordinal);
        }

        // Before the quarter ends nothing but cd-ban-hanh-kh was due, and it was done (late): exit 0.
        Assert.Equal(0, CliRun.Of("status", plan, "--as-of", "2026-03-30", "--exit-code").Exit);
    }

    [Fact]
    public void The_markdown_report_has_the_table_and_the_overdue_list()
    {
        var run = CliRun.Of("status", Path.Combine(RepoPaths.Root, Plan), "--as-of", "2026-03-31", "--format", "markdown", "--by", "agency");
        Assert.Equal(0, run.Exit);
        Assert.Contains("| Quá hạn chưa hoàn thành | 2 | 4,4% |", run.Out, StringComparison.Ordinal);
        Assert.Contains("| `tthc-kh-cai-cach-tthc` | Quý I năm 2026 (31/03/2026) | Trung tâm phục vụ HCC | Đang thực hiện | **chưa có ghi chú** |", run.Out, StringComparison.Ordinal);
        Assert.Contains("| Văn phòng HĐND&UBND | 10 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 7 | 1 | 0 | 0 |", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_example_states_what_the_command_prints()
    {
        var json = Json();
        var c = json["counts"]!;
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal);
        var sentence = $"{(int)c["total"]!} tasks, {(int)c["doneOnTime"]!} done on time, {(int)c["doneLate"]!} late, {(int)c["doneNoDeadline"]!} done with an undated deadline, "
            + $"{(int)c["inProgress"]!} in progress, {(int)c["overdue"]!} overdue (one without a note, so `--exit-code` fails), {(int)c["notYetDue"]!} not yet due, "
            + $"{(int)c["ongoing"]!} ongoing, {(int)c["unknownDeadline"]!} with undated deadlines, {(int)c["paused"]!} paused; "
            + $"completion rate {(int)json["completion"]!["done"]!}/{(int)json["completion"]!["counted"]!} (71,4%)";
        Assert.Contains(sentence, readme, StringComparison.Ordinal);
    }
}
