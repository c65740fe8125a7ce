using System.Globalization;

namespace Cchc.Diff.Output;

/// <summary>
/// The report that the human and Markdown formats share: title, Vietnamese summary, then every change by kind
/// of item. Unchanged items are not listed (they are counted in the summary).
/// </summary>
internal sealed class ReportWalker(TextWriter w, ReportStyle s)
{
    public void Write(PlanDiff d)
    {
        var shift = d.YearShift == 0 ? "" : $", lệch năm {d.YearShift.ToString("+0;-0", CultureInfo.InvariantCulture)}";
        s.Title(w, $"cchc diff: {Side(d.Old)} → {Side(d.New)}{shift}");
        s.Paragraph(w, s.Text(d.Summary.Text));
        Group("Thông tin văn bản", d.Document.Where(f => f.Kind != ChangeKind.Unchanged).ToList(), f => Field(1, f));
        Group("Cơ quan", d.Agencies.Where(a => a.Kind != ChangeKind.Unchanged).ToList(), Agency);
        Group("Chỉ tiêu", d.Indicators.Where(Listed).ToList(), Indicator);
        Group("Nhóm nhiệm vụ", d.TaskGroups.Where(g => g.Kind != ChangeKind.Unchanged || g.Moved).ToList(), TaskGroup);
        // Tasks whose only change is the year shift are many in a rolled-over plan: one line names them all.
        var shifted = d.Tasks.Where(t => t.Kind == ChangeKind.Shifted && !t.Moved && !t.ProbablyRenamed && !t.SuspectedReuse).ToList();
        var tasks = d.Tasks.Where(Listed).Except(shifted).ToList();
        var entries = tasks.Select(t => (Action)(() => Task(t))).ToList();
        if (shifted.Count > 0)
        {
            entries.Add(() => s.Entry(w, 1, Mark.Shifted,
                s.Text($"{shifted.Count} nhiệm vụ chỉ đổi năm ở thời hạn hoặc nội dung: ") + string.Join(", ", shifted.Select(x => s.Code(x.Id)))));
        }

        Group("Nhiệm vụ", entries, e => e());
        Body(d);
    }

    private static string Side(DiffSide side) => side.Path.Length == 0 ? "(không có)" : $"{side.Path} ({side.Period})";

    private static bool Listed(IndicatorChange i) => i.Kind != ChangeKind.Unchanged || i.Moved || i.ProbablyRenamed || i.SuspectedReuse;

    private static bool Listed(TaskChange t) => t.Kind != ChangeKind.Unchanged || t.Moved || t.ProbablyRenamed || t.SuspectedReuse;

    private void Group<T>(string heading, List<T> items, Action<T> entry)
    {
        if (items.Count == 0)
        {
            return;
        }

        s.BeginGroup(w, heading, items.Count);
        items.ForEach(entry);
        s.EndGroup(w);
    }

    private static Mark MarkOf(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => Mark.Added,
        ChangeKind.Removed => Mark.Removed,
        ChangeKind.Shifted => Mark.Shifted,
        _ => Mark.Modified,
    };

    private void Field(int depth, FieldChange f)
    {
        var name = FieldNames.Vi(f.Field);
        var note = f.Note is null ? f.Kind == ChangeKind.Shifted ? " (chỉ đổi năm)" : "" : $" ({f.Note})";
        if (f.Lines is null)
        {
            s.Entry(w, depth, MarkOf(f.Kind), $"{s.Text(name)}: {s.Diff(f.Text!)}{s.Text(note)}");
            return;
        }

        s.Entry(w, depth, MarkOf(f.Kind), s.Text(name + ":" + note));
        foreach (var line in f.Lines.Where(l => l.Kind != ChangeKind.Unchanged || l.Moved))
        {
            var moved = line.Moved ? s.Text(" (đổi thứ tự)") : "";
            s.Entry(w, depth + 1, line.Kind == ChangeKind.Unchanged ? Mark.Moved : MarkOf(line.Kind), s.Diff(line.Text) + moved);
        }
    }

    private void Fields(int depth, IEnumerable<FieldChange> fields)
    {
        foreach (var f in fields.Where(f => f.Kind != ChangeKind.Unchanged))
        {
            Field(depth, f);
        }
    }

    private void Agency(AgencyChange a)
    {
        var name = (a.New ?? a.Old)!.Name;
        s.Entry(w, 1, MarkOf(a.Kind), $"{s.Code(a.Code)}: {s.Text(name)}");
        Fields(2, a.Fields);
    }

    private void TaskGroup(GroupChange g)
    {
        var mark = g.Kind == ChangeKind.Unchanged ? Mark.Moved : MarkOf(g.Kind);
        s.Entry(w, 1, mark, s.Code(g.Area) + (g.Moved ? s.Text(" (đổi thứ tự nhóm)") : ""));
        Fields(2, g.Fields);
    }

    private void Indicator(IndicatorChange i)
    {
        var text = (i.New ?? i.Old)!.Text;
        if (i.Kind is ChangeKind.Added or ChangeKind.Removed)
        {
            s.Entry(w, 1, MarkOf(i.Kind), $"{s.Code(i.Id)}: {s.Text(text)}");
            return;
        }

        Matched(i.Kind, i.Old!.Id!, i.New!.Id!, i.ProbablyRenamed, i.SuspectedReuse, i.Similarity,
            i.Moved ? "chuyển mục" : null, i.Fields);
    }

    private void Task(TaskChange t)
    {
        if (t.Kind is ChangeKind.Added or ChangeKind.Removed)
        {
            s.Entry(w, 1, MarkOf(t.Kind), $"{s.Code(t.Id)} [{s.Text(t.NewArea ?? t.OldArea ?? "")}]: {s.Text((t.New ?? t.Old)!.Content)}");
            return;
        }

        Matched(t.Kind, t.Old!.Id, t.New!.Id, t.ProbablyRenamed, t.SuspectedReuse, t.Similarity,
            t.Moved ? $"chuyển nhóm {t.OldArea} → {t.NewArea}" : null, t.Fields);
    }

    private void Matched(ChangeKind kind, string oldId, string newId, bool renamed, bool reused, double similarity, string? moved, IReadOnlyList<FieldChange> fields)
    {
        var percent = similarity.ToString("0%", CultureInfo.InvariantCulture);
        var head = renamed ? $"{s.Code(oldId)} → {s.Code(newId)}{s.Text($" (có thể là cùng một việc, đổi mã; giống {percent})")}" : s.Code(newId);
        if (moved is not null)
        {
            head += s.Text($" ({moved})");
        }

        if (kind == ChangeKind.Shifted)
        {
            head += s.Text(" (chỉ đổi năm)");
        }

        s.Entry(w, 1, renamed ? Mark.Renamed : moved is not null && kind == ChangeKind.Unchanged ? Mark.Moved : MarkOf(kind), head);
        if (reused)
        {
            s.Entry(w, 2, Mark.Warning, s.Text($"cùng mã nhưng nội dung khác hẳn (giống {percent}): có thể mã đã bị dùng lại cho một việc khác"));
        }

        Fields(2, fields);
    }

    private void Body(PlanDiff d)
    {
        var index = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < d.Sections.Count; k++)
        {
            if (d.Sections[k].New is { } n)
            {
                index[n] = k;
            }

            if (d.Sections[k].Old is { } o)
            {
                index[o] = k;
            }
        }

        var paragraphs = d.Paragraphs.Where(p => p.Kind != ChangeKind.Unchanged || p.Moved)
            .ToLookup(p => index.GetValueOrDefault((object?)p.NewSection ?? p.OldSection!, -1));
        var shown = Enumerable.Range(0, d.Sections.Count)
            .Where(k => d.Sections[k].Kind != ChangeKind.Unchanged || d.Sections[k].Moved || paragraphs[k].Any()).ToList();
        if (shown.Count == 0)
        {
            return;
        }

        s.BeginGroup(w, "Thân kế hoạch", shown.Count);
        foreach (var k in shown)
        {
            Section(d.Sections[k]);
            foreach (var p in paragraphs[k])
            {
                Paragraph(p);
            }
        }

        s.EndGroup(w);
    }

    private void Section(SectionChange c)
    {
        var path = c.NewPath.Length > 0 ? c.NewPath : c.OldPath;
        var moved = c.Moved ? s.Text(c.Reordered ? " (đổi thứ tự)" : $" (chuyển từ \"{c.OldPath}\")") : "";
        var mark = c.Kind switch
        {
            ChangeKind.Unchanged when c.Moved => Mark.Moved,
            ChangeKind.Unchanged => Mark.Context,
            _ => MarkOf(c.Kind),
        };
        s.Entry(w, 1, mark, s.Text(path) + moved);
        Fields(2, c.Fields);
    }

    private void Paragraph(ParagraphChange p)
    {
        var notes = new List<string>();
        if (p.Moved)
        {
            notes.Add(p.Reordered ? "đổi thứ tự" : $"chuyển từ \"{p.OldPath}\"");
        }

        if (p.Kind == ChangeKind.Shifted)
        {
            notes.Add("chỉ đổi năm");
        }
        else if (p.Kind == ChangeKind.Unchanged)
        {
            notes.Add("giữ nguyên");
        }

        var note = notes.Count > 0 ? $" ({string.Join(", ", notes)})" : "";

        var mark = p.Kind == ChangeKind.Unchanged ? Mark.Moved : MarkOf(p.Kind);
        s.Entry(w, 2, mark, s.Diff(p.Text) + s.Text(note));
    }
}
