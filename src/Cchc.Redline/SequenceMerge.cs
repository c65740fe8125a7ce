namespace Cchc.Redline;

/// <summary>One place of a merged sequence: an old item, a new item, or the two paired (-1 where absent).</summary>
internal readonly record struct Step(int Old, int New)
{
    public bool IsPair => Old >= 0 && New >= 0;
}

/// <summary>
/// Lays two sequences out as one, the way a redline reads: pairs kept in place must keep their order on both
/// sides, so of the candidate pairs only a longest run ordered on both sides is kept; the others (moved
/// items) become a deletion at the old place and an insertion at the new one. Between two kept pairs the
/// old items come first, then the new ones: dropping the new items gives the old sequence and dropping
/// the old items gives the new one.
/// </summary>
internal static class SequenceMerge
{
    public static List<Step> Merge(int oldCount, int newCount, IReadOnlyList<(int Old, int New)> pairs)
    {
        var result = new List<Step>(oldCount + newCount);
        int i = 0, j = 0;
        foreach (var (o, n) in LongestInOrder(pairs).Append((oldCount, newCount)))
        {
            for (; i < o; i++)
            {
                result.Add(new Step(i, -1));
            }

            for (; j < n; j++)
            {
                result.Add(new Step(-1, j));
            }

            if (o < oldCount)
            {
                result.Add(new Step(o, n));
                (i, j) = (o + 1, n + 1);
            }
        }

        return result;
    }

    /// <summary>A longest subsequence of the pairs increasing in both indices, in order. O(n log n).</summary>
    internal static List<(int Old, int New)> LongestInOrder(IReadOnlyList<(int Old, int New)> pairs) =>
        Cchc.Diff.Matching.Ordering.LongestInOrder(pairs);
}
