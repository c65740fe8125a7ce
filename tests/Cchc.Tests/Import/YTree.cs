using Cchc.Import.Output;

namespace Cchc.Tests.Import;

/// <summary>Reading the recognisers' YAML trees in tests: the texts a body or task table holds, in document order.</summary>
internal static class YTree
{
    public static string? Str(YNode? node) => (node as YScalar)?.Value;

    public static IEnumerable<YMap> Maps(YNode? node) => (node as YSeq)?.Items.OfType<YMap>() ?? [];

    /// <summary>Every heading, paragraph, list entry and indicator text of a body, depth first, as written.</summary>
    public static IEnumerable<string> BodyTexts(YSeq body) => body.Items.SelectMany(NodeTexts);

    private static IEnumerable<string> NodeTexts(YNode node)
    {
        if (node is YScalar s)
        {
            yield return s.Value!;
            yield break;
        }

        var map = (YMap)node;
        if (map["title"] is YScalar t)
        {
            yield return t.Value!;
        }

        foreach (var block in (map["content"] as YSeq)?.Items ?? [])
        {
            var entries = block is YMap b ? b["items"] ?? b["indicators"] : null;
            foreach (var text in entries is YSeq seq ? seq.Items.SelectMany(EntryTexts) : NodeTexts(block))
            {
                yield return text;
            }
        }
    }

    private static IEnumerable<string> EntryTexts(YNode entry)
    {
        if (entry is YScalar s)
        {
            return [s.Value!];
        }

        var map = (YMap)entry;
        var own = Str(map["text"]) ?? Str(map["group"]);
        var nested = map["items"] ?? map["indicators"];
        return (own is null ? [] : new[] { own }).Concat(nested is YSeq seq ? seq.Items.SelectMany(EntryTexts) : []);
    }

    /// <summary>The tasks of every group of every appendix.</summary>
    public static List<YMap> Tasks(YSeq appendices) =>
        [.. Maps(appendices).SelectMany(a => Maps(a["groups"])).SelectMany(g => Maps(g["tasks"]))];
}
