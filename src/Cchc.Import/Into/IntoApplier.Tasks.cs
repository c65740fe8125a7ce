using Cchc.Diff;
using Cchc.Import.Output;
using Cchc.Model;

namespace Cchc.Import.Into;

/// <summary>
/// The task table: a cell retyped, filled or emptied; a row deleted, added, or rewritten entirely (then paired by its
/// place with the row that stood there).
/// </summary>
internal sealed partial class IntoApplier
{
    private void Tasks(PlanDiff changes)
    {
        var toPlan = new Dictionary<PlanTask, PlanTask>(ReferenceEqualityComparer.Instance);
        foreach (var t in changes.Tasks.Where(t => t.Old is not null && t.New is not null && _tasks.ContainsKey(t.Old!)))
        {
            toPlan[t.New!] = _tasks[t.Old!];
        }

        var rewritten = Rewritten(changes);
        foreach (var (removed, added) in rewritten)
        {
            var target = _tasks[removed.Old!];
            toPlan[added.New!] = target;
            var fields = new (string Field, string Before, string After)[]
            {
                ("content", removed.Old!.Content, added.New!.Content), ("lead", removed.Old.Lead.Render(Base.Registry), added.New.Lead.Render(Word.Registry)),
                ("co", removed.Old.Co?.Render(Base.Registry) ?? "", added.New.Co?.Render(Word.Registry) ?? ""),
                ("deadline", removed.Old.Deadline.Text, added.New.Deadline.Text), ("products", string.Join("\n", removed.Old.Products), string.Join("\n", added.New.Products)),
            };
            foreach (var f in fields.Where(f => !string.Equals(f.Before, f.After, StringComparison.Ordinal)))
            {
                TaskField(new FieldChange(f.Field, ChangeKind.Modified, null), added.New, target);
            }

            diagnostics.Add(DiagnosticCatalog.W135.At(target.Spans.Node,
                $"nhiệm vụ {target.Id} (TT {added.NewRow}): nội dung được viết lại hoàn toàn (\"{Short(added.New.Content)}\"); ghép theo vị trí với dòng cùng chỗ trong {WordNames} vì các cột khác giống nhau, nên giữ id; nếu đây là nhiệm vụ khác, hãy đổi id bằng tay",
                $"task {target.Id} (row {added.NewRow}): its content was rewritten entirely (\"{Short(added.New.Content)}\"); paired by position with the row at the same place in {WordNames} since its other columns match, so the id is kept; if it is another task, change the id by hand"));
        }

        var paired = rewritten.SelectMany(p => new[] { p.Removed, p.Added }).ToHashSet();
        foreach (var t in changes.Tasks.Where(t => !paired.Contains(t)))
        {
            switch (t.Kind)
            {
                case ChangeKind.Unchanged or ChangeKind.Shifted:
                    break;
                case ChangeKind.Added:
                    AddTask(t.New!, toPlan);
                    break;
                case ChangeKind.Removed when _tasks.TryGetValue(t.Old!, out var gone) && Item(gone) is { } at:
                    _edits.DeleteItem(at.Sequence, at.Index);
                    break;
                case ChangeKind.Modified when _tasks.TryGetValue(t.Old!, out var target):
                    t.Fields.Where(f => f.Kind is not ChangeKind.Unchanged).ToList().ForEach(f => TaskField(f, t.New!, target));
                    break;
                default:
                    Unplaced(plan.Spans.Node, t.New?.Content ?? t.Old?.Content, $"nhiệm vụ \"{Short(t.Old?.Content ?? t.New?.Content)}\" ({Kind(t.Kind)})", $"the task \"{Short(t.Old?.Content ?? t.New?.Content)}\" ({t.Kind})");
                    break;
            }
        }
    }

    private void TaskField(FieldChange field, PlanTask after, PlanTask target)
    {
        var placed = field.Field switch
        {
            "content" => _edits.SetScalar(target.Spans.Of("content"), after.Content),
            "lead" => _edits.SetScalar(target.Spans.Of("lead"), Agencies(after.Lead)),
            "co" when after.Co is not null && target.Spans.Has("co") => _edits.SetScalar(target.Spans.Of("co"), Agencies(after.Co)),
            // A cell filled or emptied: the key inserted after lead (the spec's key order) or deleted, in the task's own style.
            "co" when after.Co is not null => TaskMap(target) is { } map && _edits.InsertPair(map, "lead", "co", Expr(Agencies(after.Co))),
            "co" when target.Spans.Has("co") => TaskMap(target) is { } map && _edits.DeletePair(map, "co"),
            "deadline" when target.Spans.Has("deadline") => Scalar(target.Spans, after.Spans, "deadline"),
            "products" when target.Spans.Has("products") => _edits.SetStrings(target.Spans.Of("products"), after.Products),
            _ => false,
        };
        if (!placed)
        {
            Unplaced(target.Spans.Of(field.Field), after.Content, $"cột {field.Field} của nhiệm vụ {target.Id}", $"the {field.Field} column of task {target.Id}");
        }
    }

    /// <summary>
    /// A row whose content the clerk rewrote entirely looks to the diff like a row removed and one added. They are one
    /// task when the added row stands where the removed one stood (the same group, the rows above — or below —
    /// paired with each other, or both first) and at least three of lead, co, deadline and products are the same.
    /// </summary>
    private List<(TaskChange Removed, TaskChange Added)> Rewritten(PlanDiff changes)
    {
        var wordToBase = new Dictionary<PlanTask, PlanTask>(ReferenceEqualityComparer.Instance);
        foreach (var t in changes.Tasks.Where(t => t.Old is not null && t.New is not null))
        {
            wordToBase[t.New!] = t.Old!;
        }

        var removed = changes.Tasks.Where(t => t.Kind == ChangeKind.Removed && _tasks.ContainsKey(t.Old!)).ToList();
        var pairs = new List<(TaskChange, TaskChange)>();
        foreach (var added in changes.Tasks.Where(t => t.Kind == ChangeKind.Added))
        {
            var (wordGroup, k) = Position(Word, added.New!);
            var match = removed.FirstOrDefault(r => Position(Base, r.Old!) is var (baseGroup, m) && baseGroup.Area == wordGroup.Area
                && (Same(wordGroup, k - 1, baseGroup, m - 1) || Same(wordGroup, k + 1, baseGroup, m + 1)) && Alike(r.Old!, added.New!) >= 3);
            if (match is not null)
            {
                removed.Remove(match);
                pairs.Add((match, added));
            }
        }

        return pairs;

        bool Same(TaskGroup wordGroup, int k, TaskGroup baseGroup, int m) =>
            k < 0 && m < 0 || k >= wordGroup.Tasks.Count && m >= baseGroup.Tasks.Count
            || k >= 0 && m >= 0 && k < wordGroup.Tasks.Count && m < baseGroup.Tasks.Count
                && wordToBase.TryGetValue(wordGroup.Tasks[k], out var b) && ReferenceEquals(b, baseGroup.Tasks[m]);
    }

    private static (TaskGroup Group, int Index) Position(Package package, PlanTask task)
    {
        var group = package.Appendices.OfType<TaskAppendix>().SelectMany(a => a.Groups).First(g => g.Tasks.Contains(task, ReferenceEqualityComparer.Instance));
        return (group, group.Tasks.ToList().FindIndex(t => ReferenceEquals(t, task)));
    }

    /// <summary>How many of lead, co, deadline and products two tasks share, as each document shows them.</summary>
    private int Alike(PlanTask before, PlanTask after) =>
        new[]
        {
            before.Lead.Render(Base.Registry) == after.Lead.Render(Word.Registry),
            (before.Co?.Render(Base.Registry) ?? "") == (after.Co?.Render(Word.Registry) ?? ""),
            before.Deadline.Text == after.Deadline.Text,
            before.Products.SequenceEqual(after.Products, StringComparer.Ordinal),
        }.Count(x => x);

    private Cchc.Yaml.YNode? TaskMap(PlanTask task) => _edits.NodeAt(task.Spans.Node) is { Kind: Cchc.Yaml.YKind.Mapping } map ? map : null;

    /// <summary>An added row: a new item after the plan task of the row above it (or before the one below), with a fresh id.</summary>
    private void AddTask(PlanTask added, Dictionary<PlanTask, PlanTask> toPlan)
    {
        var group = Word.Appendices.OfType<TaskAppendix>().SelectMany(a => a.Groups).First(g => g.Tasks.Contains(added, ReferenceEqualityComparer.Instance));
        var at = group.Tasks.ToList().FindIndex(t => ReferenceEquals(t, added));
        var above = group.Tasks.Take(at).Reverse().FirstOrDefault(toPlan.ContainsKey);
        var below = group.Tasks.Skip(at + 1).FirstOrDefault(toPlan.ContainsKey);
        var anchor = above is not null ? Item(toPlan[above]) : below is not null ? Item(toPlan[below]) : null;
        if (anchor is null)
        {
            Unplaced(plan.Spans.Node, added.Content, $"nhiệm vụ thêm \"{Short(added.Content)}\" (nhóm không có trong kế hoạch)", $"the added task \"{Short(added.Content)}\" (its group is not in the plan)");
            return;
        }

        var lines = new List<string> { $"- id: {FreshId(added.Id[2..])}", $"  content: {YamlScalars.Quote(added.Content)}", $"  lead: {Expr(Agencies(added.Lead))}" };
        if (added.Co is not null)
        {
            lines.Add($"  co: {Expr(Agencies(added.Co))}");
        }

        lines.Add($"  deadline: {YamlScalars.Quote(added.Deadline.Text)}");
        if (added.Products.Count == 1)
        {
            lines.Add($"  products: {YamlScalars.Quote(added.Products[0])}");
        }
        else if (added.Products.Count > 1)
        {
            lines.Add("  products:");
            lines.AddRange(added.Products.Select(p => $"    - {YamlScalars.Quote(p)}"));
        }

        _edits.InsertItem(anchor.Value.Sequence, above is not null ? anchor.Value.Index + 1 : anchor.Value.Index, lines);
    }

    private static string Expr(string value) => YamlScalars.CanBePlain(value) ? value : YamlScalars.Quote(value);

    private string FreshId(string stem)
    {
        var id = stem;
        for (var n = 2; !_ids.Add(id); n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }

    private (Cchc.Yaml.YNode Sequence, int Index)? Item(PlanTask task)
    {
        var seq = _edits.ParentOf(task.Spans.Node);
        var index = seq?.Items.FindIndex(i => i.Span.Line == task.Spans.Node.Line && i.Span.Column == task.Spans.Node.Column) ?? -1;
        return seq is null || index < 0 ? null : (seq, index);
    }
}
