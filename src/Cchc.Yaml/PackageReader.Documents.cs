using Cchc.Model;

namespace Cchc.Yaml;

internal sealed partial class PackageReader
{
    public Package? ReadPackage(YNodeRef root)
    {
        var f = Map(root, Schema.Root, "tệp kế hoạch");
        if (f is null)
        {
            return null;
        }

        var version = Int(f, "cchc");
        if (version is not null && version != 1)
        {
            Error(DiagnosticCatalog.E001, f.Spans.Of("cchc"), "phiên bản định dạng \"cchc\" phải là 1", "format version \"cchc\" must be 1");
        }

        var issuer = ReadIssuer(Map(f["issuer"], Schema.Issuer, "issuer"));
        var agencies = ReadAgencies(f["agencies"]);
        var areas = ReadAreas(f["areas"]);
        var style = ReadStyle(Map(f["style"], Schema.Style, "style"));
        var decision = f.Has("decision") ? ReadDecision(Map(f["decision"], Schema.Decision, "decision")) : null;
        var plan = ReadPlan(Map(f["plan"], Schema.Plan, "plan"), issuer);
        var appendices = Seq(f, "appendices").Select((n, i) => ReadAppendix(n, i)).OfType<Appendix>().ToList();
        return new Package(_path, version ?? 1, issuer, agencies, areas, style, decision, plan, appendices, f.Spans);
    }

    private Issuer ReadIssuer(Fields? f)
    {
        var header = f?.Has("header") == true ? StrList(f, "header") : null;
        return new Issuer(Required(f, "body"), Enum(f, "unit") ?? "", Required(f, "name"), Str(f, "province"), Str(f, "superior"),
            Str(f, "place"), Str(f, "abbr") ?? "UBND", header, f?.Spans ?? SpanMap.Empty(SourceSpan.None(_path)));
    }

    private List<Agency> ReadAgencies(YNodeRef? node)
    {
        var result = new List<Agency>();
        foreach (var (key, value) in CodeMap(node, "agencies"))
        {
            var f = Map(value, Schema.Agency, $"cơ quan \"{key.Value}\"");
            var kind = ParseEnum<AgencyKind>(Enum(f, "kind")) ?? AgencyKind.Unit;
            var spans = f?.Spans ?? SpanMap.Empty(value.Span);
            var withCode = Schema.Agency.Names.Where(spans.Has).ToDictionary(k => k, spans.Of, StringComparer.Ordinal);
            withCode["code"] = key.Span;
            result.Add(new Agency(key.Value, Required(f, "name"), Str(f, "short"), Str(f, "abbr"), kind, new SpanMap(spans.Node, withCode)));
        }

        return result;
    }

    private List<AreaSetting> ReadAreas(YNodeRef? node)
    {
        var result = new List<AreaSetting>();
        foreach (var (key, value) in CodeMap(node, "areas"))
        {
            if (!Areas.IsKnown(key.Value))
            {
                var (vi, en) = Suggest.Hint(key.Value, Schema.AreaKeys);
                Error(DiagnosticCatalog.E005, key.Span, $"lĩnh vực không được biết \"{key.Value}\"{vi}", $"unknown area \"{key.Value}\"{en}");
                continue;
            }

            var f = Map(value, Schema.Area, $"lĩnh vực \"{key.Value}\"");
            result.Add(new AreaSetting(key.Value, Str(f, "title"), Str(f, "group_title"), Str(f, "lead"), f?.Spans ?? SpanMap.Empty(value.Span)));
        }

        return result;
    }

    /// <summary>The pairs of a mapping keyed by codes, with duplicate keys reported.</summary>
    private IEnumerable<(YNodeRef Key, YNodeRef Value)> CodeMap(YNodeRef? maybe, string what)
    {
        if (maybe is not { } node || node.IsNull)
        {
            yield break;
        }

        if (node.Kind != YKind.Mapping)
        {
            Error(DiagnosticCatalog.E001, node.Span, $"\"{what}\" phải là một bảng mã → thông tin, nhưng đây là {node.Describe("vi")}",
                $"\"{what}\" must be a mapping of codes, found {node.Describe("en")}");
            yield break;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (k, v) in node.Pairs)
        {
            if (k.Kind != YKind.Scalar)
            {
                Error(DiagnosticCatalog.E001, k.Span, "khóa phải là một chữ đơn giản", "a key must be a plain scalar");
                continue;
            }

            if (seen.TryGetValue(k.Value, out var line))
            {
                Error(DiagnosticCatalog.E107, k.Span, $"mã \"{k.Value}\" bị khai báo hai lần trong \"{what}\" (lần đầu ở dòng {line})",
                    $"code \"{k.Value}\" is declared twice in \"{what}\" (first at line {line})");
                continue;
            }

            seen[k.Value] = k.Span.Line;
            yield return (k, v);
        }
    }

    private DocumentStyle ReadStyle(Fields? f)
    {
        var d = DocumentStyle.Default;
        if (f is null)
        {
            return d;
        }

        var blank = f["blank"] is { Kind: YKind.Scalar } b ? b.Value : d.Blank;
        return new DocumentStyle(
            ParseEnum<DateStyle>(Enum(f, "ref_date")) ?? d.RefDate,
            ParseEnum<DateStyle>(Enum(f, "attached_date")) ?? d.AttachedDate,
            Str(f, "national_title") ?? d.NationalTitle,
            blank);
    }

    private Decision? ReadDecision(Fields? f)
    {
        if (f is null)
        {
            return null;
        }

        var articles = f.Has("articles") ? ReadArticles(f["articles"]) : null;
        return new Decision(Str(f, "number"), Str(f, "symbol") ?? "", Date(f, "date"), Required(f, "title"),
            Seq(f, "bases").Select(n => ReadLegalRef(n, requireKind: true)).OfType<LegalRef>().ToList(),
            Str(f, "proposer"), articles, Str(f, "executors"), Str(f, "attached_by"),
            ReadRecipients(f, "recipients"), ReadArchive(f), f.Has("signer") ? ReadSigner(Map(f["signer"], Schema.Signer, "signer")) : null,
            f.Spans);
    }

    private List<Article> ReadArticles(YNodeRef? node)
    {
        var result = new List<Article>();
        foreach (var item in Seq(node, "articles"))
        {
            if (item.Kind == YKind.Scalar && !item.IsNull)
            {
                result.Add(new Article([item.Value.Trim()], item.Span));
            }
            else if (item.Kind == YKind.Sequence && item.Items.All(p => p.Kind == YKind.Scalar && !p.IsNull) && item.Items.Count > 0)
            {
                result.Add(new Article(item.Items.Select(p => p.Value.Trim()).ToList(), item.Span));
            }
            else
            {
                Error(DiagnosticCatalog.E001, item.Span, "mỗi Điều phải là một đoạn văn hoặc một danh sách các đoạn văn", "each article must be a paragraph or a list of paragraphs");
            }
        }

        return result;
    }

    private LegalRef? ReadLegalRef(YNodeRef node, bool requireKind)
    {
        var f = Map(node, Schema.LegalRef, "căn cứ");
        if (f is null)
        {
            return null;
        }

        if (requireKind && !f.Has("kind") && !f.Has("text"))
        {
            Error(DiagnosticCatalog.E001, f.Spans.Node, "căn cứ thiếu khóa bắt buộc \"kind\" (loại văn bản, ví dụ \"Nghị quyết\"), hoặc ghi nguyên văn bằng \"text\"",
                "a legal basis lacks \"kind\" (or give the whole citation as \"text\")");
        }

        var dateStyle = ParseEnum<DateStyle>(Enum(f, "date_style"));
        return new LegalRef(Enum(f, "kind"), Str(f, "number"), Str(f, "year"), Str(f, "symbol"), Date(f, "date"), dateStyle,
            Str(f, "issuer"), Str(f, "title"), Seq(f, "also").Select(n => ReadLegalRef(n, requireKind: false)).OfType<LegalRef>().ToList(),
            Str(f, "text"), f.Spans);
    }

    private List<Recipient> ReadRecipients(Fields? f, string key)
    {
        var result = new List<Recipient>();
        foreach (var item in Seq(f, key))
        {
            if (item.Kind == YKind.Scalar && !item.IsNull)
            {
                result.Add(new Recipient(item.Value.Trim(), null, item.Span));
                continue;
            }

            var r = Map(item, Schema.Recipient, "nơi nhận");
            if (r is not null)
            {
                result.Add(new Recipient(Required(r, "to"), Str(r, "note"), item.Span));
            }
        }

        return result;
    }

    private List<ArchiveEntry> ReadArchive(Fields? f)
    {
        var nodes = Seq(f, "archive");
        return StrList(f, "archive").Zip(nodes.Where(n => n.Kind == YKind.Scalar && !n.IsNull))
            .Select(p => new ArchiveEntry(p.First, Identifiers.IsCode(p.First), p.Second.Span)).ToList();
    }

    private Signer? ReadSigner(Fields? f) =>
        f is null ? null : new Signer(Str(f, "tm"), Str(f, "kt"), Required(f, "title"), Str(f, "name"), f.Spans);

    private PlanDocument ReadPlan(Fields? f, Issuer issuer)
    {
        _ = issuer;
        var header = Enum(f, "header") switch { "agency" => PlanHeader.Agency, "none" => PlanHeader.None, _ => (PlanHeader?)null };
        var body = ReadBlocks(f?["body"], "body", depth: 0)
            .Select(b => b switch
            {
                NodeBlock nb => nb.Node,
                _ => NotANode(b),
            })
            .OfType<Node>().ToList();
        var period = PeriodOf(f, "period");
        return new PlanDocument(Required(f, "title"), period ?? new Period(DateTime.UnixEpoch.Year, DateTime.UnixEpoch.Year),
            StrList(f, "preamble"), header, body, Str(f, "number"), Str(f, "symbol"), Date(f, "date"),
            ReadRecipients(f, "recipients"), ReadArchive(f), f?.Has("signer") == true ? ReadSigner(Map(f["signer"], Schema.Signer, "signer")) : null,
            f?.Spans ?? SpanMap.Empty(SourceSpan.None(_path))) { PeriodKnown = period is not null };
    }

    private Node? NotANode(Block b)
    {
        Error(DiagnosticCatalog.E015, b.Span, "mỗi phần tử của plan.body phải là một mục có \"title\" hoặc \"area\"; đoạn văn và danh sách đặt trong \"content\" của một mục",
            "each element of plan.body must be a section with \"title\" or \"area\"; put paragraphs and lists in a section's \"content\"");
        return null;
    }
}
