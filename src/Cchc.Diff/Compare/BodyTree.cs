using Cchc.Diff.Matching;
using Cchc.Model;

namespace Cchc.Diff.Compare;

/// <summary>A body node as the diff sees it: its key among its siblings, its readable path, its own paragraphs.</summary>
internal sealed class Section(Node? node, Section? parent, int index, string segment, string path, string? area)
{
    public Node? Node { get; } = node;

    public Section? Parent { get; } = parent;

    /// <summary>Position among its siblings.</summary>
    public int Index { get; } = index;

    /// <summary>"area:tthc", "agency:vhxh", "role:funding" or "title:&lt;folded words&gt;".</summary>
    public string Segment { get; } = segment;

    public string Path { get; } = path;

    public string? Area { get; } = area;

    public List<Section> Children { get; } = [];

    public List<BodyText> Units { get; } = [];

    public Section? Partner { get; set; }

    /// <summary>Now under a section that is not the partner of its old parent.</summary>
    public bool Moved { get; set; }

    /// <summary>Under the same parent, out of order among its siblings.</summary>
    public bool Reordered { get; set; }

    /// <summary>Keyed by area, agency or role: such keys pair sections wherever they moved.</summary>
    public bool HasAnchor => !Segment.StartsWith("title:", StringComparison.Ordinal);

    /// <summary>The nearest section above this one that has a partner (the root always has).</summary>
    public Section? PairedAncestor()
    {
        var s = Parent;
        while (s is not null && s.Partner is null)
        {
            s = s.Parent;
        }

        return s;
    }
}

/// <summary>The sections of one plan body, with its indicators that have ids and where they stand.</summary>
internal sealed class BodyTree
{
    private BodyTree(Package? package, Func<string, int[]> words)
    {
        Package = package;
        Words = words;
        Root = new Section(null, null, 0, "root", "", null);
        AddAll(package?.Plan.Body ?? [], Root);
    }

    public Package? Package { get; }

    public Section Root { get; }

    /// <summary>Every section in document order.</summary>
    public List<Section> All { get; } = [];

    public List<(Indicator Indicator, Section Section, string? Area)> Indicators { get; } = [];

    private Func<string, int[]> Words { get; }

    public static BodyTree Build(Package? package, Func<string, int[]> words) => new(package, words);

    private void AddAll(IReadOnlyList<Node> nodes, Section parent)
    {
        // A role names a section only where no sibling shares it (responsibility sections are told apart by agency).
        var roles = nodes.Where(n => n.Area is null && n.Agency is null && n.Role is not null)
            .GroupBy(n => n.Role!.Value).ToDictionary(g => g.Key, g => g.Count());
        foreach (var node in nodes)
        {
            Add(node, parent, node.Role is { } r && roles.GetValueOrDefault(r) == 1);
        }
    }

    private void Add(Node node, Section parent, bool roleIsUnique)
    {
        var area = node.Area ?? parent.Area;
        var title = Title(node);
        var section = new Section(node, parent, parent.Children.Count, Segment(node, roleIsUnique), parent == Root ? title : $"{parent.Path} › {title}", area);
        parent.Children.Add(section);
        All.Add(section);
        foreach (var block in node.Content)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    section.Units.Add(new BodyText(p.Text, p, p.Span, 0));
                    break;
                case ListBlock l:
                    AddItems(section, l.Items, 0);
                    break;
                case IndicatorListBlock il:
                    foreach (var entry in il.Entries)
                    {
                        if (entry is IndicatorGroup g)
                        {
                            section.Units.Add(new BodyText(g.Group, g, g.Spans.Of("group"), 0));
                            g.Indicators.ToList().ForEach(i => AddIndicator(section, i, 1));
                        }
                        else if (entry is Indicator i)
                        {
                            AddIndicator(section, i, 0);
                        }
                    }

                    break;
            }
        }

        AddAll(node.Content.OfType<NodeBlock>().Select(b => b.Node).ToList(), section);
    }

    private static void AddItems(Section section, IReadOnlyList<Item> items, int depth)
    {
        foreach (var item in items)
        {
            section.Units.Add(new BodyText(item.Text, item, item.Spans.Node, depth));
            AddItems(section, item.Items, depth + 1);
        }
    }

    private void AddIndicator(Section section, Indicator i, int depth)
    {
        if (i.Id is null)
        {
            section.Units.Add(new BodyText(i.Text, i, i.Spans.Of("text"), depth));
        }
        else
        {
            Indicators.Add((i, section, i.Area ?? section.Area));
        }
    }

    private string Segment(Node node, bool roleIsUnique)
    {
        if (node.Area is { } area)
        {
            return "area:" + area;
        }

        if (node.Agency is { } agency)
        {
            return "agency:" + agency;
        }

        if (node.Role is { } role && roleIsUnique)
        {
            return "role:" + role.ToString().ToLowerInvariant();
        }

        return "title:" + Vocabulary.Key(Words(node.Title ?? ""));
    }

    private string Title(Node node) =>
        node.Title ?? (node.Area is { } a ? Package?.Area(a)?.Title ?? (Areas.IsKnown(a) ? Areas.DefaultTitle(a) : a) : node.Role?.ToString() ?? "");
}
