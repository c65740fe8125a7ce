using Cchc.Diff;
using Cchc.Model;
using Xunit;
using static Cchc.Tests.Diff.DiffFixtures;

namespace Cchc.Tests.Diff;

/// <summary>
/// phường Hải Dương 2025 (seed 000) → 2026 (seed 002), seed-facts X-03. Counts checked by hand against the two
/// YAML files:
/// - Tasks: 2025 has no appendix, 2026 has 45 rows (TT 1–45) → +45, nothing else.
/// - Indicators: the same 7 ids on both sides, every text edited (đảm bảo→bảo đảm at least; par-dti, thu-ngan-sach,
///   kiem-tra, hs-tthc-theo-doi, hai-long rewritten or extended) → 7 modified, none moved (their section moved as a whole).
/// - Sections: 2025 has 20 nodes, 2026 has 19. Removed: "Yêu cầu:" and "Nhiệm vụ, giải pháp chủ yếu" (its 7 area
///   sections move up one level under II, same titles). Added: i) Ban chỉ đạo KHCN-ĐMST-CĐS-ĐA06. Retitled (10):
///   Mục đích → Mục đích, yêu cầu; II; KINH PHÍ(:); Trách nhiệm chung(:); Phân công…; VP; TT PVHCC; TT sự nghiệp
///   công (and label e→h); the phòng-được-giao section (g→e); MTTQ (h→j). Moved (2): the indicators section
///   (II.1 → I.2) and the phòng-được-giao section (now before TT sự nghiệp công).
/// - Paragraphs: 60 in 2025, 57 in 2026 (indicators with ids are not paragraphs). 33 pairs: 9 identical (the 8 of
///   X-03 plus "(Danh mục nhiệm vụ … Phụ lục …)"), 2 equal after the year shift (X-03: funding, 000:68/002:57),
///   22 edited (chỉ đạo b–e, thể chế d, TTHC a/d/e, số a and ISO, closing, trách nhiệm chung b/c, VHXH a and DTI,
///   VP a–c, KTHT a–c, phòng được giao). So 27 removed, 24 added; 5 moved (Đáp ứng…, Tạo sự thống nhất…, the
///   Phụ lục line, and VP's two bullets now under TT dịch vụ sự nghiệp công).
/// </summary>
public class RealPlanPairTests
{
    private static readonly Lazy<PlanDiff> Pair = new(() =>
        PlanDiffer.Compare(Load(RealPlan("phuong-hai-duong-2025.yaml")), Load(RealPlan("phuong-hai-duong-2026.yaml"))));

    private static PlanDiff D => Pair.Value;

    [Fact]
    public void Counts_match_the_hand_check()
    {
        var s = D.Summary;
        Assert.Equal(1, D.YearShift);
        Assert.Equal(new ItemCounts(45, 0, 0, 0, 0, 0, 0, 0), s.Tasks);
        Assert.Equal(new ItemCounts(0, 0, 7, 0, 0, 0, 0, 0), s.Indicators);
        Assert.Equal((1, 2, 10, 2), (s.Sections.Added, s.Sections.Removed, s.Sections.Modified, s.Sections.Moved));
        Assert.Equal((24, 27, 22, 2, 9, 5), (s.Paragraphs.Added, s.Paragraphs.Removed, s.Paragraphs.Modified, s.Paragraphs.Shifted, s.Paragraphs.Unchanged, s.Paragraphs.Moved));
        Assert.StartsWith("Thêm 45 nhiệm vụ, bỏ 0, sửa 0. Chỉ tiêu: sửa 7.", s.Text);
    }

    [Fact]
    public void The_seven_area_titles_are_identical_and_not_moved()
    {
        var areas = D.Sections.Where(c => c.New?.Area is not null).ToList();
        Assert.Equal(Areas.Canonical.Select(a => a.Key), areas.Select(c => c.New!.Area));
        Assert.All(areas, c =>
        {
            Assert.Equal(ChangeKind.Unchanged, c.Kind);
            Assert.False(c.Moved);
            Assert.Equal(c.Old!.Title, c.New!.Title);
        });
    }

    [Theory]
    [InlineData("Đáp ứng yêu cầu phục vụ, nâng cao mức độ hài lòng", true)] // 000:62 ≡ 002:55
    [InlineData("Chỉ đạo, điều hành tổ chức thực hiện đồng bộ", false)] // 000:120 ≡ 002:81
    [InlineData("Nâng cao chất lượng công tác xây dựng văn bản quy phạm pháp luật", false)] // 000:159 ≡ 002:95
    [InlineData("Chủ động rà soát, kiểm tra văn bản quy phạm pháp luật", false)] // 000:169 ≡ 002:99
    [InlineData("Rà soát, thống kê và đề xuất phương án đơn giản hóa", false)] // 000:199 ≡ 002:107
    [InlineData("Đổi mới nội dung, phương pháp đào tạo, bồi dưỡng", false)] // 000:272 ≡ 002:137
    [InlineData("Đổi mới, nâng cao chất lượng chuyên mục, chuyên trang", true)] // 000:465 ≡ 002:219
    [InlineData("Kịp thời đưa các tin, bài, ý kiến của người dân", true)] // 000:471 ≡ 002:221
    public void X03_identical_paragraphs(string start, bool moved)
    {
        var p = Assert.Single(D.Paragraphs, p => p.New?.Text.StartsWith(start, StringComparison.Ordinal) == true);
        Assert.Equal(ChangeKind.Unchanged, p.Kind);
        Assert.Equal(moved, p.Moved);
    }

    [Theory]
    [InlineData("Kinh phí thực hiện Kế hoạch được bố trí")] // B-05 vs K-07
    [InlineData("Tạo sự thống nhất trong nhận thức và hành động")] // 000:68 vs 002:57
    public void X03_unchanged_after_the_year_shift(string start)
    {
        var p = Assert.Single(D.Paragraphs, p => p.New?.Text.StartsWith(start, StringComparison.Ordinal) == true);
        Assert.Equal(ChangeKind.Shifted, p.Kind);
        var shift = Assert.Single(p.Text.Edits, e => e.Op == EditOp.Shifted);
        Assert.Equal(("2025", "2026"), (shift.Old, shift.New));
        Assert.DoesNotContain(p.Text.Edits, e => e.Op is EditOp.Delete or EditOp.Insert);
    }

    [Fact]
    public void X03_the_reporting_clause_changed()
    {
        var p = Assert.Single(D.Paragraphs, p => p.Old?.Text.Contains("gửi trước ngày 10 của tháng cuối quý", StringComparison.Ordinal) == true);
        Assert.Equal(ChangeKind.Modified, p.Kind);
        Assert.Contains("báo cáo năm gửi trước ngày 09/12", p.New!.Text, StringComparison.Ordinal);
        Assert.Contains(p.Text.Edits, e => e.Op == EditOp.Delete && e.Old.Contains("10 của", StringComparison.Ordinal));
    }

    [Fact]
    public void X03_indicator_7_became_f()
    {
        var i = Assert.Single(D.Indicators, i => i.Id == "ind-hai-long");
        Assert.Equal(ChangeKind.Modified, i.Kind);
        Assert.False(i.SuspectedReuse);
        Assert.Contains(i.Fields, f => f.Field == "text" && f.Text!.Edits.Any(e => e.Op == EditOp.Delete && e.Old.Contains("90% trở lên", StringComparison.Ordinal)));
        Assert.Contains(i.Fields, f => f.Field == "label" && f.Kind == ChangeKind.Modified && f.Text!.New == "f)");
        Assert.Equal(2, i.Fields.Single(f => f.Field == "targets").Lines!.Count(l => l.Kind == ChangeKind.Added));
    }

    [Fact]
    public void X03_public_finance_was_rewritten_five_items_to_two()
    {
        var inSection = D.Paragraphs.Where(p => (p.New ?? p.Old) is not null
            && ((p.NewSection ?? p.OldSection)?.Area == "tai_chinh")).ToList();
        Assert.Equal(5, inSection.Count(p => p.Kind == ChangeKind.Removed));
        Assert.Equal(2, inSection.Count(p => p.Kind == ChangeKind.Added));
        Assert.Equal(7, inSection.Count);
    }

    [Fact]
    public void The_indicators_section_moved_from_II_to_I()
    {
        var s = Assert.Single(D.Sections, s => s.New?.Role == NodeRole.Indicators);
        Assert.True(s.Moved);
        Assert.False(s.Reordered);
        Assert.StartsWith("CHỈ TIÊU, NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", s.OldPath, StringComparison.Ordinal);
        Assert.StartsWith("MỤC ĐÍCH, YÊU CẦU", s.NewPath, StringComparison.Ordinal);
        Assert.All(D.Indicators, i => Assert.False(i.Moved));
    }

    [Fact]
    public void Every_edit_script_rebuilds_both_texts()
    {
        var diffs = D.Paragraphs.Select(p => p.Text)
            .Concat(D.Indicators.SelectMany(i => i.Fields).Concat(D.Document).Concat(D.Sections.SelectMany(s => s.Fields))
                .SelectMany(f => f.Text is null ? f.Lines!.Select(l => l.Text) : [f.Text]));
        Assert.All(diffs, t =>
        {
            Assert.Equal(t.Old, string.Concat(t.Edits.Where(e => e.Op != EditOp.Insert).Select(e => e.Old)));
            Assert.Equal(t.New, string.Concat(t.Edits.Where(e => e.Op != EditOp.Delete).Select(e => e.New)));
        });
    }
}
