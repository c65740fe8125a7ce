namespace Cchc.Diff.Matching;

/// <summary>Which matched pairs kept their order: shared by the diff (moves) and the redline (what stays in place).</summary>
public static class Ordering
{
    /// <summary>
    /// Of pairs (old position, new position), the indexes of the ones outside a longest run that keeps its order
    /// on both sides: the items that were reordered. O(n log n).
    /// </summary>
    public static HashSet<int> OutOfOrder(IReadOnlyList<(int Old, int New)> pairs)
    {
        var kept = LongestInOrderIndexes(pairs);
        return Enumerable.Range(0, pairs.Count).Where(i => !kept.Contains(i)).ToHashSet();
    }

    /// <summary>A longest subsequence of the pairs increasing in both positions, in order. O(n log n).</summary>
    public static List<(int Old, int New)> LongestInOrder(IReadOnlyList<(int Old, int New)> pairs) =>
        [.. LongestInOrderIndexes(pairs).Order().Select(i => pairs[i]).OrderBy(p => p.New)];

    private static HashSet<int> LongestInOrderIndexes(IReadOnlyList<(int Old, int New)> pairs)
    {
        var byNew = Enumerable.Range(0, pairs.Count).OrderBy(i => pairs[i].New).ToArray();
        var tails = new List<int>();
        var previous = new int[byNew.Length];
        for (var k = 0; k < byNew.Length; k++)
        {
            var value = pairs[byNew[k]].Old;
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (pairs[byNew[tails[mid]]].Old < value)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            previous[k] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count)
            {
                tails.Add(k);
            }
            else
            {
                tails[lo] = k;
            }
        }

        var kept = new HashSet<int>();
        for (var k = tails.Count > 0 ? tails[^1] : -1; k >= 0; k = previous[k])
        {
            kept.Add(byNew[k]);
        }

        return kept;
    }
}
