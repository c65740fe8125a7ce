using Cchc.Diff;
using Cchc.Model;
using YamlNode = Cchc.Yaml.YNode;

namespace Cchc.Import.Into;

/// <summary>
/// Body paragraphs and list items the clerk added or deleted in Word, written into the plan's body. An added one
/// goes next to its nearest sibling in the Word file that the plan has (the paragraph, list, sub-section or item
/// before it, else the one after it), in the sibling's style; a new list after a paragraph becomes an
/// <c>items:</c> block. A deleted one is its sequence item; a list whose items all went is deleted as a block.
/// What finds no place (a section's only content, an item with sub-items of its own) is reported, never guessed.
/// </summary>
/// <param name="above">The text of the Word paragraph right above the one with this text (null: not one paragraph has it).</param>
internal sealed class BodyEdits(PlanTextEdits edits, IReadOnlyDictionary<object, BodyText> placed, IReadOnlyDictionary<Node, Node> sections,
    SourceSpan body, Func<string, string?> above, Action<SourceSpan, string?, string, string> unplaced)
{
    /// <param name="added">The Word side's paragraphs and items (model objects) the plan does not have.</param>
    /// <param name="removed">The plan's paragraphs and items the Word file no longer has.</param>
    public void Apply(IReadOnlyList<Node> wordBody, IReadOnlySet<object> added, IReadOnlyList<BodyText> removed)
    {
        Remove(removed);
        foreach (var node in Nodes(wordBody))
        {
            AddToContent(node, added);
            foreach (var list in node.Content.OfType<ListBlock>())
            {
                AddToItems(list.Items, added, nested: false);
            }
        }
    }

    private static IEnumerable<Node> Nodes(IEnumerable<Node> nodes) =>
        nodes.SelectMany(n => new[] { n }.Concat(Nodes(n.Content.OfType<NodeBlock>().Select(b => b.Node))));

    /// <summary>Runs of new paragraphs (and of lists wholly new) in a section's content.</summary>
    private void AddToContent(Node node, IReadOnlySet<object> added)
    {
        var content = node.Content;
        for (var start = 0; start < content.Count; start++)
        {
            if (!IsNew(content[start], added))
            {
                continue;
            }

            var end = start;
            while (end < content.Count && IsNew(content[end], added))
            {
                end++;
            }

            var run = content.Skip(start).Take(end - start).ToList();
            var seq = sections.TryGetValue(node, out var target) && target.Spans.Has("content") && edits.NodeAt(target.Spans.Of("content")) is { Kind: Cchc.Yaml.YKind.Sequence } s ? s : null;
            var before = start > 0 && seq is not null ? IndexIn(seq, content[start - 1]) : -1;
            var after = end < content.Count && seq is not null ? IndexIn(seq, content[end]) : -1;
            var sample = seq?.Items.FirstOrDefault(i => i.Kind == Cchc.Yaml.YKind.Scalar)?.Span;
            var values = run.Select(b => seq is null ? null : Value(b, seq, sample)).ToList();
            if ((seq is null || before < 0 && after < 0) && AfterParagraphAbove(run) is { } place)
            {
                (seq, before) = place;
                sample = seq.Items[before].Span;
                values = [.. run.Select(b => Value(b, seq, sample))];
            }

            if (seq is null || before < 0 && after < 0 || values.Any(v => v is null))
            {
                run.ForEach(b => Unplaced(b, target));
            }
            else
            {
                var at = before >= 0 ? before + 1 : after;
                values.ForEach(v => edits.InsertValue(seq, at, v!));
            }

            start = end - 1;
        }
    }

    /// <summary>
    /// Where the reader put a new paragraph is not always where it stands: after a section's closing paragraph that
    /// follows its sub-sections, it is read into the last sub-section. It then goes after the paragraph right above
    /// it in the Word file, when the plan has that paragraph.
    /// </summary>
    private (YamlNode Seq, int Index)? AfterParagraphAbove(List<Block> run)
    {
        if (run[0] is not ParagraphBlock first || above(first.Text) is not { } text)
        {
            return null;
        }

        var anchors = placed.Where(p => p.Key is ParagraphBlock b && b.Text == text).ToList();
        return anchors is [var anchor] && edits.NodeAt(anchor.Value.Span) is { } node && edits.ParentOf(node.Span) is { Kind: Cchc.Yaml.YKind.Sequence } seq
            ? (seq, seq.Items.IndexOf(node)) : null;
    }

    /// <summary>Runs of new items among the items of one list (or of one item), at any depth.</summary>
    private void AddToItems(IReadOnlyList<Item> items, IReadOnlySet<object> added, bool nested)
    {
        if (items.Count > 0 && items.All(i => IsNew(i, added)))
        {
            // A wholly new list is a block of its section (AddToContent); new sub-items of an item have no place yet.
            if (nested)
            {
                items.ToList().ForEach(i => Unplaced(i, null));
            }

            return;
        }

        for (var start = 0; start < items.Count; start++)
        {
            if (!added.Contains(items[start]))
            {
                AddToItems(items[start].Items, added, nested: true);
                continue;
            }

            var end = start;
            while (end < items.Count && added.Contains(items[end]))
            {
                end++;
            }

            var before = start > 0 ? ItemNode(items[start - 1]) : null;
            var after = end < items.Count ? ItemNode(items[end]) : null;
            var seq = before is not null ? edits.ParentOf(before.Span) : after is not null ? edits.ParentOf(after.Span) : null;
            var run = items.Skip(start).Take(end - start).ToList();
            var sample = (before ?? after)?.Span;
            if (seq is null || run.Any(i => i.Items.Count > 0 || i.Label is not null))
            {
                run.ForEach(i => Unplaced(i, null));
            }
            else
            {
                var at = before is not null ? seq.Items.IndexOf(before) + 1 : seq.Items.IndexOf(after!);
                run.ForEach(i => edits.InsertValue(seq, at, edits.LikeScalar(sample, i.Text)));
            }

            start = end - 1;
        }
    }

    private static bool IsNew(Block block, IReadOnlySet<object> added) => block switch
    {
        ParagraphBlock p => added.Contains(p),
        ListBlock l => l.Items.Count > 0 && l.Items.All(i => IsNew(i, added)),
        _ => false,
    };

    private static bool IsNew(Item item, IReadOnlySet<object> added) => added.Contains(item) && item.Items.All(i => IsNew(i, added));

    /// <summary>A new content block as YAML: a paragraph like its siblings, a list as an <c>items:</c> block of plain entries.</summary>
    private string? Value(Block block, YamlNode seq, SourceSpan? sample) => block switch
    {
        ParagraphBlock p => edits.LikeScalar(sample, p.Text),
        ListBlock l when l.Style is null or NumberingStyle.Dash && !edits.IsFlow(seq) && l.Items.All(i => i.Items.Count == 0 && i.Label is null) =>
            "items:" + string.Concat(l.Items.Select(i => "\n" + edits.DashIndent(seq) + "    - " + Output.YamlScalars.Quote(i.Text))),
        _ => null,
    };

    /// <summary>The index in the plan's content sequence of the item that holds the Word file's block; -1 when the plan has none.</summary>
    private int IndexIn(YamlNode seq, Block block)
    {
        var node = block switch
        {
            ParagraphBlock p when placed.TryGetValue(p, out var t) => edits.NodeAt(t.Span),
            ListBlock l => l.Items.Select(ItemNode).FirstOrDefault(n => n is not null) is { } item && edits.ParentOf(item.Span) is { } items ? edits.ParentOf(items.Span) : null,
            NodeBlock n when sections.TryGetValue(n.Node, out var section) => edits.NodeAt(section.Spans.Node),
            _ => null,
        };
        return node is null ? -1 : seq.Items.IndexOf(node);
    }

    /// <summary>The plan's YAML item for a Word list item it has.</summary>
    private YamlNode? ItemNode(Item item) => placed.TryGetValue(item, out var t) ? edits.NodeAt(t.Span) : null;

    /// <summary>
    /// Deletes the plan's items: each once (not inside an item already deleted), a list whose items all go as a
    /// block; never a section's or an item's last content (that would leave a key without a value).
    /// </summary>
    private void Remove(IReadOnlyList<BodyText> removed)
    {
        var nodes = removed.Select(r => (Text: r, Node: edits.NodeAt(r.Span))).Where(r => r.Node is not null).ToList();
        var gone = nodes.Select(r => r.Node!).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var text in removed.Where(r => edits.NodeAt(r.Span) is null))
        {
            unplaced(text.Span, text.Text, $"đoạn văn xóa \"{Short(text.Text)}\"", $"the deleted paragraph \"{Short(text.Text)}\"");
        }

        var deleted = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        foreach (var (text, node) in nodes)
        {
            if (Ancestors(node!).Any(gone.Contains))
            {
                continue;
            }

            var seq = edits.ParentOf(node!.Span)!;
            var children = node.Kind == Cchc.Yaml.YKind.Mapping ? node.Pairs.FirstOrDefault(p => p.Key.Value == "items").Value : null;
            if (children is not null && !children.Items.All(gone.Contains))
            {
                unplaced(text.Span, text.Text, $"mục xóa \"{Short(text.Text)}\" (các ý con của nó vẫn còn)", $"the deleted item \"{Short(text.Text)}\" (its sub-items remain)");
                continue;
            }

            var target = seq.Items.All(gone.Contains) && edits.ParentOf(seq.Span) is { Kind: Cchc.Yaml.YKind.Mapping } list
                && list.Pairs.Any(p => p.Key.Value == "items" && ReferenceEquals(p.Value, seq)) && edits.ParentOf(list.Span) is { Kind: Cchc.Yaml.YKind.Sequence } content
                ? (Seq: content, Node: list) : (Seq: seq, Node: node!);
            if (!deleted.Add(target.Node))
            {
                continue;
            }

            var remaining = target.Seq.Items.Count(i => !gone.Contains(i) && !deleted.Contains(i));
            if (remaining == 0 || !edits.DeleteItem(target.Seq, target.Seq.Items.IndexOf(target.Node)))
            {
                unplaced(text.Span, text.Text, $"đoạn văn xóa \"{Short(text.Text)}\" (nội dung cuối cùng của đề mục)", $"the deleted paragraph \"{Short(text.Text)}\" (the last content of its section)");
            }
        }
    }

    private IEnumerable<YamlNode> Ancestors(YamlNode node)
    {
        for (var p = edits.ParentOf(node.Span); p is not null; p = edits.ParentOf(p.Span))
        {
            yield return p;
        }
    }

    private void Unplaced(object added, Node? section)
    {
        var text = added switch
        {
            ParagraphBlock p => p.Text,
            Item i => i.Text,
            ListBlock l => string.Join(" ", l.Items.Select(i => i.Text)),
            _ => null,
        };
        unplaced(section?.Spans.Node ?? body, text, $"đoạn văn thêm \"{Short(text)}\"", $"the added paragraph \"{Short(text)}\"");
    }

    private static string Short(string? text) => text is null ? "" : text.Length > 50 ? text[..50] + "…" : text;
}
