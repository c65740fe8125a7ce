using Cchc.Composition.Numbering;
using Cchc.Composition.Text;
using Cchc.Model;
using Cchc.Model.Documents;

namespace Cchc.Composition.Building;

/// <summary>
/// Walks the plan body in document order. Sections are numbered by depth (I. → 1. → a) → -) unless the
/// parent's <c>numbering</c> or the node's own <c>label</c> says otherwise; lists default to "-" with
/// nested lists "+"; an indicator group is a list entry whose indicators are "+" one level deeper.
/// </summary>
internal sealed class BodyBuilder(CompositionScope scope)
{
    private readonly List<DocBlock> _blocks = [];

    public IReadOnlyList<DocBlock> Build(IReadOnlyList<Node> body)
    {
        for (var i = 0; i < body.Count; i++)
        {
            Section(body[i], 1, body[i].Label ?? Labels.For(NumberingStyle.Roman, i + 1));
        }

        return _blocks;
    }

    private void Section(Node node, int depth, string label)
    {
        var heading = Join(label, Title(node));
        var content = node.Content;
        var start = 0;
        if (node.RunIn && content.Count > 0 && content[0] is ParagraphBlock first)
        {
            // "e) Các phòng, …: tập trung …": the heading and the first paragraph share one line.
            var lead = InlineMarkup.Parse(heading).Select(r => node.Plain || r.Text == "\n" ? r : r with { Bold = true });
            _blocks.Add(scope.Traced(new Paragraph(ParaStyle.Body, InlineMarkup.Merge([.. lead, new Run(" "), .. InlineMarkup.Parse(first.Text)])), node));
            start = 1;
        }
        else
        {
            _blocks.Add(scope.Traced(CompositionScope.Para(node.Plain ? ParaStyle.Body : HeadingStyle(depth), heading), node));
        }

        Content(content.Skip(start), depth, node.Numbering ?? Labels.DefaultForDepth(depth + 1), label);
    }

    private void Content(IEnumerable<Block> content, int depth, NumberingStyle childStyle, string label)
    {
        var sections = 0;
        foreach (var block in content)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    _blocks.Add(scope.Traced(CompositionScope.Para(ParaStyle.Body, p.Text), p));
                    break;
                case ListBlock list:
                    Items(list.Items, list.Style ?? NumberingStyle.Dash, label);
                    break;
                case IndicatorListBlock indicators:
                    Indicators(indicators.Entries, indicators.Style ?? NumberingStyle.Dash, label);
                    break;
                case NodeBlock child:
                    sections++;
                    Section(child.Node, depth + 1, child.Node.Label ?? Labels.For(childStyle, sections, label));
                    break;
            }
        }
    }

    private void Items(IReadOnlyList<Item> items, NumberingStyle style, string parentLabel)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var label = item.Label ?? Labels.For(style, i + 1, parentLabel);
            Entry(label, item.Text, item);
            if (item.Items.Count > 0)
            {
                Items(item.Items, item.Style ?? NumberingStyle.Plus, label);
            }
        }
    }

    private void Indicators(IReadOnlyList<IndicatorEntry> entries, NumberingStyle style, string parentLabel)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            switch (entries[i])
            {
                case Indicator indicator:
                    Entry(indicator.Label ?? Labels.For(style, i + 1, parentLabel), indicator.Text, indicator);
                    break;
                case IndicatorGroup group:
                    var label = Labels.For(style, i + 1, parentLabel);
                    Entry(label, group.Group, group);
                    for (var j = 0; j < group.Indicators.Count; j++)
                    {
                        var inner = group.Indicators[j];
                        Entry(inner.Label ?? Labels.For(NumberingStyle.Plus, j + 1, label), inner.Text, inner);
                    }

                    break;
            }
        }
    }

    /// <summary>A list entry; with no label (style <c>none</c>) it is an ordinary body paragraph.</summary>
    private void Entry(string label, string text, object origin) =>
        _blocks.Add(scope.Traced(CompositionScope.Para(label.Length == 0 ? ParaStyle.Body : ParaStyle.ListItem, Join(label, text)), origin));

    private string Title(Node node)
    {
        if (node.Title is not null)
        {
            return node.Title;
        }

        if (node.Area is not { } area)
        {
            return string.Empty;
        }

        return scope.Package.Area(area)?.Title ?? (Areas.IsKnown(area) ? Areas.DefaultTitle(area) : area);
    }

    private static string Join(string label, string text) => label.Length == 0 ? text : text.Length == 0 ? label : label + " " + text;

    private static ParaStyle HeadingStyle(int depth) => depth switch
    {
        1 => ParaStyle.Heading1,
        2 => ParaStyle.Heading2,
        3 => ParaStyle.Heading3,
        _ => ParaStyle.Heading4,
    };
}
