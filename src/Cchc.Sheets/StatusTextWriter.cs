using System.Text;
using Cchc.Model;
using Cchc.Yaml;

namespace Cchc.Sheets;

/// <summary>One dated entry to append under <c>tasks:</c> of a status file.</summary>
public sealed record StatusEntryText(string TaskId, DateOnly Date, TaskState State, string? By);

/// <summary>The status file's new text, or why it could not be edited (then <see cref="Text"/> is null).</summary>
public sealed record StatusEdit(string? Text, IReadOnlyList<Diagnostic> Problems);

/// <summary>
/// Adds dated entries to a status file in place: each in date order among its task's entries (after the last one,
/// unless it is dated before some of them), a new task after the
/// last task, every other byte (comments, order, quoting, line breaks) left as it was. A missing file is created
/// with its schema modeline and <c>cchc_status: 1</c>.
/// </summary>
public static class StatusTextWriter
{
    public const string Modeline = "# yaml-language-server: $schema=../schema/cchc-status.schema.json";

    public static StatusEdit Apply(string? text, string path, string planFileName, IReadOnlyList<StatusEntryText> entries)
    {
        if (text is null)
        {
            var created = new StringBuilder().Append(Modeline).Append('\n').Append("cchc_status: 1\n")
                .Append("plan: ").Append(planFileName).Append('\n').Append("tasks:\n");
            foreach (var group in entries.GroupBy(e => e.TaskId, StringComparer.Ordinal))
            {
                created.Append(TaskBlock(group.Key, group, 2, "\n"));
            }

            return new StatusEdit(created.ToString(), []);
        }

        var syntax = new List<Diagnostic>();
        var root = new YamlTreeReader(path, syntax, new SourceLines(text)).Read(text);
        if (root is null || syntax.Count > 0 || root.Kind != YKind.Mapping)
        {
            return Refuse(path, root?.Span.Line ?? 1, "tệp trạng thái không đọc được như một bảng YAML; sửa lỗi cú pháp (cchc validate) rồi nhập lại",
                "the status file does not read as a YAML mapping; fix its syntax and import again");
        }

        var lines = new SourceLines(text);
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var edits = new List<(int Offset, string Text)>();
        var tasksPair = root.Pairs.FirstOrDefault(p => p.Key.Value == "tasks");
        if (tasksPair.Key is null)
        {
            var block = new StringBuilder("tasks:").Append(newline);
            foreach (var group in entries.GroupBy(e => e.TaskId, StringComparer.Ordinal))
            {
                block.Append(TaskBlock(group.Key, group, 2, newline));
            }

            edits.Add((AfterLine(text, lines, lines.Count, newline, out var prefix), prefix + block));
            return new StatusEdit(Insert(text, edits), []);
        }

        var tasks = tasksPair.Value;
        if (tasks.IsNull)
        {
            var offset = AfterLine(text, lines, tasksPair.Key.Span.Line, newline, out var prefix);
            edits.Add((offset, prefix + string.Concat(entries.GroupBy(e => e.TaskId, StringComparer.Ordinal).Select(g => TaskBlock(g.Key, g, 2, newline)))));
            return new StatusEdit(Insert(text, edits), []);
        }

        if (tasks.Kind != YKind.Mapping || IsFlow(text, lines, tasks))
        {
            return Refuse(path, tasks.Span.Line, "\"tasks:\" không phải bảng khóa–giá trị viết theo khối (mỗi mã nhiệm vụ một dòng); cchc chỉ thêm được mục vào dạng đó",
                "\"tasks:\" is not a block mapping (one task id a line); cchc can only append entries to that form");
        }

        var taskIndent = tasks.Pairs.Count > 0 ? tasks.Pairs[0].Key.Span.Column - 1 : 2;
        var newTasks = new StringBuilder();
        foreach (var group in entries.GroupBy(e => e.TaskId, StringComparer.Ordinal))
        {
            var pair = tasks.Pairs.LastOrDefault(p => p.Key.Value == group.Key);
            if (pair.Key is null)
            {
                newTasks.Append(TaskBlock(group.Key, group, taskIndent, newline));
            }
            else if (pair.Value.IsNull)
            {
                var offset = AfterLine(text, lines, pair.Key.Span.Line, newline, out var prefix);
                edits.Add((offset, prefix + Items(group, taskIndent + 2, newline)));
            }
            else if (pair.Value.Kind == YKind.Sequence && !IsFlow(text, lines, pair.Value))
            {
                // In date order: an entry dated before some of the task's history goes before the first later entry.
                foreach (var entry in group)
                {
                    var later = pair.Value.Items.FirstOrDefault(item => DateOf(item) > entry.Date);
                    var prefix = "";
                    var offset = later is null ? AfterLine(text, lines, LastLine(pair.Value), newline, out prefix) : lines.Start(later.Span.Line);
                    edits.Add((offset, prefix + Items([entry], pair.Value.Span.Column - 1, newline)));
                }
            }
            else
            {
                return Refuse(path, pair.Value.Span.Line, $"mục của nhiệm vụ {group.Key} không phải danh sách viết theo khối (mỗi mục bắt đầu bằng \"- \"); cchc chỉ thêm được mục vào dạng đó",
                    $"the entries of task {group.Key} are not a block list (each entry starting with \"- \"); cchc can only append to that form");
            }
        }

        if (newTasks.Length > 0)
        {
            var offset = AfterLine(text, lines, LastLine(tasks), newline, out var prefix);
            edits.Add((offset, prefix + newTasks));
        }

        return new StatusEdit(Insert(text, edits), []);
    }

    /// <summary>An entry's <c>date:</c>, or null when it has none that reads as a date.</summary>
    private static DateOnly? DateOf(YNode item) =>
        item.Kind == YKind.Mapping && item.Pairs.FirstOrDefault(p => p.Key.Value == "date").Value?.Value is { } text
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date : null;

    private static StatusEdit Refuse(string path, int line, string vi, string en) =>
        new(null, [DiagnosticCatalog.E433.At(SourceSpan.At(path, Math.Max(1, line), 1), vi, en)]);

    private static string TaskBlock(string id, IEnumerable<StatusEntryText> entries, int indent, string newline) =>
        new string(' ', indent) + id + ":" + newline + Items(entries, indent + 2, newline);

    private static string Items(IEnumerable<StatusEntryText> entries, int indent, string newline)
    {
        var sb = new StringBuilder();
        var pad = new string(' ', indent);
        foreach (var e in entries)
        {
            sb.Append(pad).Append("- date: ").Append(YamlQuote.Date(e.Date)).Append(newline);
            void Field(string key, string value) => sb.Append(pad).Append("  ").Append(key).Append(": ").Append(value).Append(newline);
            Field("status", e.State.StatusKey);
            if (e.State.Completed is { } done)
            {
                Field("completed", YamlQuote.Date(done));
            }

            if (e.State.Result is { } result)
            {
                Field("result", YamlQuote.Of(result));
            }

            if (e.State.Products.Count > 0)
            {
                Field("products", "[" + string.Join(", ", e.State.Products.Select(YamlQuote.Of)) + "]");
            }

            if (e.State.Note is { } note)
            {
                Field("note", YamlQuote.Of(note));
            }

            if (e.By is { } by)
            {
                Field("by", YamlQuote.Of(by));
            }
        }

        return sb.ToString();
    }

    /// <summary>The last line holding any of the node's content (a block scalar ends at the start of the line after it).</summary>
    private static int LastLine(YNode node)
    {
        var last = node.Span.EndColumn == 1 && node.Span.EndLine > node.Span.Line ? node.Span.EndLine - 1 : node.Span.EndLine;
        foreach (var child in node.Items.Concat(node.Pairs.SelectMany(p => new[] { p.Key, p.Value })))
        {
            last = Math.Max(last, LastLine(child));
        }

        return last;
    }

    private static bool IsFlow(string text, SourceLines lines, YNode node)
    {
        var at = lines.Offset(node.Span.Line, node.Span.Column);
        return at < text.Length && text[at] is '[' or '{';
    }

    /// <summary>The offset where the line after <paramref name="line"/> starts; at the end of a text without a final break,
    /// <paramref name="prefix"/> supplies one.</summary>
    private static int AfterLine(string text, SourceLines lines, int line, string newline, out string prefix)
    {
        prefix = "";
        if (line < lines.Count)
        {
            return lines.Start(line + 1);
        }

        if (text.Length > 0 && !SourceLines.IsBreak(text[^1]))
        {
            prefix = newline;
        }

        return text.Length;
    }

    private static string Insert(string text, List<(int Offset, string Text)> edits)
    {
        var sb = new StringBuilder(text);
        // At one offset, the edit made first must come first in the text, so it is inserted last.
        foreach (var (offset, insert) in edits.Select((e, i) => (e, i)).OrderByDescending(x => x.e.Offset).ThenByDescending(x => x.i).Select(x => x.e))
        {
            sb.Insert(offset, insert);
        }

        return sb.ToString();
    }
}
