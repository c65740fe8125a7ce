namespace Cchc.Diff.Matching;

/// <summary>A proposed pairing of an old and a new text and how alike they are.</summary>
internal readonly record struct Pairing(int Old, int New, double Score);

/// <summary>
/// Pairs old and new texts that are alike, each at most once, best first. Candidates come from an inverted
/// index of words, skipping words so common that their posting list is long, and only the few candidates that
/// share the most words are scored: the cost stays near-linear in the number of texts, never all pairs.
/// </summary>
internal static class SimilarityMatcher
{
    private const int PostingCap = 64;
    private const int CandidatesPerText = 8;

    /// <param name="sameGroup">When given, a pair in the same group (area) wins a tie against one across groups.</param>
    public static List<Pairing> Pair(IReadOnlyList<int[]> olds, IReadOnlyList<int[]> news, double threshold, Func<int, int, bool>? sameGroup = null)
    {
        var postings = new Dictionary<int, List<int>>();
        for (var i = 0; i < olds.Count; i++)
        {
            var distinct = olds[i].Distinct().ToArray();
            foreach (var w in distinct)
            {
                if (!postings.TryGetValue(w, out var list))
                {
                    postings[w] = list = [];
                }

                list.Add(i);
            }
        }

        var proposals = new List<(Pairing Pair, double Rank)>();
        var shared = new Dictionary<int, int>();
        for (var j = 0; j < news.Count; j++)
        {
            if (news[j].Length == 0)
            {
                continue;
            }

            shared.Clear();
            var words = news[j].Distinct().Where(postings.ContainsKey).ToArray();
            var usable = words.Where(w => postings[w].Count <= PostingCap).ToArray();
            if (usable.Length == 0 && words.Length > 0)
            {
                // Only common words: fall back to the rarest one's first entries.
                var rarest = words.MinBy(w => postings[w].Count);
                foreach (var i in postings[rarest].Take(PostingCap))
                {
                    shared[i] = 1;
                }
            }

            foreach (var w in usable)
            {
                foreach (var i in postings[w])
                {
                    shared[i] = shared.GetValueOrDefault(i) + 1;
                }
            }

            foreach (var (i, _) in shared.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(CandidatesPerText))
            {
                var a = olds[i];
                var b = news[j];
                var bound = 2.0 * Math.Min(a.Length, b.Length) / (a.Length + b.Length);
                if (bound < threshold)
                {
                    continue;
                }

                var score = Similarity.Ratio(a, b);
                if (score >= threshold)
                {
                    var bonus = sameGroup is not null && sameGroup(i, j) ? 0.05 : 0;
                    proposals.Add((new Pairing(i, j, score), score + bonus - (Math.Abs(i - j) * 1e-9)));
                }
            }
        }

        var usedOld = new HashSet<int>();
        var usedNew = new HashSet<int>();
        var result = new List<Pairing>();
        foreach (var (pair, _) in proposals.OrderByDescending(p => p.Rank).ThenBy(p => p.Pair.New).ThenBy(p => p.Pair.Old))
        {
            if (usedOld.Add(pair.Old))
            {
                if (usedNew.Add(pair.New))
                {
                    result.Add(pair);
                }
                else
                {
                    usedOld.Remove(pair.Old);
                }
            }
        }

        return result;
    }
}
