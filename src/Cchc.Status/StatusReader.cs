using System.Globalization;
using Cchc.Model;
using Cchc.Yaml;

namespace Cchc.Status;

/// <summary>
/// The YAML tree of a status file → <see cref="StatusFile"/>. Every problem is a finding and reading goes on; an
/// entry without a readable date or status is left out.
/// </summary>
internal sealed partial class StatusReader(string path, List<Diagnostic> diagnostics)
{
    internal static readonly string[] RootKeys = ["cchc_status", "plan", "tasks", "indicators", "reports"];
    internal static readonly string[] EntryKeys = ["date", "status", "completed", "result", "products", "note", "by"];
    internal static readonly string[] IndicatorKeys = ["date", "value", "note"];

    public StatusFile Read(YNode root)
    {
        var top = Map(root, RootKeys, ["cchc_status"], "tệp tình hình thực hiện", "the status file");
        if (top?.GetValueOrDefault("cchc_status") is { } version && !(version.Kind == YKind.Scalar && version.Value == "1"))
        {
            Error(DiagnosticCatalog.E401, version.Span, $"cchc_status phải là 1 (phiên bản định dạng), nhưng đây là {version.Describe("vi")}",
                $"cchc_status must be 1 (the format version), found {version.Describe("en")}");
        }

        var ids = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var tasks = Entries(top?.GetValueOrDefault("tasks"), "tasks", ids, TaskEntry);
        var indicators = Entries(top?.GetValueOrDefault("indicators"), "indicators", ids, IndicatorEntry);
        var plan = top?.GetValueOrDefault("plan");
        return new StatusFile(path, Text(plan, "plan"), tasks, indicators)
        {
            IdSpans = ids, PlanSpan = plan?.Span, Reports = Reports(top?.GetValueOrDefault("reports")),
        };
    }

    /// <summary>An id → list-of-entries mapping (<c>tasks:</c>, <c>indicators:</c>), with the order of dates checked per id.</summary>
    private Dictionary<string, IReadOnlyList<T>> Entries<T>(YNode? node, string key, Dictionary<string, SourceSpan> ids, Func<YNode, T?> read)
        where T : class
    {
        var result = new Dictionary<string, IReadOnlyList<T>>(StringComparer.Ordinal);
        if (Map(node, null, [], $"\"{key}\"", $"\"{key}\"") is null)
        {
            return result;
        }

        foreach (var (k, v) in node!.Pairs)
        {
            if (k.Kind != YKind.Scalar || !result.TryAdd(k.Value, []))
            {
                continue; // reported by Map (a key that is not a scalar, a repeated key)
            }

            ids[k.Value] = k.Span;
            if (v.IsNull)
            {
                continue;
            }

            if (v.Kind != YKind.Sequence)
            {
                Error(DiagnosticCatalog.E401, v.Span, $"\"{k.Value}\" phải là một danh sách các lần ghi nhận (- date: …), nhưng đây là {v.Describe("vi")}",
                    $"\"{k.Value}\" must be a list of dated entries (- date: …), found {v.Describe("en")}");
                continue;
            }

            var entries = v.Items.Select(read).OfType<T>().ToList();
            CheckOrder(k.Value, entries.Select(e => e switch
            {
                StatusEntry s => (s.Date, s.Spans.Of("date")),
                IndicatorEntry i => (i.Date, i.Span),
                _ => throw new InvalidOperationException(),
            }).ToList());
            result[k.Value] = entries;
        }

        return result;
    }

    private void CheckOrder(string id, List<(DateOnly Date, SourceSpan Span)> dates)
    {
        for (var i = 1; i < dates.Count; i++)
        {
            var (prev, prevSpan) = dates[i - 1];
            var (date, span) = dates[i];
            if (date == prev)
            {
                Error(DiagnosticCatalog.E411, span, $"\"{id}\" có hai lần ghi nhận cùng ngày {Dates.Show(date)} (lần kia ở dòng {prevSpan.Line}); gộp làm một",
                    $"\"{id}\" has two entries dated {date:yyyy-MM-dd} (the other at line {prevSpan.Line}); merge them");
            }
            else if (date < prev)
            {
                Error(DiagnosticCatalog.E410, span, $"các lần ghi nhận của \"{id}\" phải theo thứ tự ngày, cũ trước mới sau: {Dates.Show(date)} đứng sau {Dates.Show(prev)} (dòng {prevSpan.Line})",
                    $"the entries of \"{id}\" must be in date order, oldest first: {date:yyyy-MM-dd} comes after {prev:yyyy-MM-dd} (line {prevSpan.Line})");
            }
        }
    }

    private StatusEntry? TaskEntry(YNode node)
    {
        var f = Map(node, EntryKeys, ["date", "status"], "lần ghi nhận", "the entry");
        if (f is null)
        {
            return null;
        }

        var date = Date(f.GetValueOrDefault("date"), "date");
        var status = Status(f.GetValueOrDefault("status"));
        var completedNode = f.GetValueOrDefault("completed");
        var completed = Date(completedNode, "completed");
        if (status == TaskStatus.Done && completedNode is null or { IsNull: true })
        {
            Error(DiagnosticCatalog.E409, f.GetValueOrDefault("status")!.Span,
                "tình trạng hoan_thanh cần ngày hoàn thành: thêm completed: \"YYYY-MM-DD\" (ngày ban hành văn bản, ngày xong việc)",
                "status hoan_thanh needs the completion date: add completed: \"YYYY-MM-DD\"");
        }
        else if (status is { } other && other != TaskStatus.Done && completed is not null)
        {
            Error(DiagnosticCatalog.W402, completedNode!.Span,
                $"có ngày hoàn thành nhưng tình trạng là \"{StatusWords.Key(other)}\"; nếu đã xong hãy ghi status: hoan_thanh, nếu chưa hãy bỏ completed",
                $"a completion date, but the status is \"{StatusWords.Key(other)}\"; write status: hoan_thanh, or drop completed");
        }

        if (date is { } d && completed is { } c && c > d)
        {
            Error(DiagnosticCatalog.E407, completedNode!.Span,
                $"ngày hoàn thành {Dates.Show(c)} sau ngày ghi nhận {Dates.Show(d)}: không thể ghi nhận việc đã xong trước khi nó xong",
                $"the completion date {c:yyyy-MM-dd} is after the entry's date {d:yyyy-MM-dd}");
        }

        if (date is null || status is null)
        {
            return null;
        }

        var spans = f.ToDictionary(kv => kv.Key, kv => kv.Value.Span, StringComparer.Ordinal);
        return new StatusEntry(date.Value, status.Value, status == TaskStatus.Done ? completed : null,
            Text(f.GetValueOrDefault("result"), "result"), Products(f.GetValueOrDefault("products")),
            Text(f.GetValueOrDefault("note"), "note"), Text(f.GetValueOrDefault("by"), "by"), node.Span)
        {
            Spans = new SpanMap(node.Span, spans),
        };
    }

    private IndicatorEntry? IndicatorEntry(YNode node)
    {
        var f = Map(node, IndicatorKeys, ["date", "value"], "lần ghi nhận chỉ tiêu", "the indicator entry");
        if (f is null)
        {
            return null;
        }

        var date = Date(f.GetValueOrDefault("date"), "date");
        var value = Number(f.GetValueOrDefault("value"));
        return date is { } d && value is { } v ? new IndicatorEntry(d, v, Text(f.GetValueOrDefault("note"), "note"), node.Span) : null;
    }

    private TaskStatus? Status(YNode? n)
    {
        var word = Text(n, "status");
        if (word is null)
        {
            return null;
        }

        if (StatusWords.TryParse(word, out var s))
        {
            return s;
        }

        var (vi, en) = Suggest.Hint(StatusWords.Fold(word), StatusWords.Keys);
        Error(DiagnosticCatalog.E404, n!.Span, $"tình trạng không được biết \"{word}\"{vi}", $"unknown status \"{word}\"{en}");
        return null;
    }

    private DateOnly? Date(YNode? n, string key)
    {
        var s = Text(n, key);
        if (s is null)
        {
            return null;
        }

        if (Dates.TryParse(s, out var d))
        {
            return d;
        }

        Error(DiagnosticCatalog.E405, n!.Span, $"\"{key}\" không phải một ngày có thật: \"{s}\"; viết \"YYYY-MM-DD\" (ví dụ \"2026-03-20\") hoặc \"20/03/2026\"",
            $"\"{key}\" is not a real date: \"{s}\"; write \"YYYY-MM-DD\" (e.g. \"2026-03-20\") or \"20/03/2026\"");
        return null;
    }

    private decimal? Number(YNode? n)
    {
        var s = Text(n, "value");
        if (s is null)
        {
            return null;
        }

        if (decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        Error(DiagnosticCatalog.E412, n!.Span, $"\"value\" phải là một số (dấu chấm thập phân, ví dụ 95.5), nhưng đây là \"{s}\"",
            $"\"value\" must be a number (decimal point, e.g. 95.5), found \"{s}\"");
        return null;
    }

    private IReadOnlyList<string> Products(YNode? n)
    {
        if (n is null || n.IsNull)
        {
            return [];
        }

        if (n.Kind == YKind.Scalar)
        {
            return [n.Value.Trim()];
        }

        if (n.Kind == YKind.Sequence)
        {
            return [.. n.Items.Select(i => Text(i, "products")).OfType<string>()];
        }

        Error(DiagnosticCatalog.E401, n.Span, $"\"products\" phải là một chuỗi hoặc danh sách chuỗi, nhưng đây là {n.Describe("vi")}",
            $"\"products\" must be a string or a list of strings, found {n.Describe("en")}");
        return [];
    }

    private string? Text(YNode? n, string key)
    {
        if (n is null || n.IsNull)
        {
            return null;
        }

        if (n.Kind != YKind.Scalar)
        {
            Error(DiagnosticCatalog.E401, n.Span, $"\"{key}\" phải là một chuỗi, nhưng đây là {n.Describe("vi")}", $"\"{key}\" must be a string, found {n.Describe("en")}");
            return null;
        }

        return n.Value.Trim() is { Length: > 0 } t ? t : null;
    }

    /// <summary>A mapping's values by key: repeated keys (E107), unknown keys (E401, with "did you mean") and missing
    /// required keys (E401). <paramref name="keys"/> null accepts any key (ids).</summary>
    private Dictionary<string, YNode>? Map(YNode? node, string[]? keys, string[] required, string whatVi, string whatEn)
    {
        if (node is null || (keys is null && node.IsNull))
        {
            return null;
        }

        if (node.Kind != YKind.Mapping)
        {
            Error(DiagnosticCatalog.E401, node.Span, $"{whatVi} phải là một bảng khóa–giá trị (key: value), nhưng đây là {node.Describe("vi")}",
                $"{whatEn} must be a mapping (key: value), found {node.Describe("en")}");
            return null;
        }

        var values = new Dictionary<string, YNode>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var suggested = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (k, v) in node.Pairs)
        {
            if (k.Kind != YKind.Scalar)
            {
                Error(DiagnosticCatalog.E401, k.Span, "khóa phải là một chữ đơn giản", "a key must be a plain scalar");
            }
            else if (!lines.TryAdd(k.Value, k.Span.Line))
            {
                Error(DiagnosticCatalog.E107, k.Span, $"khóa \"{k.Value}\" bị lặp lại trong cùng một bảng (lần đầu ở dòng {lines[k.Value]}); xóa một trong hai",
                    $"key \"{k.Value}\" is repeated in the same mapping (first at line {lines[k.Value]})");
            }
            else if (keys is not null && !keys.Contains(k.Value))
            {
                var (vi, en) = Suggest.Hint(k.Value, keys);
                Error(DiagnosticCatalog.E401, k.Span, $"khóa không được biết \"{k.Value}\" trong {whatVi}{vi}", $"unknown key \"{k.Value}\" in {whatEn}{en}");
                if (Spelling.Closest(k.Value, keys) is { } meant)
                {
                    suggested.Add(meant);
                }
            }
            else
            {
                values[k.Value] = v;
            }
        }

        foreach (var key in required.Where(k => !values.ContainsKey(k) && !suggested.Contains(k)))
        {
            Error(DiagnosticCatalog.E401, node.Span, $"{whatVi} thiếu khóa bắt buộc \"{key}\"", $"{whatEn} lacks the required key \"{key}\"");
        }

        return values;
    }

    private void Error(DiagnosticCode code, SourceSpan span, string vi, string en) => diagnostics.Add(code.At(span, vi, en));
}
