using Cchc.Model;

namespace Cchc.Tests.Build;

/// <summary>
/// The texts a plan's author wrote, in document order: the Quyết định's title and articles, then the Kế
/// hoạch's title, preamble, every heading, paragraph, list item and indicator of its body, then each
/// appendix's title, group titles, task contents and products. Each comes with where it is, for messages.
/// </summary>
internal static class PlanTextWalk
{
    public static IEnumerable<(string Where, string Text)> Decision(Package package)
    {
        if (package.Decision is not { } decision)
        {
            yield break;
        }

        yield return ("decision.title", decision.Title);
        foreach (var (article, i) in (decision.Articles ?? []).Select((a, i) => (a, i)))
        {
            foreach (var paragraph in article.Paragraphs)
            {
                yield return ($"decision.articles[{i}]", paragraph);
            }
        }
    }

    public static IEnumerable<(string Where, string Text)> Plan(Package package)
    {
        yield return ("plan.title", package.Plan.Title);
        foreach (var p in package.Plan.Preamble)
        {
            yield return ("plan.preamble", p);
        }

        foreach (var (node, i) in package.Plan.Body.Select((n, i) => (n, i)))
        {
            foreach (var text in Node(node, $"plan.body[{i}]"))
            {
                yield return text;
            }
        }

        foreach (var (appendix, i) in package.Appendices.Select((a, i) => (a, i)))
        {
            foreach (var text in Appendix(package, appendix, $"appendices[{i}]"))
            {
                yield return text;
            }
        }
    }

    private static IEnumerable<(string Where, string Text)> Node(Node node, string where)
    {
        if (node.Title is { } title)
        {
            yield return (where + ".title", title);
        }

        foreach (var (block, i) in node.Content.Select((b, i) => (b, i)))
        {
            var at = $"{where}.content[{i}]";
            var texts = block switch
            {
                ParagraphBlock p => [(at, p.Text)],
                ListBlock list => Items(list.Items, at),
                IndicatorListBlock indicators => Indicators(indicators.Entries, at),
                NodeBlock child => Node(child.Node, at),
                _ => throw new InvalidOperationException($"Unknown block {block.GetType().Name} at {at}."),
            };
            foreach (var text in texts)
            {
                yield return text;
            }
        }
    }

    private static IEnumerable<(string Where, string Text)> Items(IReadOnlyList<Item> items, string where)
    {
        foreach (var (item, i) in items.Select((item, i) => (item, i)))
        {
            yield return ($"{where}.items[{i}]", item.Text);
            foreach (var inner in Items(item.Items, $"{where}.items[{i}]"))
            {
                yield return inner;
            }
        }
    }

    private static IEnumerable<(string Where, string Text)> Indicators(IReadOnlyList<IndicatorEntry> entries, string where)
    {
        foreach (var (entry, i) in entries.Select((e, i) => (e, i)))
        {
            switch (entry)
            {
                case Indicator indicator:
                    yield return ($"{where}.indicators[{i}]", indicator.Text);
                    break;
                case IndicatorGroup group:
                    yield return ($"{where}.indicators[{i}].group", group.Group);
                    foreach (var (inner, j) in group.Indicators.Select((x, j) => (x, j)))
                    {
                        yield return ($"{where}.indicators[{i}].indicators[{j}]", inner.Text);
                    }

                    break;
            }
        }
    }

    private static IEnumerable<(string Where, string Text)> Appendix(Package package, Appendix appendix, string where)
    {
        yield return (where + ".title", appendix.Title);
        switch (appendix)
        {
            case TaskAppendix tasks:
                foreach (var (group, g) in tasks.Groups.Select((x, g) => (x, g)))
                {
                    if ((group.Title ?? package.Area(group.Area)?.GroupTitle) is { } title)
                    {
                        yield return ($"{where}.groups[{g}].title", title);
                    }

                    foreach (var (task, t) in group.Tasks.Select((x, t) => (x, t)))
                    {
                        yield return ($"{where}.groups[{g}].tasks[{t}] ({task.Id}).content", task.Content);
                        foreach (var product in task.Products)
                        {
                            yield return ($"{where}.groups[{g}].tasks[{t}] ({task.Id}).products", product);
                        }
                    }
                }

                break;
            case IndicatorAppendix indicators:
                var withId = AllIndicators(package).Where(x => x.Id is not null).ToList();
                var byId = withId.ToDictionary(x => x.Id!, StringComparer.Ordinal);
                foreach (var row in indicators.FromBody ? withId : indicators.Rows.Select(id => byId[id]))
                {
                    yield return ($"{where}.rows.{row.Id}", row.Text);
                }

                break;
        }
    }

    private static IEnumerable<Indicator> AllIndicators(Package package) =>
        package.Plan.Body.SelectMany(NodesIn).SelectMany(n => n.Content).OfType<IndicatorListBlock>().SelectMany(b => b.Entries)
            .SelectMany(e => e switch
            {
                Indicator i => [i],
                IndicatorGroup g => g.Indicators,
                _ => [],
            });

    private static IEnumerable<Node> NodesIn(Node node) =>
        node.Content.OfType<NodeBlock>().SelectMany(b => NodesIn(b.Node)).Prepend(node);
}
