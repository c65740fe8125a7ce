using Cchc.Diff.Matching;

namespace Cchc.Diff.Compare;

/// <summary>
/// Aligns body paragraphs after the sections are paired, in four passes that each take what the earlier left:
/// the same words within paired sections; the same words anywhere (a move); alike within paired sections
/// (an edit in place); alike anywhere, more strictly (a move with edits). The rest was added or removed.
/// </summary>
internal static class ParagraphAligner
{
    private sealed record Unit(BodyText Text, Section Section, int Position, int[] Words, string Key);

    public static List<ParagraphChange> Align(DiffContext cx, BodyTree olds, BodyTree news)
    {
        var oldUnits = Units(olds, cx.OldWords);
        var newUnits = Units(news, cx.NewWords);
        var partner = Enumerable.Repeat(-1, newUnits.Count).ToArray();
        var taken = new bool[oldUnits.Count];
        var score = new double[newUnits.Count];

        void Link(int i, int j, double s)
        {
            partner[j] = i;
            taken[i] = true;
            score[j] = s;
        }

        var oldBySection = oldUnits.Select((u, i) => (u, i)).ToLookup(x => x.u.Section, x => x.i);
        var newBySection = newUnits.Select((u, j) => (u, j)).ToLookup(x => x.u.Section, x => x.j);
        var sectionPairs = news.All.Where(s => s.Partner is not null).Select(s => (Old: s.Partner!, New: s)).ToList();

        foreach (var (o, n) in sectionPairs)
        {
            Exact(oldBySection[o], newBySection[n]);
        }

        Exact(Enumerable.Range(0, oldUnits.Count), Enumerable.Range(0, newUnits.Count));

        foreach (var (o, n) in sectionPairs)
        {
            Alike(oldBySection[o], newBySection[n], cx.Options.ParagraphInSection);
        }

        Alike(Enumerable.Range(0, oldUnits.Count), Enumerable.Range(0, newUnits.Count), cx.Options.ParagraphMoved);

        var reordered = new HashSet<int>();
        foreach (var (o, n) in sectionPairs)
        {
            var pairs = newBySection[n].Where(j => partner[j] >= 0 && oldUnits[partner[j]].Section == o).ToList();
            reordered.UnionWith(Ordering.OutOfOrder(pairs.Select(j => (oldUnits[partner[j]].Position, newUnits[j].Position)).ToList()).Select(k => pairs[k]));
        }

        var result = new List<ParagraphChange>(newUnits.Count + oldUnits.Count);
        for (var j = 0; j < newUnits.Count; j++)
        {
            var n = newUnits[j];
            if (partner[j] < 0)
            {
                result.Add(new ParagraphChange(ChangeKind.Added, null, n.Text, null, n.Section.Node, "", n.Section.Path, false, false, 0, TextDiff.Added(n.Text.Text)));
                continue;
            }

            var o = oldUnits[partner[j]];
            var diff = cx.Text(o.Text.Text, n.Text.Text);
            var elsewhere = o.Section.Partner != n.Section;
            result.Add(new ParagraphChange(diff.Kind, o.Text, n.Text, o.Section.Node, n.Section.Node, o.Section.Path, n.Section.Path,
                elsewhere || reordered.Contains(j), !elsewhere && reordered.Contains(j), score[j], diff));
        }

        for (var i = 0; i < oldUnits.Count; i++)
        {
            if (!taken[i])
            {
                var o = oldUnits[i];
                result.Add(new ParagraphChange(ChangeKind.Removed, o.Text, null, o.Section.Node, null, o.Section.Path, "", false, false, 0, TextDiff.Removed(o.Text.Text)));
            }
        }

        return result;

        void Exact(IEnumerable<int> olds, IEnumerable<int> news)
        {
            var byKey = olds.Where(i => !taken[i]).GroupBy(i => oldUnits[i].Key).ToDictionary(g => g.Key, g => new Queue<int>(g), StringComparer.Ordinal);
            foreach (var j in news.Where(j => partner[j] < 0))
            {
                if (byKey.TryGetValue(newUnits[j].Key, out var queue) && queue.Count > 0)
                {
                    Link(queue.Dequeue(), j, 1);
                }
            }
        }

        void Alike(IEnumerable<int> olds, IEnumerable<int> news, double threshold)
        {
            var freeOld = olds.Where(i => !taken[i]).ToList();
            var freeNew = news.Where(j => partner[j] < 0).ToList();
            if (freeOld.Count == 0 || freeNew.Count == 0)
            {
                return;
            }

            foreach (var p in SimilarityMatcher.Pair(freeOld.Select(i => oldUnits[i].Words).ToList(), freeNew.Select(j => newUnits[j].Words).ToList(), threshold))
            {
                Link(freeOld[p.Old], freeNew[p.New], p.Score);
            }
        }
    }

    private static List<Unit> Units(BodyTree tree, Func<string, int[]> words) =>
        tree.All.SelectMany(s => s.Units.Select((u, position) =>
        {
            var w = words(u.Text);
            return new Unit(u, s, position, w, Vocabulary.Key(w));
        })).ToList();
}
