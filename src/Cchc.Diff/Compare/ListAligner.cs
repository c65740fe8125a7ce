using Cchc.Diff.Matching;

namespace Cchc.Diff.Compare;

/// <summary>Aligns two short lists of strings (products, targets, bases, recipients) element by element.</summary>
internal static class ListAligner
{
    public static List<LineChange> Align(DiffContext cx, IReadOnlyList<string> olds, IReadOnlyList<string> news)
    {
        var oldWords = olds.Select(cx.OldWords).ToList();
        var newWords = news.Select(cx.NewWords).ToList();
        var partner = Enumerable.Repeat(-1, news.Count).ToArray();
        var taken = new bool[olds.Count];
        var byKey = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var i = 0; i < olds.Count; i++)
        {
            var key = Vocabulary.Key(oldWords[i]);
            if (!byKey.TryGetValue(key, out var q))
            {
                byKey[key] = q = new Queue<int>();
            }

            q.Enqueue(i);
        }

        for (var j = 0; j < news.Count; j++)
        {
            if (byKey.TryGetValue(Vocabulary.Key(newWords[j]), out var q) && q.Count > 0)
            {
                partner[j] = q.Dequeue();
                taken[partner[j]] = true;
            }
        }

        var freeOld = Enumerable.Range(0, olds.Count).Where(i => !taken[i]).ToList();
        var freeNew = Enumerable.Range(0, news.Count).Where(j => partner[j] < 0).ToList();
        foreach (var p in SimilarityMatcher.Pair(freeOld.Select(i => oldWords[i]).ToList(), freeNew.Select(j => newWords[j]).ToList(), cx.Options.ParagraphInSection))
        {
            partner[freeNew[p.New]] = freeOld[p.Old];
            taken[freeOld[p.Old]] = true;
        }

        var pairs = Enumerable.Range(0, news.Count).Where(j => partner[j] >= 0).Select(j => (Old: partner[j], New: j)).ToList();
        var reordered = Ordering.OutOfOrder(pairs);
        var moved = reordered.Select(k => pairs[k].New).ToHashSet();
        var result = new List<LineChange>();
        for (var j = 0; j < news.Count; j++)
        {
            if (partner[j] < 0)
            {
                result.Add(new LineChange(ChangeKind.Added, -1, j, TextDiff.Added(news[j]), false));
            }
            else
            {
                var diff = cx.Text(olds[partner[j]], news[j]);
                result.Add(new LineChange(diff.Kind, partner[j], j, diff, moved.Contains(j)));
            }
        }

        for (var i = 0; i < olds.Count; i++)
        {
            if (!taken[i])
            {
                result.Add(new LineChange(ChangeKind.Removed, i, -1, TextDiff.Removed(olds[i]), false));
            }
        }

        return result;
    }
}
