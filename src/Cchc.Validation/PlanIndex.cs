using Cchc.Model;

namespace Cchc.Validation;

/// <summary>A body node with where it sits: depth 1 is a top-level section.</summary>
internal sealed record NodeAt(Node Node, int Depth, Node? Parent, string? Area);

internal sealed record IndicatorAt(Indicator Indicator, string? Area);

/// <summary>A piece of plan text with where it came from, for the text-hygiene rules.</summary>
internal sealed record TextAt(string Text, SourceSpan Span, bool InBody);

/// <summary>One walk over a package that the rules share, so each rule stays a few lines.</summary>
internal sealed class PlanIndex
{
    public PlanIndex(Package package)
    {
        Package = package;
        foreach (var node in package.Plan.Body)
        {
            Walk(node, 1, null, null);
        }

        foreach (var task in Tasks.Select(t => t.Task))
        {
            AddText(task.Content, task.Spans.Of("content"));
            foreach (var p in task.Products)
            {
                AddText(p, task.Spans.Of("products"));
            }
        }

        AddText(package.Plan.Title, package.Plan.Spans.Of("title"));
        foreach (var p in package.Plan.Preamble)
        {
            AddText(p, package.Plan.Spans.Of("preamble"), inBody: true);
        }

        if (package.Decision is { } d)
        {
            AddText(d.Title, d.Spans.Of("title"));
            foreach (var a in d.Articles ?? [])
            {
                foreach (var p in a.Paragraphs)
                {
                    AddText(p, a.Span);
                }
            }

            foreach (var r in d.Recipients)
            {
                AddText(r.To, r.Span);
            }
        }

        foreach (var r in package.Plan.Recipients)
        {
            AddText(r.To, r.Span);
        }
    }

    public Package Package { get; }

    public List<NodeAt> Nodes { get; } = [];

    public List<IndicatorAt> Indicators { get; } = [];

    public List<TextAt> Texts { get; } = [];

    public List<ListBlock> Lists { get; } = [];

    public List<IndicatorListBlock> IndicatorLists { get; } = [];

    public IEnumerable<TaskAppendix> TaskAppendices => Package.Appendices.OfType<TaskAppendix>();

    public IEnumerable<(PlanTask Task, TaskGroup Group)> Tasks =>
        TaskAppendices.SelectMany(a => a.Groups).SelectMany(g => g.Tasks.Select(t => (t, g)));

    public IEnumerable<Item> AllItems => Lists.SelectMany(l => Flatten(l.Items));

    public IEnumerable<AgencyExpr> AgencyExprs
    {
        get
        {
            foreach (var (task, _) in Tasks)
            {
                yield return task.Lead;
                if (task.Co is { } co)
                {
                    yield return co;
                }
            }

            foreach (var (indicator, _) in Indicators)
            {
                if (indicator.Responsible is { } responsible)
                {
                    yield return responsible;
                }
            }
        }
    }

    public IEnumerable<Signer> Signers => new[] { Package.Decision?.Signer, Package.Plan.Signer }.OfType<Signer>();

    private static IEnumerable<Item> Flatten(IEnumerable<Item> items) => items.SelectMany(i => Flatten(i.Items).Prepend(i));

    private void AddText(string text, SourceSpan span, bool inBody = false) => Texts.Add(new TextAt(text, span, inBody));

    private void Walk(Node node, int depth, Node? parent, string? area)
    {
        area = node.Area ?? area;
        Nodes.Add(new NodeAt(node, depth, parent, area));
        if (node.Title is { } t)
        {
            AddText(t, node.Spans.Of("title"), inBody: true);
        }

        foreach (var block in node.Content)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    AddText(p.Text, p.Span, inBody: true);
                    break;
                case ListBlock l:
                    Lists.Add(l);
                    foreach (var item in Flatten(l.Items))
                    {
                        AddText(item.Text, item.Spans.Node, inBody: true);
                    }

                    break;
                case IndicatorListBlock il:
                    IndicatorLists.Add(il);
                    foreach (var entry in il.Entries)
                    {
                        var inds = entry switch
                        {
                            Indicator i => [i],
                            IndicatorGroup g => g.Indicators,
                            _ => [],
                        };
                        if (entry is IndicatorGroup grp)
                        {
                            AddText(grp.Group, grp.Spans.Of("group"), inBody: true);
                        }

                        foreach (var i in inds)
                        {
                            Indicators.Add(new IndicatorAt(i, i.Area ?? area));
                            AddText(i.Text, i.Spans.Of("text"), inBody: true);
                        }
                    }

                    break;
                case NodeBlock nb:
                    Walk(nb.Node, depth + 1, node, area);
                    break;
            }
        }
    }
}
