using Cchc.Model;
using Cchc.Status;
using Cchc.Tests.Support;
using Cchc.Yaml;
using Xunit;

namespace Cchc.Tests.Status;

/// <summary>The checks against the plan: ids it has, completion dates in its period, nothing after today.</summary>
public class StatusValidatorTests
{
    private static readonly DateOnly Today = new(2026, 4, 1);

    private static readonly Package Plan = PlanLoader.LoadFile(System.IO.Path.Combine(RepoPaths.Plans, "phuong-hai-duong-2026.yaml"), "plans/phuong-hai-duong-2026.yaml").Package!;

    private static IReadOnlyList<Diagnostic> Check(string tasks, string indicators = "")
    {
        var loaded = StatusLoader.LoadText($"cchc_status: 1\ntasks:\n{tasks}indicators:\n{indicators}", "plans/phuong-hai-duong-2026.status.yaml");
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics.Select(d => d.Message.En)));
        return StatusValidator.Validate(Plan, loaded.File!, Today);
    }

    [Fact]
    public void Every_task_id_of_the_plan_with_a_typo_is_e402_with_the_id_it_meant()
    {
        var ids = PlanItems.Tasks(Plan).Select(t => t.Task.Id).ToList();
        Assert.Equal(45, ids.Count);
        foreach (var id in ids)
        {
            // The typo of each kind: a letter dropped, doubled, and swapped with the next.
            foreach (var typo in new[] { id.Remove(id.Length - 1), id + id[^1], id[..^2] + id[^1] + id[^2] }.Where(t => !ids.Contains(t)))
            {
                var d = Assert.Single(Check($"  {typo}:\n    - {{date: \"2026-03-01\", status: dang_thuc_hien}}\n"));
                Assert.Equal(("E402", 3), (d.Code, d.Span.Line));
                Assert.Contains($"\"{typo}\"", d.Message.Vi, StringComparison.Ordinal);
                Assert.True(d.Message.Vi.Contains($"có phải ý bạn là \"{id}\"", StringComparison.Ordinal), d.Message.Vi);
            }
        }
    }

    [Fact]
    public void An_indicator_id_under_tasks_and_a_task_id_under_indicators_are_told_where_they_belong()
    {
        var found = Check("  ind-par-dti:\n    - {date: \"2026-03-01\", status: dang_thuc_hien}\n", "  cd-ban-hanh-kh:\n    - {date: \"2026-03-01\", value: 1}\n  ind-khong-co:\n    - {date: \"2026-03-01\", value: 1}\n");
        Assert.Contains(found, d => d.Code == "E402" && d.Message.Vi.Contains("ghi nó dưới indicators", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Code == "E403" && d.Message.Vi.Contains("ghi nó dưới tasks", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Code == "E403" && d.Message.Vi.Contains("\"ind-khong-co\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_completion_date_is_within_the_plan_period_and_no_date_is_after_today()
    {
        var days = new[] { new DateOnly(2025, 12, 31), new DateOnly(2026, 1, 1), Today, Today.AddDays(1), new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 1) };
        foreach (var completed in days)
        {
            var date = completed > Today ? completed : Today;
            var found = Check($"  cd-ban-hanh-kh:\n    - {{date: \"{date:yyyy-MM-dd}\", status: hoan_thanh, completed: \"{completed:yyyy-MM-dd}\"}}\n");
            Assert.Equal(completed.Year != 2026, found.Any(d => d.Code == "E406"));
            Assert.Equal(completed > Today ? 2 : 0, found.Count(d => d.Code == "E408"));
        }
    }

    [Fact]
    public void A_status_file_naming_another_plan_is_w401()
    {
        var loaded = StatusLoader.LoadText("cchc_status: 1\nplan: phuong-hai-duong-2025.yaml\n", "x.status.yaml");
        var d = Assert.Single(StatusValidator.Validate(Plan, loaded.File!, Today));
        Assert.Equal(("W401", 2), (d.Code, d.Span.Line));
    }
}
