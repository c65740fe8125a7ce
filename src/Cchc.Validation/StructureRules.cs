using System.Text.RegularExpressions;
using Cchc.Model;

namespace Cchc.Validation;

/// <summary>The shape of the plan: E009, E010, E014, W101, W105, W106, W112, W114.</summary>
internal static partial class StructureRules
{
    [GeneratedRegex(@"^(?:(?:[IVXLC]+|\d+(?:\.\d+)*)\.|[a-zđ]\)|\(\d+\)\.?)\s")]
    private static partial Regex TypedLabel();

    public static IEnumerable<Diagnostic> AreaOrder(PlanIndex ix)
    {
        var siblingLists = ix.Nodes.Select(n => n.Node.Content.OfType<NodeBlock>().Select(b => b.Node).ToList())
            .Prepend(ix.Package.Plan.Body.ToList());
        foreach (var siblings in siblingLists)
        {
            var last = -1;
            string? lastKey = null;
            foreach (var n in siblings.Where(n => n.Area is not null && Areas.IsKnown(n.Area)))
            {
                var order = Areas.Order(n.Area!);
                if (order < last)
                {
                    yield return DiagnosticCatalog.E009.At(n.Spans.Of("area"),
                        $"mục lĩnh vực \"{n.Area}\" đứng sau \"{lastKey}\"; các lĩnh vực phải theo thứ tự: {Canonical()}",
                        $"area \"{n.Area}\" comes after \"{lastKey}\"; areas must follow the canonical order");
                }

                (last, lastKey) = (Math.Max(last, order), order >= last ? n.Area : lastKey);
            }
        }

        foreach (var appendix in ix.TaskAppendices)
        {
            var last = -1;
            string? lastKey = null;
            foreach (var g in appendix.Groups.Where(g => Areas.IsKnown(g.Area)))
            {
                var order = Areas.Order(g.Area);
                if (order == last)
                {
                    yield return DiagnosticCatalog.E009.At(g.Spans.Of("area"), $"lĩnh vực \"{g.Area}\" có hai nhóm trong cùng một bảng; gộp thành một nhóm",
                        $"area \"{g.Area}\" has two groups in one table");
                }
                else if (order < last)
                {
                    yield return DiagnosticCatalog.E009.At(g.Spans.Of("area"),
                        $"nhóm \"{g.Area}\" đứng sau \"{lastKey}\"; các nhóm phải theo thứ tự: {Canonical()}",
                        $"group \"{g.Area}\" comes after \"{lastKey}\"; groups must follow the canonical order");
                }
                else
                {
                    (last, lastKey) = (order, g.Area);
                }
            }
        }
    }

    private static string Canonical() => string.Join(" → ", Areas.Canonical.Select(a => a.Key));

    public static IEnumerable<Diagnostic> TypedNumbering(PlanIndex ix)
    {
        var titled = ix.Nodes.Where(n => n.Node.Title is not null).Select(n => (n.Node.Title!, n.Node.Spans.Of("title"), "tiêu đề mục"))
            .Concat(ix.TaskAppendices.SelectMany(a => a.Groups).Where(g => g.Title is not null).Select(g => (g.Title!, g.Spans.Of("title"), "tiêu đề nhóm")))
            .Concat(ix.Tasks.Select(t => (t.Task.Content, t.Task.Spans.Of("content"), "nội dung nhiệm vụ")));
        foreach (var (text, span, what) in titled)
        {
            var m = TypedLabel().Match(text);
            if (m.Success)
            {
                yield return DiagnosticCatalog.E010.At(span,
                    $"{what} bắt đầu bằng số thứ tự gõ tay \"{m.Value.Trim()}\"; cchc tự đánh số — xóa \"{m.Value.Trim()}\" (nếu cần giữ đúng bản gốc, dùng label)",
                    $"the {(what == "nội dung nhiệm vụ" ? "task content" : "title")} starts with a typed label \"{m.Value.Trim()}\"; cchc numbers it — remove it (or use label)");
            }
        }
    }

    public static IEnumerable<Diagnostic> Labels(PlanIndex ix)
    {
        var labelled = ix.Nodes.Select(n => (n.Node.Label, n.Node.Spans.Of("label")))
            .Concat(ix.AllItems.Select(i => (i.Label, i.Spans.Of("label"))))
            .Concat(ix.Indicators.Select(i => (i.Indicator.Label, i.Indicator.Spans.Of("label"))))
            .Where(x => x.Label is not null);
        foreach (var (label, span) in labelled)
        {
            yield return label!.Trim().Length == 0
                ? DiagnosticCatalog.E014.At(span, "label để trống; xóa khóa label để dùng số thứ tự tự sinh", "the label is empty; remove it to use the derived label")
                : DiagnosticCatalog.W101.At(span, $"số thứ tự \"{label}\" được ghi đè bằng label (chỉ nên dùng để chép đúng bản gốc)",
                    $"the label \"{label}\" overrides the derived numbering");
        }

        foreach (var d in Exhaustion(ix))
        {
            yield return d;
        }
    }

    /// <summary>E014: more children than a style has labels (alpha_vi 23, alpha_latin 26).</summary>
    private static IEnumerable<Diagnostic> Exhaustion(PlanIndex ix)
    {
        var groups = ix.Nodes.Select(n => (Style: n.Node.Numbering ?? DefaultStyle(n.Depth + 1),
                Children: n.Node.Content.OfType<NodeBlock>().Select(b => new Labelled(b.Node.Label, b.Span)).ToList()))
            .Append((Style: NumberingStyle.Roman, Children: ix.Package.Plan.Body.Select(n => new Labelled(n.Label, n.Spans.Node)).ToList()))
            .Concat(ix.Lists.Select(l => (Style: l.Style ?? NumberingStyle.Dash, Children: l.Items.Select(i => new Labelled(i.Label, i.Spans.Node)).ToList())))
            .Concat(ix.IndicatorLists.Select(l => (Style: l.Style ?? NumberingStyle.Dash,
                Children: l.Entries.Select(e => new Labelled(e is Indicator i ? i.Label : null, e.Spans.Node)).ToList())));
        foreach (var (style, children) in groups)
        {
            var limit = style switch { NumberingStyle.AlphaVi => 23, NumberingStyle.AlphaLatin => 26, _ => int.MaxValue };
            var derived = children.Where(c => c.Label is null).ToList();
            if (derived.Count > limit)
            {
                yield return DiagnosticCatalog.E014.At(derived[limit].Span,
                    $"kiểu đánh số {(style == NumberingStyle.AlphaVi ? "a) b) c) … y) chỉ có 23 chữ cái" : "a) … z) chỉ có 26 chữ cái")}, nhưng ở đây có {derived.Count} mục; chia nhỏ hoặc dùng kiểu khác (arabic, dash)",
                    $"the numbering style has {limit} labels but there are {derived.Count} entries");
            }
        }
    }

    private sealed record Labelled(string? Label, SourceSpan Span);

    internal static NumberingStyle DefaultStyle(int depth) => depth switch
    {
        1 => NumberingStyle.Roman,
        2 => NumberingStyle.Arabic,
        3 => NumberingStyle.AlphaVi,
        _ => NumberingStyle.Dash,
    };

    public static IEnumerable<Diagnostic> Coverage(PlanIndex ix)
    {
        var bodySpan = ix.Package.Plan.Spans.Of("body");
        var tagged = ix.Nodes.Select(n => n.Node.Area).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var (key, title) in Areas.Canonical.Skip(1).Where(a => !tagged.Contains(a.Key)))
        {
            yield return DiagnosticCatalog.W105.At(bodySpan, $"thân Kế hoạch không có mục nào gắn lĩnh vực \"{key}\" ({title})",
                $"no body section is tagged with area \"{key}\" ({title})");
        }

        foreach (var appendix in ix.TaskAppendices)
        {
            var areas = appendix.Groups.Select(g => g.Area).ToHashSet(StringComparer.Ordinal);
            foreach (var (key, title) in Areas.Canonical.Skip(1).Where(a => !areas.Contains(a.Key)))
            {
                yield return DiagnosticCatalog.W105.At(appendix.Spans.Of("groups"), $"bảng nhiệm vụ không có nhóm \"{key}\" ({title})",
                    $"the task table has no group for \"{key}\" ({title})");
            }

            foreach (var g in appendix.Groups.Where(g => g.Tasks.Count == 0))
            {
                yield return DiagnosticCatalog.W114.At(g.Spans.Of("tasks"), $"nhóm \"{g.Area}\" chưa có nhiệm vụ nào", $"group \"{g.Area}\" has no tasks yet");
            }
        }
    }

    public static IEnumerable<Diagnostic> AppendixMentions(PlanIndex ix)
    {
        var mention = ix.Texts.Where(t => t.InBody).FirstOrDefault(t => t.Text.Contains("phụ lục", StringComparison.OrdinalIgnoreCase));
        if (mention is not null && ix.Package.Appendices.Count == 0)
        {
            yield return DiagnosticCatalog.W106.At(mention.Span, "Kế hoạch nhắc đến \"Phụ lục\" nhưng tệp không có phụ lục nào (appendices)",
                "the plan mentions \"Phụ lục\" but the file has no appendices");
        }
        else if (mention is null && ix.Package.Appendices.Count > 0)
        {
            yield return DiagnosticCatalog.W106.At(ix.Package.Appendices[0].Spans.Node,
                "có phụ lục nhưng thân Kế hoạch không nhắc đến (Nghị định 30 yêu cầu dẫn chiếu, ví dụ \"(chi tiết tại Phụ lục kèm theo)\")",
                "there is an appendix but the plan body does not refer to it");
        }
    }

    public static IEnumerable<Diagnostic> FundingAndImplementation(PlanIndex ix)
    {
        if (!ix.Nodes.Any(n => n.Node.Role is NodeRole.Funding or NodeRole.Implementation))
        {
            yield return DiagnosticCatalog.W112.At(ix.Package.Plan.Spans.Of("body"),
                "không có mục nào có role: funding (kinh phí) hoặc role: implementation (tổ chức thực hiện)",
                "no section has role: funding or role: implementation");
        }
    }
}
