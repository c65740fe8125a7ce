using Cchc.Diff.Matching;
using Cchc.Model;

namespace Cchc.Diff.Compare;

/// <summary>Tasks of the task appendices: paired by id, then "có thể là" by content; and their groups by area.</summary>
internal static class TaskComparer
{
    private sealed record Row(PlanTask Task, TaskGroup Group, int Appendix, int Number);

    public static List<TaskChange> Compare(DiffContext cx)
    {
        var olds = Rows(cx.OldPlan);
        var news = Rows(cx.NewPlan);
        var (partner, renamed, taken) = IdPairing.Pair(olds, news, r => r.Task.Id, r => cx.OldWords(r.Task.Content), r => cx.NewWords(r.Task.Content),
            cx.Options.Renamed, (a, b) => a.Group.Area == b.Group.Area);
        var result = new List<TaskChange>(news.Count + olds.Count);
        for (var j = 0; j < news.Count; j++)
        {
            var n = news[j];
            if (partner[j] < 0)
            {
                result.Add(new TaskChange(ChangeKind.Added, null, n.Task, null, n.Group.Area, -1, n.Number, false, false, false, 0, []));
                continue;
            }

            var o = olds[partner[j]];
            var fields = Fields(cx, o.Task, n.Task);
            var similarity = cx.Ratio(o.Task.Content, n.Task.Content);
            var reused = !renamed[j] && similarity < cx.Options.SuspectedReuse;
            result.Add(new TaskChange(Combine(fields), o.Task, n.Task, o.Group.Area, n.Group.Area, o.Number, n.Number,
                o.Group.Area != n.Group.Area, renamed[j], reused, similarity, fields));
        }

        for (var i = 0; i < olds.Count; i++)
        {
            if (!taken[i])
            {
                var o = olds[i];
                result.Add(new TaskChange(ChangeKind.Removed, o.Task, null, o.Group.Area, null, o.Number, -1, false, false, false, 0, []));
            }
        }

        return result;
    }

    public static List<GroupChange> Groups(DiffContext cx)
    {
        var olds = Groups(cx.OldPlan);
        var news = Groups(cx.NewPlan);
        var oldIndex = olds.Select((g, i) => (g.Key, i)).GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().i);
        var pairs = new List<(int Old, int New)>();
        var taken = new HashSet<int>();
        for (var j = 0; j < news.Count; j++)
        {
            if (oldIndex.TryGetValue(news[j].Key, out var i) && taken.Add(i))
            {
                pairs.Add((i, j));
            }
        }

        var reordered = Ordering.OutOfOrder(pairs).Select(k => pairs[k].New).ToHashSet();
        var partner = pairs.ToDictionary(p => p.New, p => p.Old);
        var result = new List<GroupChange>();
        for (var j = 0; j < news.Count; j++)
        {
            var n = news[j];
            if (!partner.TryGetValue(j, out var i))
            {
                result.Add(new GroupChange(ChangeKind.Added, null, n.Group, false, []));
                continue;
            }

            var title = cx.Field("title", olds[i].Title, n.Title);
            result.Add(new GroupChange(title.Kind, olds[i].Group, n.Group, reordered.Contains(j), [title]));
        }

        result.AddRange(olds.Where((_, i) => !taken.Contains(i)).Select(o => new GroupChange(ChangeKind.Removed, o.Group, null, false, [])));
        return result;
    }

    /// <summary>Modified if any field is, else Shifted if any field is, else Unchanged.</summary>
    public static ChangeKind Combine(IEnumerable<FieldChange> fields)
    {
        var kinds = fields.Select(f => f.Kind).ToList();
        return kinds.Contains(ChangeKind.Modified) ? ChangeKind.Modified
            : kinds.Contains(ChangeKind.Shifted) ? ChangeKind.Shifted
            : ChangeKind.Unchanged;
    }

    private static List<FieldChange> Fields(DiffContext cx, PlanTask o, PlanTask n)
    {
        var fields = new List<FieldChange>
        {
            cx.Field("content", o.Content, n.Content),
            AgencyField.Compare(cx, "lead", o.Lead, n.Lead),
            AgencyField.Compare(cx, "co", o.Co, n.Co),
        };
        fields.Add(DeadlineComparer.Compare(cx, o.Deadline, n.Deadline)!);
        fields.Add(cx.Lines("products", o.Products, n.Products));
        return fields;
    }

    private static List<Row> Rows(Package? package)
    {
        var rows = new List<Row>();
        var appendices = package?.Appendices.OfType<TaskAppendix>().ToList() ?? [];
        for (var a = 0; a < appendices.Count; a++)
        {
            var number = 0;
            foreach (var g in appendices[a].Groups)
            {
                rows.AddRange(g.Tasks.Select(t => new Row(t, g, a, ++number)));
            }
        }

        return rows;
    }

    private static List<(string Key, TaskGroup Group, string Title)> Groups(Package? package) =>
        package?.Appendices.OfType<TaskAppendix>()
            .SelectMany((a, index) => a.Groups.Select(g => ($"{index}:{g.Area}", g, GroupTitle(package, g))))
            .ToList() ?? [];

    private static string GroupTitle(Package package, TaskGroup g) =>
        g.Title ?? package.Area(g.Area)?.GroupTitle ?? package.Area(g.Area)?.Title ?? (Areas.IsKnown(g.Area) ? Areas.DefaultTitle(g.Area) : g.Area);
}
