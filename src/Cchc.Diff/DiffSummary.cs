namespace Cchc.Diff;

/// <summary>Counts for one kind of item. Moved, renamed and reused overlap with the change kinds.</summary>
public sealed record ItemCounts(int Added, int Removed, int Modified, int Shifted, int Unchanged, int Moved, int Renamed, int SuspectedReuse)
{
    public bool Any => Added + Removed + Modified + Shifted + Moved + Renamed > 0;

    internal static ItemCounts Of<T>(IEnumerable<T> items, Func<T, ChangeKind> kind, Func<T, bool> moved, Func<T, bool>? renamed = null, Func<T, bool>? reused = null)
    {
        var list = items.ToList();
        return new ItemCounts(
            list.Count(i => kind(i) == ChangeKind.Added),
            list.Count(i => kind(i) == ChangeKind.Removed),
            list.Count(i => kind(i) == ChangeKind.Modified),
            list.Count(i => kind(i) == ChangeKind.Shifted),
            list.Count(i => kind(i) == ChangeKind.Unchanged),
            list.Count(moved),
            renamed is null ? 0 : list.Count(renamed),
            reused is null ? 0 : list.Count(reused));
    }
}

/// <summary>Modified tasks by field; a task with several changed fields counts once per field.</summary>
public sealed record TaskFieldCounts(int Content, int Lead, int Co, int Deadline, int Products);

public sealed record DiffSummary(
    ItemCounts Tasks,
    TaskFieldCounts TaskFields,
    ItemCounts Indicators,
    ItemCounts Sections,
    ItemCounts Paragraphs,
    ItemCounts Groups,
    ItemCounts Agencies,
    ItemCounts Document)
{
    public bool HasDifferences => Tasks.Any || Indicators.Any || Sections.Any || Paragraphs.Any || Groups.Any || Agencies.Any || Document.Any;

    /// <summary>The summary sentence in Vietnamese ("Thêm 12 nhiệm vụ, bỏ 5, sửa 20 (đổi thời hạn 8, …)…").</summary>
    public string Text => SummaryText.Vietnamese(this);

    internal static DiffSummary Of(PlanDiff d)
    {
        int Field(string name) => d.Tasks.Count(t => t.Fields.Any(f => f.Field == name && f.Kind == ChangeKind.Modified && !Compare.DeadlineComparer.IsReworded(f)));
        return new DiffSummary(
            ItemCounts.Of(d.Tasks, t => t.Kind, t => t.Moved, t => t.ProbablyRenamed, t => t.SuspectedReuse),
            new TaskFieldCounts(Field("content"), Field("lead"), Field("co"), Field("deadline"), Field("products")),
            ItemCounts.Of(d.Indicators, i => i.Kind, i => i.Moved, i => i.ProbablyRenamed, i => i.SuspectedReuse),
            ItemCounts.Of(d.Sections, s => s.Kind, s => s.Moved),
            ItemCounts.Of(d.Paragraphs, p => p.Kind, p => p.Moved),
            ItemCounts.Of(d.TaskGroups, g => g.Kind, g => g.Moved),
            ItemCounts.Of(d.Agencies, a => a.Kind, _ => false),
            ItemCounts.Of(d.Document, f => f.Kind, _ => false));
    }
}
