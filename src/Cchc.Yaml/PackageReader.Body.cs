using Cchc.Model;

namespace Cchc.Yaml;

internal sealed partial class PackageReader
{
    private List<Block> ReadBlocks(YNodeRef? node, string key, int depth)
    {
        var result = new List<Block>();
        foreach (var item in Seq(node, key))
        {
            var block = ReadBlock(item, depth);
            if (block is not null)
            {
                result.Add(block);
            }
        }

        return result;
    }

    /// <summary>A Block is exactly one of: a string, {items}, {indicators}, or a Node ({title} or {area}).</summary>
    private Block? ReadBlock(YNodeRef n, int depth)
    {
        if (n.Kind == YKind.Scalar && !n.IsNull)
        {
            return new ParagraphBlock(n.Value.Trim(), n.Span);
        }

        if (n.Kind != YKind.Mapping)
        {
            Error(DiagnosticCatalog.E015, n.Span, $"một khối nội dung phải là đoạn văn, danh sách ({{items: …}}), chỉ tiêu ({{indicators: …}}) hoặc mục con ({{title: …}}), nhưng đây là {n.Describe("vi")}",
                $"a content block must be a paragraph, {{items}}, {{indicators}} or a section, found {n.Describe("en")}");
            return null;
        }

        var keys = n.Pairs.Where(p => p.Key.Kind == YKind.Scalar).Select(p => p.Key.Value).ToHashSet(StringComparer.Ordinal);
        var kinds = new List<string>();
        if (keys.Contains("items"))
        {
            kinds.Add("items");
        }

        if (keys.Contains("indicators"))
        {
            kinds.Add("indicators");
        }

        if (keys.Contains("title") || keys.Contains("area"))
        {
            kinds.Add("title/area");
        }

        if (kinds.Count != 1)
        {
            var (vi, en) = kinds.Count == 0
                ? ("khối nội dung không có khóa phân loại: cần đúng một trong \"items\", \"indicators\", hoặc \"title\"/\"area\"",
                   "the block has no discriminator: it needs exactly one of \"items\", \"indicators\", or \"title\"/\"area\"")
                : ($"khối nội dung có nhiều khóa phân loại cùng lúc ({string.Join(", ", kinds)}); tách thành các khối riêng",
                   $"the block has several discriminators at once ({string.Join(", ", kinds)}); split it");
            Error(DiagnosticCatalog.E015, n.Span, vi, en);
            return null;
        }

        return kinds[0] switch
        {
            "items" => ReadList(Map(n, Schema.ListBlock, "danh sách")),
            "indicators" => ReadIndicatorBlock(Map(n, Schema.IndicatorBlock, "danh sách chỉ tiêu")),
            _ => ReadNode(n, depth + 1) is { } node ? new NodeBlock(node) : null,
        };
    }

    private Node? ReadNode(YNodeRef n, int depth)
    {
        var f = Map(n, Schema.Node, "mục");
        if (f is null)
        {
            return null;
        }

        return new Node(Str(f, "title"), Str(f, "label"), Enum(f, "area", DiagnosticCatalog.E005), ParseEnum<NodeRole>(Enum(f, "role")), Str(f, "agency"),
            StrList(f, "leads"), StrList(f, "topics"), Bool(f, "run_in"), Bool(f, "plain"), Numbering(f, "numbering"),
            ReadBlocks(f["content"], "content", depth), f.Spans);
    }

    private NumberingStyle? Numbering(Fields? f, string key) => ParseEnum<NumberingStyle>(Enum(f, key));

    private ListBlock? ReadList(Fields? f) =>
        f is null ? null : new ListBlock(ReadItems(f["items"]), Numbering(f, "style"), f.Spans.Node);

    private List<Item> ReadItems(YNodeRef? node)
    {
        var result = new List<Item>();
        foreach (var n in Seq(node, "items"))
        {
            if (n.Kind == YKind.Scalar && !n.IsNull)
            {
                result.Add(new Item(n.Value.Trim(), null, null, [], SpanMap.Empty(n.Span)));
                continue;
            }

            var f = Map(n, Schema.Item, "ý của danh sách");
            if (f is not null)
            {
                result.Add(new Item(Required(f, "text"), Str(f, "label"), Numbering(f, "style"), ReadItems(f["items"]), f.Spans));
            }
        }

        return result;
    }

    private IndicatorListBlock? ReadIndicatorBlock(Fields? f)
    {
        if (f is null)
        {
            return null;
        }

        var entries = new List<IndicatorEntry>();
        foreach (var n in Seq(f, "indicators"))
        {
            var isGroup = n.Kind == YKind.Mapping && n.Pairs.Any(p => p.Key.Value == "group");
            IndicatorEntry? entry = isGroup ? ReadIndicatorGroup(Map(n, Schema.IndicatorGroup, "nhóm chỉ tiêu")) : ReadIndicator(n);
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        return new IndicatorListBlock(entries, Numbering(f, "style"), f.Spans.Node);
    }

    private IndicatorGroup? ReadIndicatorGroup(Fields? f) => f is null ? null
        : new IndicatorGroup(Required(f, "group"), f.Has("period") ? PeriodOf(f, "period") : null,
            Seq(f, "indicators").Select(ReadIndicator).OfType<Indicator>().ToList(), f.Spans);

    private Indicator? ReadIndicator(YNodeRef n)
    {
        if (n.Kind == YKind.Scalar && !n.IsNull)
        {
            return new Indicator(null, n.Value.Trim(), null, [], null, null, null, SpanMap.Empty(n.Span));
        }

        var f = Map(n, Schema.Indicator, "chỉ tiêu");
        if (f is null)
        {
            return null;
        }

        var targets = new List<Target>();
        foreach (var t in Seq(f, "targets"))
        {
            var tf = Map(t, Schema.Target, "mục tiêu");
            var op = ParseEnum<TargetOp>(Enum(tf, "op"));
            if (tf is not null && op is not null)
            {
                targets.Add(new Target(Str(tf, "metric"), op.Value, Decimal(tf, "value"), Str(tf, "unit"), Year(tf, "baseline"), Str(tf, "scope"), tf.Spans));
            }
        }

        return new Indicator(Str(f, "id"), Required(f, "text"), Str(f, "label"), targets, ReadDeadline(f["deadline"]),
            ReadAgencyExpr(f["responsible"], "responsible"), Enum(f, "area", DiagnosticCatalog.E005), f.Spans);
    }
}
