using Cchc.Model;

namespace Cchc.Validation;

/// <summary>Codes, ids and references: E002, E003, E004, E005, E016, W102, W103, W108.</summary>
internal static class IdentityRules
{
    public static IEnumerable<Diagnostic> Codes(PlanIndex ix)
    {
        foreach (var a in ix.Package.Agencies.Where(a => !Identifiers.IsCode(a.Code)))
        {
            yield return DiagnosticCatalog.E002.At(a.Spans.Of("code"),
                $"mã cơ quan \"{a.Code}\" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và \"_\", bắt đầu bằng chữ (ví dụ \"vhxh\", \"ttpvhcc\")",
                $"agency code \"{a.Code}\" is invalid: use lower-case ASCII letters, digits and \"_\", starting with a letter");
        }

        foreach (var (id, span) in Ids(ix).Where(x => !Identifiers.IsId(x.Id)))
        {
            yield return DiagnosticCatalog.E002.At(span,
                $"mã định danh \"{id}\" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số, \".\", \"_\", \"-\" (tối đa 64 ký tự), ví dụ \"tthc-mot-cua\"",
                $"id \"{id}\" is invalid: use lower-case ASCII letters, digits, \".\", \"_\", \"-\" (at most 64)");
        }
    }

    public static IEnumerable<Diagnostic> DuplicateIds(PlanIndex ix)
    {
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var (id, span) in Ids(ix))
        {
            if (seen.TryGetValue(id, out var first))
            {
                yield return DiagnosticCatalog.E003.At(span,
                    $"mã định danh \"{id}\" bị trùng (đã dùng ở dòng {first.Line}); nhiệm vụ và chỉ tiêu dùng chung một không gian mã",
                    $"id \"{id}\" is duplicated (first used at line {first.Line}); tasks and indicators share one namespace");
            }
            else
            {
                seen[id] = span;
            }
        }
    }

    private static IEnumerable<(string Id, SourceSpan Span)> Ids(PlanIndex ix) =>
        ix.Indicators.Where(i => i.Indicator.Id is not null).Select(i => (i.Indicator.Id!, i.Indicator.Spans.Of("id")))
            .Concat(ix.Tasks.Select(t => (t.Task.Id, t.Task.Spans.Of("id"))))
            .OrderBy(x => x.Item2.Line).ThenBy(x => x.Item2.Column);

    public static IEnumerable<Diagnostic> UnknownAgencies(PlanIndex ix)
    {
        var registry = ix.Package.Registry;
        foreach (var expr in ix.AgencyExprs)
        {
            foreach (var code in expr.Codes.Where(c => !registry.ContainsKey(c)))
            {
                yield return Unknown(code, expr.Span, registry);
            }
        }

        foreach (var n in ix.Nodes.Where(n => n.Node.Agency is { } c && !registry.ContainsKey(c)))
        {
            yield return Unknown(n.Node.Agency!, n.Node.Spans.Of("agency"), registry);
        }

        foreach (var area in ix.Package.Areas.Where(a => a.Lead is { } c && !registry.ContainsKey(c)))
        {
            yield return Unknown(area.Lead!, area.Spans.Of("lead"), registry);
        }

        foreach (var entry in Archives(ix).Where(e => e.IsCode))
        {
            if (!registry.TryGetValue(entry.Text, out var agency))
            {
                yield return Unknown(entry.Text, entry.Span, registry);
            }
            else if (agency.Abbr is null)
            {
                yield return DiagnosticCatalog.E004.At(entry.Span,
                    $"cơ quan \"{entry.Text}\" được ghi ở dòng Lưu nhưng chưa có chữ viết tắt: thêm abbr cho cơ quan này trong agencies",
                    $"agency \"{entry.Text}\" is in the archive line but has no abbr");
            }
        }

        foreach (var (task, _) in ix.Tasks)
        {
            if (task.Lead.RendersBlank(registry))
            {
                yield return DiagnosticCatalog.E016.At(task.Lead.Span, $"cơ quan chủ trì của nhiệm vụ \"{task.Id}\" để trống",
                    $"the lead of task \"{task.Id}\" is empty");
            }
            else if (!task.Lead.HasCodes())
            {
                yield return DiagnosticCatalog.W102.At(task.Lead.Span,
                    $"cơ quan chủ trì \"{task.Lead.Source}\" không dùng mã cơ quan nào; nên khai báo trong agencies và ghi bằng mã để theo dõi được",
                    $"the lead \"{task.Lead.Source}\" references no agency code");
            }

            if (task.Co is { } co && task.Lead.FirstCodeSharedWith(co) is { } both)
            {
                yield return DiagnosticCatalog.W103.At(co.Span, $"\"{both}\" vừa chủ trì vừa phối hợp trong nhiệm vụ \"{task.Id}\"",
                    $"\"{both}\" is both lead and co-agency of task \"{task.Id}\"");
            }
        }
    }

    private static IEnumerable<ArchiveEntry> Archives(PlanIndex ix) =>
        (ix.Package.Decision?.Archive ?? []).Concat(ix.Package.Plan.Archive);

    private static Diagnostic Unknown(string code, SourceSpan span, IReadOnlyDictionary<string, Agency> registry)
    {
        var closest = Spelling.Closest(code, registry.Keys);
        var (vi, en) = closest is null ? ("", "") : ($"; có phải ý bạn là \"{closest}\"?", $"; did you mean \"{closest}\"?");
        return DiagnosticCatalog.E004.At(span, $"mã cơ quan \"{code}\" chưa được khai báo trong agencies{vi}",
            $"agency code \"{code}\" is not declared in agencies{en}");
    }

    public static IEnumerable<Diagnostic> UnknownAreas(PlanIndex ix)
    {
        foreach (var n in ix.Nodes)
        {
            foreach (var key in n.Node.Leads.Where(k => !Areas.IsKnown(k)))
            {
                yield return DiagnosticCatalog.E005.At(n.Node.Spans.Of("leads"),
                    $"lĩnh vực không được biết \"{key}\" trong leads; dùng một trong: {string.Join(", ", Areas.Canonical.Select(a => a.Key))} (nội dung khác ghi ở topics)",
                    $"unknown area \"{key}\" in leads (use topics for other subjects)");
            }
        }
    }

    public static IEnumerable<Diagnostic> UnusedAgencies(PlanIndex ix)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        used.UnionWith(ix.AgencyExprs.SelectMany(e => e.Codes));
        used.UnionWith(ix.Nodes.Select(n => n.Node.Agency).OfType<string>());
        used.UnionWith(ix.Package.Areas.Select(a => a.Lead).OfType<string>());
        used.UnionWith(Archives(ix).Where(e => e.IsCode).Select(e => e.Text));
        var prose = ix.Package.Decision is { } d ? $"{d.Proposer} {d.Executors} {d.AttachedBy}" : "";
        foreach (var a in ix.Package.Agencies.Where(a => !used.Contains(a.Code) && !prose.Contains($"{{{a.Code}}}", StringComparison.Ordinal)))
        {
            yield return DiagnosticCatalog.W108.At(a.Spans.Of("code"), $"cơ quan \"{a.Code}\" ({a.Name}) được khai báo nhưng không được dùng ở đâu",
                $"agency \"{a.Code}\" ({a.Name}) is declared but never referenced");
        }
    }
}
