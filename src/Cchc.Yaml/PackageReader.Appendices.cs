using Cchc.Model;

namespace Cchc.Yaml;

internal sealed partial class PackageReader
{
    private Appendix? ReadAppendix(YNodeRef n, int index)
    {
        var f = Map(n, Schema.Appendix, $"phụ lục thứ {index + 1}");
        if (f is null)
        {
            return null;
        }

        var kind = Enum(f, "kind");
        var attached = Enum(f, "attached_to") switch { "decision" => AttachedTo.Decision, "plan" => AttachedTo.Plan, _ => (AttachedTo?)null };
        var headers = f.Has("headers") ? StrList(f, "headers") : null;
        var title = Required(f, "title");
        var label = Str(f, "label");
        if (kind == "tasks")
        {
            ForbidKeys(f, "phụ lục nhiệm vụ (kind: tasks)", "rows", "from");
            if (!f.Has("groups"))
            {
                Error(DiagnosticCatalog.E001, f.Spans.Node, "phụ lục nhiệm vụ (kind: tasks) thiếu khóa bắt buộc \"groups\"", "a tasks appendix lacks \"groups\"");
            }

            var numbering = Enum(f, "numbering") == "per_group" ? TaskNumbering.PerGroup : TaskNumbering.Continuous;
            var groups = Seq(f, "groups").Select(ReadTaskGroup).OfType<TaskGroup>().ToList();
            return new TaskAppendix(title, label, attached, headers, numbering, groups, f.Spans);
        }

        if (kind == "indicators")
        {
            ForbidKeys(f, "phụ lục chỉ tiêu (kind: indicators)", "groups", "numbering");
            var fromBody = Enum(f, "from") == "body";
            if (!fromBody && !f.Has("rows"))
            {
                Error(DiagnosticCatalog.E001, f.Spans.Node, "phụ lục chỉ tiêu cần \"rows\" (danh sách id chỉ tiêu) hoặc \"from: body\"",
                    "an indicators appendix needs \"rows\" or \"from: body\"");
            }

            return new IndicatorAppendix(title, label, attached, headers, StrList(f, "rows"), fromBody, f.Spans);
        }

        return null;
    }

    private void ForbidKeys(Fields f, string what, params string[] keys)
    {
        foreach (var k in keys.Where(f.Has))
        {
            Error(DiagnosticCatalog.E001, f.Spans.Of(k), $"khóa \"{k}\" không dùng cho {what}", $"key \"{k}\" does not apply to {what}");
        }
    }

    private TaskGroup? ReadTaskGroup(YNodeRef n)
    {
        var f = Map(n, Schema.TaskGroup, "nhóm nhiệm vụ");
        if (f is null)
        {
            return null;
        }

        var tasks = Seq(f, "tasks").Select(ReadTask).OfType<PlanTask>().ToList();
        return new TaskGroup(Enum(f, "area", DiagnosticCatalog.E005) ?? "", Str(f, "title"), tasks, f.Spans);
    }

    private PlanTask? ReadTask(YNodeRef n)
    {
        var f = Map(n, Schema.Task, "nhiệm vụ");
        if (f is null)
        {
            return null;
        }

        var productsNode = f["products"];
        var products = productsNode is { Kind: YKind.Sequence } ? StrList(f, "products")
            : Str(f, "products") is { } single ? [single] : new List<string>();
        var lead = ReadAgencyExpr(f["lead"], "lead") ?? new AgencyExpr(AgencyExprForm.Literal, [], "", f.Spans.Node);
        var deadline = ReadDeadline(f["deadline"]) ?? Deadline.Explicit("", f.Spans.Node);
        return new PlanTask(Required(f, "id"), Required(f, "content"), lead, ReadAgencyExpr(f["co"], "co"), deadline, products, f.Spans);
    }

    private Deadline? ReadDeadline(YNodeRef? maybe)
    {
        if (maybe is not { } n || n.IsNull)
        {
            return null;
        }

        if (n.Kind == YKind.Scalar)
        {
            return Deadline.FromText(n.Value, n.Span);
        }

        var f = Map(n, Schema.DeadlineText, "thời hạn");
        return f is null ? null : Deadline.Explicit(Required(f, "text"), n.Span);
    }

    private AgencyExpr? ReadAgencyExpr(YNodeRef? maybe, string key)
    {
        if (maybe is not { } n || n.IsNull)
        {
            return null;
        }

        if (n.Kind == YKind.Scalar)
        {
            return AgencyExprParser.Parse(n.Value.Trim(), n.Span);
        }

        if (n.Kind == YKind.Sequence)
        {
            var parts = new List<AgencyPart>();
            foreach (var item in n.Items)
            {
                if (item.Kind != YKind.Scalar || item.IsNull)
                {
                    Error(DiagnosticCatalog.E001, item.Span, $"mỗi phần tử của \"{key}\" phải là mã cơ quan hoặc chữ", $"each element of \"{key}\" must be a code or text");
                    continue;
                }

                if (parts.Count > 0)
                {
                    parts.Add(new AgencyPart(false, ", "));
                }

                var v = item.Value.Trim();
                parts.Add(new AgencyPart(Identifiers.IsCode(v), v));
            }

            return new AgencyExpr(AgencyExprForm.List, parts, string.Join(", ", n.Items.Select(i => i.Value)), n.Span);
        }

        Error(DiagnosticCatalog.E001, n.Span, $"\"{key}\" phải là mã cơ quan, danh sách mã, hoặc chuỗi có {{mã}}, nhưng đây là {n.Describe("vi")}",
            $"\"{key}\" must be a code, a list or a template string, found {n.Describe("en")}");
        return null;
    }
}
