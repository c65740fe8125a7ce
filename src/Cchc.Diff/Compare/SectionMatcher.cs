using Cchc.Diff.Matching;

namespace Cchc.Diff.Compare;

/// <summary>
/// Pairs the sections of two bodies: first top-down, children of paired sections by key (area, agency, role,
/// folded title) then by title similarity; then, for what is left anywhere, by area/agency/role key, then by a
/// close title. A pair is moved when its nearest paired ancestors are not partners, or when siblings were reordered.
/// </summary>
internal static class SectionMatcher
{
    private const double DistantTitle = 0.8;

    public static void Match(DiffContext cx, BodyTree olds, BodyTree news)
    {
        Pair(olds.Root, news.Root);
        MatchChildren(cx, olds.Root, news.Root);

        var byAnchor = olds.All.Where(s => s.Partner is null && s.HasAnchor).GroupBy(s => s.Segment)
            .ToDictionary(g => g.Key, g => new Queue<Section>(g), StringComparer.Ordinal);
        foreach (var n in news.All.Where(s => s.HasAnchor))
        {
            if (n.Partner is null && byAnchor.TryGetValue(n.Segment, out var queue))
            {
                while (queue.Count > 0 && queue.Peek().Partner is not null)
                {
                    queue.Dequeue();
                }

                if (queue.Count > 0)
                {
                    var o = queue.Dequeue();
                    Pair(o, n);
                    MatchChildren(cx, o, n);
                }
            }
        }

        var oldFree = olds.All.Where(s => s.Partner is null && !s.HasAnchor).ToList();
        var newFree = news.All.Where(s => s.Partner is null && !s.HasAnchor).ToList();
        foreach (var p in SimilarityMatcher.Pair(Titles(cx.OldWords, oldFree), Titles(cx.NewWords, newFree), DistantTitle))
        {
            Pair(oldFree[p.Old], newFree[p.New]);
            MatchChildren(cx, oldFree[p.Old], newFree[p.New]);
        }

        foreach (var n in news.All.Where(s => s.Partner is not null))
        {
            n.Moved = n.Partner!.PairedAncestor()?.Partner != n.PairedAncestor();
        }

        foreach (var parent in news.All.Prepend(news.Root).Where(s => s.Partner is not null))
        {
            var pairs = parent.Children.Where(c => c.Partner?.Parent == parent.Partner).ToList();
            foreach (var k in Ordering.OutOfOrder(pairs.Select(c => (c.Partner!.Index, c.Index)).ToList()))
            {
                pairs[k].Reordered = true;
            }
        }
    }

    private static void MatchChildren(DiffContext cx, Section o, Section n)
    {
        var byKey = o.Children.Where(c => c.Partner is null).GroupBy(c => c.Segment)
            .ToDictionary(g => g.Key, g => new Queue<Section>(g), StringComparer.Ordinal);
        foreach (var nc in n.Children.Where(c => c.Partner is null))
        {
            if (byKey.TryGetValue(nc.Segment, out var queue) && queue.Count > 0)
            {
                Pair(queue.Dequeue(), nc);
            }
        }

        // Sections keyed by area or agency keep that key; the others may have been retitled.
        var oldFree = o.Children.Where(c => c.Partner is null && c.Node!.Area is null && c.Node.Agency is null).ToList();
        var newFree = n.Children.Where(c => c.Partner is null && c.Node!.Area is null && c.Node.Agency is null).ToList();
        foreach (var p in SimilarityMatcher.Pair(Titles(cx.OldWords, oldFree), Titles(cx.NewWords, newFree), cx.Options.SectionTitle))
        {
            Pair(oldFree[p.Old], newFree[p.New]);
        }

        foreach (var nc in n.Children.Where(c => c.Partner?.Parent == o))
        {
            MatchChildren(cx, nc.Partner!, nc);
        }
    }

    private static List<int[]> Titles(Func<string, int[]> words, List<Section> sections) =>
        sections.Select(s => words(s.Node?.Title ?? "")).ToList();

    private static void Pair(Section o, Section n)
    {
        o.Partner = n;
        n.Partner = o;
    }
}
