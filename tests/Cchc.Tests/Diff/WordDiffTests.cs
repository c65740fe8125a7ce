using Cchc.Diff;
using Xunit;

namespace Cchc.Tests.Diff;

public class WordDiffTests
{
    private static string Marked(TextDiff d) => string.Concat(d.Edits.Select(e => e.Op switch
    {
        EditOp.Delete => $"[-{e.Old}-]",
        EditOp.Insert => $"{{+{e.New}+}}",
        EditOp.Shifted => $"<{e.Old}→{e.New}>",
        _ => e.New,
    }));

    [Fact]
    public void Words_and_punctuation_are_separate_tokens()
    {
        var d = WordDiff.Compare("các phòng chuyên môn, đơn vị", "các phòng, cơ quan, đơn vị");
        Assert.Equal("các phòng[- chuyên môn-]{+, cơ quan+}, đơn vị", Marked(d));
        Assert.Equal(ChangeKind.Modified, d.Kind);
    }

    [Fact]
    public void A_decomposed_text_equals_its_composed_form()
    {
        // "Thủ tục hành chính" typed with combining marks (Unicode tổ hợp): u + ̉ , u + ̣ , a + ̀
        var decomposed = "Thu\u0309 tu\u0323c ha\u0300nh chi\u0301nh";
        var d = WordDiff.Compare("Thủ tục hành chính", decomposed);
        Assert.Equal(ChangeKind.Unchanged, d.Kind);
        Assert.Equal(decomposed, string.Concat(d.Edits.Select(e => e.New)));
    }

    [Fact]
    public void Tone_placement_is_a_change_in_the_diff()
    {
        var d = WordDiff.Compare("số hoá thủ tục", "số hóa thủ tục");
        Assert.Equal("số [-hoá-]{+hóa+} thủ tục", Marked(d));
    }

    [Fact]
    public void Years_moved_by_the_shift_are_shifted_and_others_are_changes()
    {
        Assert.Equal("năm <2025→2026> của phường", Marked(WordDiff.Compare("năm 2025 của phường", "năm 2026 của phường", 1)));
        Assert.Equal(ChangeKind.Shifted, WordDiff.Compare("Quý I/2025", "Quý I/2026", 1).Kind);
        Assert.Equal("năm [-2025-]{+2027+}", Marked(WordDiff.Compare("năm 2025", "năm 2027", 1)));
        Assert.Equal("năm [-2025-]{+2026+}", Marked(WordDiff.Compare("năm 2025", "năm 2026", 0)));
        Assert.Equal("ISO 9001:2015", Marked(WordDiff.Compare("ISO 9001:2015", "ISO 9001:2015", 1)));
    }

    [Fact]
    public void A_whitespace_gap_between_two_changes_joins_them()
    {
        Assert.Equal("Ban hành [-quy định mới-]{+kế hoạch năm+}.", Marked(WordDiff.Compare("Ban hành quy định mới.", "Ban hành kế hoạch năm.")));
    }

    [Theory]
    [InlineData("", "Thêm mới hoàn toàn")]
    [InlineData("Bỏ hết", "")]
    [InlineData("Đảm bảo tiến độ, chất lượng.", "Bảo đảm chất lượng, tiến độ!")]
    [InlineData("a  b\n c", "a b c")]
    public void The_edit_script_rebuilds_both_texts(string oldText, string newText)
    {
        var d = WordDiff.Compare(oldText, newText, 1);
        Assert.Equal(oldText, string.Concat(d.Edits.Where(e => e.Op != EditOp.Insert).Select(e => e.Old)));
        Assert.Equal(newText, string.Concat(d.Edits.Where(e => e.Op != EditOp.Delete).Select(e => e.New)));
    }
}

/// <summary>Long paragraphs (past the table's size) go through the O(ND) diff or, past its budget, a whole replacement.</summary>
public class LongParagraphDiffTests
{
    private static readonly string[] Words = "cải cách hành chính nhà nước phường thủ tục người dân doanh nghiệp chính quyền số công vụ".Split(' ');

    private static string Text(Random random, int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));

    private static void AssertRebuilds(TextDiff d, string oldText, string newText)
    {
        Assert.Equal(oldText, string.Concat(d.Edits.Where(e => e.Op != EditOp.Insert).Select(e => e.Old)));
        Assert.Equal(newText, string.Concat(d.Edits.Where(e => e.Op != EditOp.Delete).Select(e => e.New)));
    }

    private static int Kept(TextDiff d) => d.Edits.Where(e => e.Op is EditOp.Equal or EditOp.Shifted).Sum(e => e.Old.Length);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Near_identical_long_paragraphs_keep_all_but_the_edited_words(int seed)
    {
        var random = new Random(seed);
        var words = Text(random, 3_000 + random.Next(5_000)).Split(' ');
        var edited = words.Select((w, i) => random.Next(200) == 0 ? "mới" : w).ToList();
        edited.Insert(random.Next(edited.Count), "thêm");
        var (oldText, newText) = (string.Join(' ', words), string.Join(' ', edited));
        var d = WordDiff.Compare(oldText, newText);
        AssertRebuilds(d, oldText, newText);
        var changed = d.Edits.Where(e => e.Op == EditOp.Delete).Sum(e => e.Old.Length);
        Assert.True(changed < oldText.Length / 20, $"{changed} of {oldText.Length} characters reported deleted");
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void Unrelated_long_paragraphs_rebuild_both_sides(int seed)
    {
        var random = new Random(seed);
        var (oldText, newText) = (Text(random, 2_500), Text(random, 2_600));
        var d = WordDiff.Compare(oldText, newText);
        AssertRebuilds(d, oldText, newText);
        Assert.Equal(ChangeKind.Modified, d.Kind);
    }

    [Fact]
    public void A_200k_word_pair_is_a_correct_diff_or_one_paragraph_level_change()
    {
        var random = new Random(200_000);
        var oldText = Text(random, 200_000);
        var newText = Text(random, 200_000);
        var d = WordDiff.Compare(oldText, newText);
        AssertRebuilds(d, oldText, newText);
        var whole = d.Edits.Count == 2 && d.Edits[0].Op == EditOp.Delete && d.Edits[1].Op == EditOp.Insert;
        Assert.True(whole || Kept(d) > 0, "neither a diff nor a paragraph-level change");
    }
}
