using Cchc.Cli;
using Cchc.Diff;
using Xunit;
using static Cchc.Tests.Diff.DiffFixtures;
using static Cchc.Tests.Support.PlanYaml;

namespace Cchc.Tests.Diff;

public class DiffEdgeCaseTests
{
    private static readonly string Base = Plan(2026,
        Group("chi_dao", Task("cd-a", "Ban hành Kế hoạch cải cách hành chính năm 2026", "vhxh", "Trước ngày 15/01/2026"),
            Task("cd-b", "Tổ chức tự kiểm tra công tác cải cách hành chính tại các đơn vị", "vhxh", "Cả năm 2026"))
        + Group("tthc", Task("tthc-a", "Công khai thủ tục hành chính trên Cổng Dịch vụ công quốc gia", "vp", "Thường xuyên")));

    [Fact]
    public void Identical_plans_have_no_differences_and_exit_0_with_exit_code()
    {
        var d = Compare(Base, Base);
        Assert.False(d.HasDifferences);
        Assert.Equal("Hai kế hoạch không có khác biệt.", d.Summary.Text);
        Assert.Equal(3, d.Summary.Tasks.Unchanged);

        var (exit, output, _) = Run("diff", "--exit-code", RealPlan("phuong-hai-duong-2026.yaml"), RealPlan("phuong-hai-duong-2026.yaml"));
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("Hai kế hoạch không có khác biệt.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_plans_exit_1_with_exit_code_and_0_without()
    {
        var a = RealPlan("phuong-hai-duong-2025.yaml");
        var b = RealPlan("phuong-hai-duong-2026.yaml");
        Assert.Equal(ExitCodes.Findings, Run("diff", "--exit-code", a, b).Exit);
        Assert.Equal(ExitCodes.Ok, Run("diff", a, b).Exit);
    }

    [Fact]
    public void A_missing_file_or_an_invalid_plan_exits_2_with_Vietnamese_diagnostics()
    {
        var (exit, _, err) = Run("diff", "khong-co.yaml", RealPlan("phuong-hai-duong-2026.yaml"));
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("E201", err, StringComparison.Ordinal);
        Assert.Contains("không tìm thấy tệp", err, StringComparison.Ordinal);

        var broken = Path.Combine(Path.GetTempPath(), $"cchc-broken-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(broken, Base.Replace("\"Thường xuyên\"", "\"Quí I/2026\"", StringComparison.Ordinal));
        try
        {
            (exit, _, err) = Run("diff", RealPlan("phuong-hai-duong-2026.yaml"), broken);
            Assert.Equal(ExitCodes.Usage, exit);
            Assert.Contains("lỗi E006", err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public void Empty_plans_compare_equal_and_a_missing_side_adds_everything()
    {
        var empty = Plan(2026, "      - area: chi_dao\n        tasks: []\n");
        Assert.False(Compare(empty, empty).HasDifferences);

        var d = PlanDiffer.Compare(null, Parse(Base));
        Assert.Equal(3, d.Summary.Tasks.Added);
        Assert.All(d.Paragraphs, p => Assert.Equal(ChangeKind.Added, p.Kind));
        Assert.Equal(0, d.YearShift);
        Assert.Equal(3, PlanDiffer.Compare(Parse(Base), null).Summary.Tasks.Removed);
    }

    [Fact]
    public void Reordered_groups_are_moves_of_groups_not_of_tasks()
    {
        var swapped = Plan(2026,
            Group("tthc", Task("tthc-a", "Công khai thủ tục hành chính trên Cổng Dịch vụ công quốc gia", "vp", "Thường xuyên"))
            + Group("chi_dao", Task("cd-a", "Ban hành Kế hoạch cải cách hành chính năm 2026", "vhxh", "Trước ngày 15/01/2026"),
                Task("cd-b", "Tổ chức tự kiểm tra công tác cải cách hành chính tại các đơn vị", "vhxh", "Cả năm 2026")));
        var d = PlanDiffer.Compare(Parse(Base), DiffFixtures.Parse(swapped));
        Assert.Equal(1, d.Summary.Groups.Moved);
        Assert.Equal(3, d.Summary.Tasks.Unchanged);
        Assert.Equal(0, d.Summary.Tasks.Moved);
        Assert.True(d.HasDifferences);
    }

    [Fact]
    public void A_task_moved_to_another_group_is_a_move()
    {
        var moved = Plan(2026,
            Group("chi_dao", Task("cd-a", "Ban hành Kế hoạch cải cách hành chính năm 2026", "vhxh", "Trước ngày 15/01/2026"))
            + Group("tthc", Task("cd-b", "Tổ chức tự kiểm tra công tác cải cách hành chính tại các đơn vị", "vhxh", "Cả năm 2026"),
                Task("tthc-a", "Công khai thủ tục hành chính trên Cổng Dịch vụ công quốc gia", "vp", "Thường xuyên")));
        var t = Assert.Single(Compare(Base, moved).Tasks, t => t.Id == "cd-b");
        Assert.True(t.Moved);
        Assert.Equal(("chi_dao", "tthc"), (t.OldArea, t.NewArea));
        Assert.Equal(ChangeKind.Unchanged, t.Kind);
    }

    [Fact]
    public void An_id_reused_for_different_work_is_a_flagged_change()
    {
        var reused = Base.Replace("Tổ chức tự kiểm tra công tác cải cách hành chính tại các đơn vị", "Mua sắm bàn ghế cho hội trường phường", StringComparison.Ordinal);
        var d = Compare(Base, reused);
        var t = Assert.Single(d.Tasks, t => t.Id == "cd-b");
        Assert.Equal(ChangeKind.Modified, t.Kind);
        Assert.True(t.SuspectedReuse);
        Assert.True(t.Similarity < 0.35);
        Assert.Equal(1, d.Summary.Tasks.SuspectedReuse);
        Assert.Contains("trùng mã nhưng khác việc 1", d.Summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_renamed_id_with_the_same_work_is_proposed_as_probably_the_same()
    {
        var renamed = Base.Replace("id: cd-b,", "id: cd-tu-kiem-tra,", StringComparison.Ordinal)
            .Replace("tại các đơn vị\"", "tại 100% các đơn vị\"", StringComparison.Ordinal);
        var d = Compare(Base, renamed);
        var t = Assert.Single(d.Tasks, t => t.ProbablyRenamed);
        Assert.Equal(("cd-b", "cd-tu-kiem-tra"), (t.Old!.Id, t.New!.Id));
        Assert.Equal(0, d.Summary.Tasks.Added);
        Assert.Equal(0, d.Summary.Tasks.Removed);
        Assert.Contains("có thể đổi mã 1", d.Summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unrelated_new_work_under_a_new_id_is_an_add_and_a_remove()
    {
        var other = Base.Replace("id: cd-b,", "id: cd-c,", StringComparison.Ordinal)
            .Replace("Tổ chức tự kiểm tra công tác cải cách hành chính tại các đơn vị", "Mua sắm bàn ghế cho hội trường phường", StringComparison.Ordinal);
        var d = Compare(Base, other);
        Assert.Equal((1, 1, 0), (d.Summary.Tasks.Added, d.Summary.Tasks.Removed, d.Summary.Tasks.Renamed));
    }

    [Fact]
    public void Deadlines_are_compared_after_the_year_shift()
    {
        var next = Plan(2027,
            Group("chi_dao", Task("cd-a", "Ban hành Kế hoạch cải cách hành chính năm 2027", "vhxh", "Trước ngày 15/01/2027"),
                Task("cd-b", "Tổ chức tự kiểm tra công tác cải cách hành chính tại các đơn vị", "vhxh", "Cả năm"))
            + Group("tthc", Task("tthc-a", "Công khai thủ tục hành chính trên Cổng Dịch vụ công quốc gia", "vp", "Quý II/2027")));
        var d = Compare(Base, next);
        Assert.Equal(1, d.YearShift);
        Assert.Equal(ChangeKind.Shifted, d.Tasks.Single(t => t.Id == "cd-a").Kind);

        // "Cả năm 2026" → "Cả năm" in a 2027 plan: the same interval, written differently: shown, not counted as a new deadline.
        var reworded = d.Tasks.Single(t => t.Id == "cd-b").Fields.Single(f => f.Field == "deadline");
        Assert.Equal(("cùng nghĩa", ChangeKind.Modified), (reworded.Note, reworded.Kind));
        Assert.Equal(1, d.Summary.TaskFields.Deadline);
        Assert.Contains("đổi thời hạn 1", d.Summary.Text, StringComparison.Ordinal);
        Assert.Contains("chỉ đổi năm 1", d.Summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lead_changes_are_counted_and_shown_by_name()
    {
        var d = Compare(Base, Base.Replace("lead: vp,", "lead: ktht,", StringComparison.Ordinal));
        var lead = d.Tasks.Single(t => t.Id == "tthc-a").Fields.Single(f => f.Field == "lead");
        Assert.Equal(ChangeKind.Modified, lead.Kind);
        Assert.Equal(("Văn phòng", "Phòng KTHT"), (lead.Text!.Old, lead.Text.New));
        Assert.Contains("sửa 1 (đổi cơ quan chủ trì 1)", d.Summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Tone_placement_pairs_paragraphs_but_is_still_shown_as_a_change()
    {
        var old = Base.Replace("Nâng cao chất lượng cải cách hành chính năm 2026.", "Đẩy mạnh số hoá thủ tục hành chính.", StringComparison.Ordinal);
        var neu = Base.Replace("Nâng cao chất lượng cải cách hành chính năm 2026.", "Đẩy mạnh số hóa thủ tục hành chính.", StringComparison.Ordinal);
        var p = Assert.Single(Compare(old, neu).Paragraphs, p => p.Kind != ChangeKind.Unchanged);
        Assert.Equal(ChangeKind.Modified, p.Kind);
        Assert.NotNull(p.Old);
        Assert.NotNull(p.New);
        Assert.Contains(p.Text.Edits, e => e.Op == EditOp.Delete && e.Old == "hoá");
    }

    [Fact]
    public void Reordered_sections_are_reported_as_reordered_not_as_edits()
    {
        const string funding = "    - title: \"KINH PHÍ\"\n      role: funding\n      content: [\"Kinh phí bố trí trong dự toán.\"]\n";
        var withoutFunding = Base.Replace(funding, "", StringComparison.Ordinal);
        Assert.NotEqual(Base, withoutFunding);
        var reordered = withoutFunding.Replace("  body:\n", "  body:\n" + funding, StringComparison.Ordinal);

        var d = Compare(Base, reordered);
        var moved = Assert.Single(d.Sections, s => s.Moved);
        Assert.True(moved.Reordered);
        Assert.Equal(0, d.Summary.Sections.Modified);
        Assert.Equal(0, d.Summary.Paragraphs.Moved);
        Assert.Contains("Mục: chuyển chỗ 1", d.Summary.Text, StringComparison.Ordinal);
    }
}
