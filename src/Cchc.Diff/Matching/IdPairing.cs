namespace Cchc.Diff.Matching;

/// <summary>For each new item, its old partner's index or -1; whether that pairing was by content; which old items were taken.</summary>
internal sealed record IdPairs(int[] Partner, bool[] Renamed, bool[] Taken);

/// <summary>
/// Tasks and indicators: paired by id first; the ids found on one side only are then paired by content
/// ("có thể là": probably the same item under a new id) when alike enough.
/// </summary>
internal static class IdPairing
{
    public static IdPairs Pair<T>(IReadOnlyList<T> olds, IReadOnlyList<T> news, Func<T, string> id,
        Func<T, int[]> oldWords, Func<T, int[]> newWords, double threshold, Func<T, T, bool>? sameGroup = null)
    {
        var partner = Enumerable.Repeat(-1, news.Count).ToArray();
        var renamed = new bool[news.Count];
        var taken = new bool[olds.Count];
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < olds.Count; i++)
        {
            byId.TryAdd(id(olds[i]), i);
        }

        for (var j = 0; j < news.Count; j++)
        {
            if (byId.TryGetValue(id(news[j]), out var i) && !taken[i])
            {
                partner[j] = i;
                taken[i] = true;
            }
        }

        var freeOld = Enumerable.Range(0, olds.Count).Where(i => !taken[i]).ToList();
        var freeNew = Enumerable.Range(0, news.Count).Where(j => partner[j] < 0).ToList();
        var pairs = SimilarityMatcher.Pair(freeOld.Select(i => oldWords(olds[i])).ToList(), freeNew.Select(j => newWords(news[j])).ToList(), threshold,
            sameGroup is null ? null : (a, b) => sameGroup(olds[freeOld[a]], news[freeNew[b]]));
        foreach (var p in pairs)
        {
            partner[freeNew[p.New]] = freeOld[p.Old];
            renamed[freeNew[p.New]] = true;
            taken[freeOld[p.Old]] = true;
        }

        return new IdPairs(partner, renamed, taken);
    }
}
