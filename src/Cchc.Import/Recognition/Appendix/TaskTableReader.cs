using Cchc.Import.Output;
using Cchc.Import.Recognition.Agencies;
using Cchc.Import.Recognition.Body;
using Cchc.Import.Recognition.Ids;
using Cchc.Model;
using Cchc.Word;

namespace Cchc.Import.Recognition.Appendix;

/// <summary>Reads one task table's rows into <c>headers</c>, <c>numbering</c> and <c>groups</c>.</summary>
internal sealed partial class TaskTableReader(WordTable table, TaskColumns columns, AreaSettings areas, ImportContext ctx)
{
    private static readonly TaskColumn[] Model = [TaskColumn.Tt, TaskColumn.Content, TaskColumn.Lead, TaskColumn.Co, TaskColumn.Deadline, TaskColumn.Products];

    private readonly IdAllocator _ids = IdAllocator.For(ctx);
    private readonly AgencyRegistry _agencies = AgencyRegistry.For(ctx);

    // The text of the vertically merged cell each grid column is inside, while its continuations last.
    private readonly Dictionary<int, WordCell> _merged = [];

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<r>[IVXLC]+)\s*[.)]\s*(?<t>\S.*)$", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex RomanTitle();

    public void Read(YMap appendix)
    {
        var headers = Model.Select(c => columns.Texts.GetValueOrDefault(c, "")).ToList();
        if (!headers.SequenceEqual(TaskAppendix.DefaultHeaders))
        {
            var seq = new YSeq();
            headers.ForEach(h => seq.Add(h));
            appendix.Add("headers", seq);
        }

        var groups = new YSeq();
        YSeq? tasks = null;
        var restarts = 0;
        var usedAreas = new HashSet<string>();
        for (var r = columns.HeaderRows; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (TaskColumns.RowSignature(row) == columns.Signature || row.Cells.All(c => c.Text.Trim().Length == 0))
            {
                continue;
            }

            if (GroupTitle(row) is { } title)
            {
                var group = Group(title, row, usedAreas);
                tasks = new YSeq();
                group.Add("tasks", tasks);
                groups.Add(group);
                continue;
            }

            if (tasks is null)
            {
                // Tasks before any group row: one group the clerk names.
                var group = Group("", row, usedAreas);
                tasks = new YSeq();
                group.Add("tasks", tasks);
                groups.Add(group);
            }

            if (Text(row, TaskColumn.Tt) == "1" && tasks.Items.Count == 0 && groups.Items.Count > 1)
            {
                restarts++;
            }

            tasks.Add(Task(row));
        }

        if (restarts > 0 && restarts == groups.Items.Count - 1)
        {
            appendix.Add("numbering", "per_group");
        }

        appendix.Add("groups", groups);
    }

    /// <summary>
    /// A group row's title: one cell across the table; or a row whose only text is the group heading, however the
    /// writer laid it out — "I" in the TT column and the title beside it (pandoc, LibreOffice from HTML without
    /// colspan), "I. Title" in the TT or the content cell alone, or an area's title alone in the content cell.
    /// </summary>
    private string? GroupTitle(WordRow row)
    {
        var filled = row.Cells.Where(c => c.VerticalMerge != VerticalMerge.Continue && c.Text.Trim().Length > 0).ToList();
        if (row.Cells.Count == 1 || filled.Count == 1 && filled[0].GridSpan > 1)
        {
            return filled.Count == 0 ? null : filled[0].Text.Trim();
        }

        var tt = Text(row, TaskColumn.Tt);
        var content = Text(row, TaskColumn.Content).Replace('\n', ' ');
        if (RomanOnlyCheck(tt) && content.Length > 0 && Text(row, TaskColumn.Lead).Length == 0 && Text(row, TaskColumn.Deadline).Length == 0)
        {
            return tt.TrimEnd('.') + ". " + content;
        }

        var others = filled.Where(c => !IsColumn(c, TaskColumn.Tt) && !IsColumn(c, TaskColumn.Content));
        if (others.Any() || (tt.Length > 0) == (content.Length > 0))
        {
            return null;
        }

        var alone = (tt + content).Replace('\n', ' ');
        return RomanTitle().IsMatch(alone) || tt.Length == 0 && IsBoldAreaTitle(row, alone) ? alone : null;
    }

    /// <summary>An unnumbered group heading: short, bold, naming a reform area (a task's text spilling into a row of its own is not bold).</summary>
    private bool IsBoldAreaTitle(WordRow row, string text) =>
        text.Length <= 120 && Vocabulary.AreaOf(text) is not null && !text.EndsWith(';') && !text.EndsWith('.')
        && Cell(row, TaskColumn.Content) is { } cell && cell.Paragraphs.Where(p => p.Text.Trim().Length > 0).All(p => p.Common.Bold == true);

    private bool IsColumn(WordCell cell, TaskColumn column) =>
        columns.Columns.TryGetValue(column, out var g) && g >= cell.GridColumn && g < cell.GridColumn + cell.GridSpan;

    private static bool RomanOnlyCheck(string s) => s.Length > 0 && s.TrimEnd('.').All(c => c is 'I' or 'V' or 'X' or 'L' or 'C');

    private YMap Group(string written, WordRow row, HashSet<string> used)
    {
        var m = RomanTitle().Match(written);
        var title = m.Success ? m.Groups["t"].Value.Trim() : written;
        var group = new YMap { Origin = row.Cells[0].Position };
        var area = Vocabulary.AreaOf(title);
        if (area is null)
        {
            area = Areas.Canonical.Select(a => a.Key).FirstOrDefault(k => !used.Contains(k)) ?? "chi_dao";
            group.Add("area", area);
            ctx.Guessed(DiagnosticCatalog.W124, group, row.Cells[0].Position,
                $"không nhận ra lĩnh vực của nhóm \"{title}\"; tạm đặt \"{area}\", hãy sửa lại",
                $"the area of group \"{title}\" was not recognised; \"{area}\" is a placeholder, correct it");
        }
        else
        {
            group.Add("area", area);
            ctx.Guessed(DiagnosticCatalog.W124, group, row.Cells[0].Position,
                $"đoán là lĩnh vực \"{area}\" từ tiêu đề nhóm \"{title}\"", $"guessed area \"{area}\" from the group title \"{title}\"");
        }

        used.Add(area);
        if (title.Length > 0 && !areas.Take(area, title))
        {
            group.Add("title", title);
        }

        return group;
    }

    private YMap Task(WordRow row)
    {
        var content = Text(row, TaskColumn.Content).Replace('\n', ' ');
        var task = new YMap { Origin = row.Cells[0].Position };
        task.Add("id", _ids.Id(content));
        task.Add("content", BodyMarkup.Escape(content));
        var lead = Text(row, TaskColumn.Lead);
        task.Add("lead", lead.Length == 0 ? new YScalar("") : AgencyExprReader.Read(lead, _agencies, Where(row, TaskColumn.Lead)));
        var co = Text(row, TaskColumn.Co);
        if (co.Length > 0)
        {
            task.Add("co", AgencyExprReader.Read(co, _agencies, Where(row, TaskColumn.Co)));
        }

        var deadline = Text(row, TaskColumn.Deadline).Replace('\n', ' ');
        task.Add("deadline", Deadlines.Node(deadline));
        task.Add("products", Products(row));
        if (Text(row, TaskColumn.Note) is { Length: > 0 } note)
        {
            // The format has no note column: the clerk's note is kept in sight as a comment.
            task.Comments.Add("Ghi chú: " + note.Replace('\n', ' '));
        }

        var missing = new[] { TaskColumn.Content, TaskColumn.Lead, TaskColumn.Deadline, TaskColumn.Products }.Where(c => Text(row, c).Length == 0).ToList();
        if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Select(c => columns.Texts.GetValueOrDefault(c, c.ToString())));
            ctx.Guessed(DiagnosticCatalog.W123, task, row.Cells[0].Position,
                $"dòng {row.Index} của bảng: không đọc được cột {names}", $"table row {row.Index}: no text in column(s) {names}");
        }

        return task;
    }

    private YNode Products(WordRow row)
    {
        var cell = Cell(row, TaskColumn.Products);
        var lines = cell is null ? [] : cell.Paragraphs.Select(p => p.DisplayText.Trim()).Where(t => t.Length > 0).ToList();
        if (lines.Count == 1 && !lines[0].StartsWith("- ", StringComparison.Ordinal))
        {
            return new YScalar(BodyMarkup.Escape(lines[0]));
        }

        var seq = new YSeq();
        foreach (var line in lines)
        {
            seq.Add(BodyMarkup.Escape(line.StartsWith("- ", StringComparison.Ordinal) ? line[2..].Trim() : line));
        }

        return lines.Count == 0 ? new YScalar("") : seq;
    }

    private string Text(WordRow row, TaskColumn column) =>
        Cell(row, column) is { } c ? string.Join("\n", c.Paragraphs.Select(p => p.DisplayText.Trim()).Where(t => t.Length > 0)) : "";

    private WordPosition? Where(WordRow row, TaskColumn column) => Cell(row, column)?.Position;

    /// <summary>The cell of <paramref name="column"/>; for a vertically merged cell, the merge's first cell.</summary>
    private WordCell? Cell(WordRow row, TaskColumn column)
    {
        if (!columns.Columns.TryGetValue(column, out var g) || row.CellAt(g) is not { } cell)
        {
            return null;
        }

        if (cell.VerticalMerge == VerticalMerge.Restart)
        {
            _merged[g] = cell;
        }
        else if (cell.VerticalMerge == VerticalMerge.Continue)
        {
            return _merged.GetValueOrDefault(g);
        }

        return cell;
    }
}
