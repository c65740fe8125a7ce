using Cchc.Composition;
using Cchc.Model.Documents;

namespace Cchc.Redline;

/// <summary>
/// One composed side of the redline and how its blocks and rows are keyed. New items are keyed by their own
/// model object; old items by the new object the diff paired theirs with (a key of their own when unpaired).
/// </summary>
internal sealed class Origins(CompositionTrace trace, Partners? partners)
{
    public static Origins New(CompositionTrace trace) => new(trace, null);

    public static Origins Old(CompositionTrace trace, Partners partners) => new(trace, partners);

    public List<object> Keys(IReadOnlyList<DocBlock> blocks)
    {
        var ordinals = new Keys.Ordinals();
        return blocks.Select(b => Key(trace.OriginOf(b), b is Paragraph p ? "Paragraph:" + p.Style : b.GetType().Name, ordinals)).ToList();
    }

    public List<object> Keys(IReadOnlyList<TableRow> rows)
    {
        var ordinals = new Keys.Ordinals();
        return rows.Select(r => Key(trace.OriginOf(r), "Row:" + r.Kind, ordinals)).ToList();
    }

    private object Key(object? origin, string kind, Keys.Ordinals ordinals)
    {
        switch (origin)
        {
            case null:
                return ordinals.Next(kind);
            case PreambleLine line:
                var index = partners is null ? line.Index : partners.Preamble(line.Index);
                return index >= 0 ? "preamble:" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) : Redline.Keys.Unique();
            default:
                return partners is null ? origin : partners.Of(origin) ?? Redline.Keys.Unique();
        }
    }
}
