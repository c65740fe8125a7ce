using System.Text;
using Cchc.Cli;
using Cchc.Diff;
using Xunit;
using static Cchc.Tests.Diff.DiffFixtures;
using static Cchc.Tests.Support.PlanYaml;

namespace Cchc.Tests.Diff;

public sealed class NextYearTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-next-year-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Copy(string plan, string? name = null)
    {
        var target = Path.Combine(_dir, name ?? plan);
        File.Copy(RealPlan(plan), target);
        return target;
    }

    [Fact]
    public void The_2025_plan_rolls_to_2026_touching_only_the_edited_scalars()
    {
        var input = Copy("phuong-hai-duong-2025.yaml");
        var (exit, output, err) = Run("next-year", input);
        Assert.True(exit == ExitCodes.Ok, err);
        var result = Path.Combine(_dir, "phuong-hai-duong-2026.yaml");
        Assert.Contains($"Đã tạo {result}", output, StringComparison.Ordinal);

        var before = File.ReadAllLines(input);
        var after = File.ReadAllLines(result);
        Assert.Equal(before.Length, after.Length);
        var changed = Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]).ToList();
        Assert.Equal(
            ["  date: null", "  title: \"Ban hành Kế hoạch Cải cách hành chính nhà nước phường Hải Dương năm 2026\"",
             "  title: \"Cải cách hành chính nhà nước phường Hải Dương năm 2026\"", "  period: \"2026\""],
            changed.Select(i => after[i]));
        Assert.All(changed, i => Assert.Equal(after[i], before[i].Replace("\"2025-07\"", "null").Replace("2025", "2026")));
        Assert.Equal(before.Count(l => l.TrimStart().StartsWith('#')), after.Count(l => l.TrimStart().StartsWith('#')));

        Assert.Equal(ExitCodes.Ok, Run("validate", result).Exit);
    }

    [Fact]
    public void Diff_of_input_and_output_shows_only_the_intended_changes()
    {
        var input = Copy("phuong-hai-duong-2025.yaml");
        var output = Path.Combine(_dir, "out.yaml");
        Assert.Equal(ExitCodes.Ok, Run("next-year", input, "-o", output).Exit);

        var d = PlanDiffer.Compare(Load(input), Load(output));
        Assert.Equal(
            [("plan.title", ChangeKind.Shifted), ("plan.period", ChangeKind.Shifted), ("decision.title", ChangeKind.Shifted), ("decision.date", ChangeKind.Modified)],
            d.Document.Where(f => f.Kind != ChangeKind.Unchanged).Select(f => (f.Field, f.Kind)));
        var s = d.Summary;
        Assert.False(s.Tasks.Any || s.Indicators.Any || s.Sections.Any || s.Paragraphs.Any || s.Groups.Any || s.Agencies.Any);
    }

    [Fact]
    public void The_2026_plan_rolls_deadlines_and_flags_one_off_dates()
    {
        var input = Copy("phuong-hai-duong-2026.yaml");
        var (exit, output, err) = Run("next-year", input, "--to", "2027");
        Assert.True(exit == ExitCodes.Ok, err);
        var result = Path.Combine(_dir, "phuong-hai-duong-2027.yaml");

        var d = PlanDiffer.Compare(Load(input), Load(result));
        Assert.Equal(30, d.Summary.Tasks.Shifted);
        Assert.Equal(15, d.Summary.Tasks.Unchanged); // conditional deadlines and "Cả năm" / "Thường xuyên" stay as written
        Assert.Equal(0, d.Summary.Tasks.Modified);
        Assert.Equal("Theo yêu cầu của thành phố", d.Tasks.Single(t => t.Id == "cd-bc-chi-so-cchc").New!.Deadline.Text);
        Assert.Equal("Trước ngày 15/01/2027", d.Tasks.Single(t => t.Id == "cd-ban-hanh-kh").New!.Deadline.Text);
        Assert.Contains(d.Document, f => f.Field == "appendices.title" && f.Kind == ChangeKind.Shifted);

        var review = output[output.IndexOf("Cần người xem lại", StringComparison.Ordinal)..];
        Assert.Contains("thời hạn nhiệm vụ tccong-tong-kiem-ke-tsc", review, StringComparison.Ordinal);
        Assert.Contains("thời hạn nhiệm vụ cd-thi-phat-thanh-vien", review, StringComparison.Ordinal);
        Assert.DoesNotContain("cd-ban-hanh-kh", review, StringComparison.Ordinal);
        Assert.Contains("căn cứ Quyết định 463 (năm 2025)", review, StringComparison.Ordinal);
        Assert.Contains("mục tiêu so với năm 2025", review, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_output_is_kept_unless_forced()
    {
        var input = Copy("phuong-hai-duong-2025.yaml");
        var existing = Path.Combine(_dir, "phuong-hai-duong-2026.yaml");
        File.WriteAllText(existing, "giữ nguyên");

        var (exit, _, err) = Run("next-year", input);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--force", err, StringComparison.Ordinal);
        Assert.Equal("giữ nguyên", File.ReadAllText(existing));

        Assert.Equal(ExitCodes.Ok, Run("next-year", input, "--force").Exit);
        Assert.Contains("period: \"2026\"", File.ReadAllText(existing), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void A_name_without_the_year_gets_the_year_appended()
    {
        var input = Copy("phuong-hai-duong-2025.yaml", "ke-hoach.yaml");
        Assert.Equal(ExitCodes.Ok, Run("next-year", input).Exit);
        Assert.True(File.Exists(Path.Combine(_dir, "ke-hoach-2026.yaml")));
    }

    [Fact]
    public void A_bom_and_crlf_line_ends_are_kept()
    {
        var input = Path.Combine(_dir, "crlf-2025.yaml");
        var text = File.ReadAllText(RealPlan("phuong-hai-duong-2025.yaml")).Replace("\n", "\r\n", StringComparison.Ordinal);
        File.WriteAllBytes(input, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        Assert.Equal(ExitCodes.Ok, Run("next-year", input).Exit);

        var bytes = File.ReadAllBytes(Path.Combine(_dir, "crlf-2026.yaml"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var result = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Equal(text.Replace("period: \"2025\"", "period: \"2026\"", StringComparison.Ordinal)
            .Replace("phường Hải Dương năm 2025\"", "phường Hải Dương năm 2026\"", StringComparison.Ordinal)
            .Replace("date: \"2025-07\"", "date: null", StringComparison.Ordinal), result);
    }

    [Fact]
    public void A_folded_title_is_edited_on_its_content_lines_and_a_comment_after_it_is_not()
    {
        var yaml = Plan(2026, Group("chi_dao", Task("cd-a", "Ban hành kế hoạch", "vhxh", "Quý I/2026")))
            .Replace("  title: \"Cải cách hành chính năm 2026\"\n",
                "  title: >-\n    Cải cách hành chính\n    năm 2026\n  # ghi chú: bản năm 2026, số 2026 giữ nguyên\n", StringComparison.Ordinal);
        var input = Path.Combine(_dir, "folded-2026.yaml");
        File.WriteAllText(input, yaml);
        var (exit, _, err) = Run("next-year", input);
        Assert.True(exit == ExitCodes.Ok, err);

        var result = File.ReadAllText(Path.Combine(_dir, "folded-2027.yaml"));
        Assert.Contains("  title: >-\n    Cải cách hành chính\n    năm 2027\n  # ghi chú: bản năm 2026, số 2026 giữ nguyên\n", result, StringComparison.Ordinal);
        Assert.Contains("deadline: \"Quý I/2027\"", result, StringComparison.Ordinal);
        Assert.Contains("  number: null\n  date: null\n", result, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_or_invalid_plan_exits_2()
    {
        Assert.Equal(ExitCodes.Usage, Run("next-year", Path.Combine(_dir, "khong-co.yaml")).Exit);
        var broken = Path.Combine(_dir, "broken.yaml");
        File.WriteAllText(broken, "cchc: 1\nplan: {}\n");
        var (exit, _, err) = Run("next-year", broken);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("lỗi E001", err, StringComparison.Ordinal);
    }
}
