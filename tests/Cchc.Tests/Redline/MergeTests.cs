using Cchc.Model.Documents;
using Cchc.Redline;
using Xunit;

namespace Cchc.Tests.Redline;

/// <summary>The two merges the redline is made of: sequences (blocks, rows, sections) and runs.</summary>
public sealed class MergeTests
{
    [Fact]
    public void Pairs_out_of_order_are_dropped_so_both_sides_read_in_order()
    {
        // Old a b c d, new d a c x: a and c stay paired; d moved (dropped pair), b removed, x added.
        var steps = SequenceMerge.Merge(4, 4, [(0, 1), (2, 2), (3, 0)]);
        Assert.Equal([0, 1, 2, 3], steps.Where(s => s.Old >= 0).Select(s => s.Old));
        Assert.Equal([0, 1, 2, 3], steps.Where(s => s.New >= 0).Select(s => s.New));
        Assert.Equal([(0, 1), (2, 2)], steps.Where(s => s.IsPair).Select(s => (s.Old, s.New)));
    }

    [Fact]
    public void Between_two_kept_pairs_old_items_come_before_new_ones()
    {
        var steps = SequenceMerge.Merge(3, 3, [(0, 0), (2, 2)]);
        Assert.Equal([new Step(0, 0), new Step(1, -1), new Step(-1, 1), new Step(2, 2)], steps);
    }

    [Fact]
    public void With_nothing_paired_everything_old_comes_first()
    {
        Assert.Equal([new Step(0, -1), new Step(1, -1), new Step(-1, 0)], SequenceMerge.Merge(2, 1, []));
        Assert.Empty(SequenceMerge.Merge(0, 0, []));
    }

    [Fact]
    public void Runs_keep_the_new_formatting_for_equal_words_and_the_old_for_deleted_ones()
    {
        Run[] old = [new("a) ", Bold: true), new("Rà soát thủ tục năm 2025")];
        Run[] @new = [new("a) ", Bold: true), new("Rà soát và công bố thủ tục năm 2026", Italic: true)];
        var merged = RunMerge.Merge(old, @new)!;
        Assert.Equal(
            [
                ("a) ", true, false, Revision.None),
                ("Rà soát ", false, true, Revision.None),
                ("và công bố ", false, true, Revision.Inserted),
                ("thủ tục năm ", false, true, Revision.None),
                ("2025", false, false, Revision.Deleted),
                ("2026", false, true, Revision.Inserted),
            ],
            merged.Select(r => (r.Text, r.Bold, r.Italic, r.Revision)));
    }

    [Fact]
    public void Merged_runs_give_back_each_side_and_equal_texts_give_no_runs()
    {
        Run[] old = [new("Một "), new("hai", Bold: true), Run.LineBreak, new("ba bốn")];
        Run[] @new = [new("Một hai"), Run.LineBreak, new("năm bốn sáu")];
        var merged = RunMerge.Merge(old, @new)!;
        Assert.Equal("Một hai\nnăm bốn sáu", string.Concat(merged.Where(r => r.Revision != Revision.Deleted).Select(r => r.Text)));
        Assert.Equal("Một hai\nba bốn", string.Concat(merged.Where(r => r.Revision != Revision.Inserted).Select(r => r.Text)));
        Assert.Null(RunMerge.Merge([new("Cùng chữ")], [new("Cùng "), new("chữ", Bold: true)]));
    }
}
