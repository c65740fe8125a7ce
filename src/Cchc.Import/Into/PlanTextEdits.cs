using Cchc.Import.Output;
using Cchc.Model;
using Cchc.Yaml;
using Cchc.Yaml.Rollover;
using YamlNode = Cchc.Yaml.YNode;

namespace Cchc.Import.Into;

/// <summary>
/// Edits of a plan's YAML text that leave every other byte alone: a scalar rewritten in its own style, a list of
/// strings rewritten, a sequence item deleted with the comments above it, an item inserted at the items'
/// indentation. Nodes are found by the spans the loader gave the model.
/// </summary>
internal sealed class PlanTextEdits
{
    private readonly string _text;
    private readonly SourceLines _lines;
    private readonly ScalarEditor _editor;
    private readonly Dictionary<(int Line, int Column), YamlNode> _nodes = [];
    private readonly Dictionary<(int Line, int Column), YamlNode> _parents = [];
    private readonly SortedDictionary<int, System.Text.StringBuilder> _inserts = [];

    public PlanTextEdits(string text, string path)
    {
        _text = text;
        _lines = new SourceLines(text);
        _editor = new ScalarEditor(text);
        if (PlanLoader.ReadTree(text, path, [], new LocalizedText("", ""), out _) is { } root)
        {
            Index(root, null);
        }
    }

    /// <summary>The sequence or mapping that holds the node at <paramref name="span"/>.</summary>
    public YamlNode? ParentOf(SourceSpan span) => _parents.GetValueOrDefault((span.Line, span.Column));

    public YamlNode? NodeAt(SourceSpan span) => span.IsKnown ? _nodes.GetValueOrDefault((span.Line, span.Column)) : null;

    /// <summary>Rewrites the scalar at <paramref name="span"/> to <paramref name="value"/> (null: <c>null</c>) in its style; false when no scalar is there.</summary>
    public bool SetScalar(SourceSpan span, string? value)
    {
        if (NodeAt(span) is not { Kind: YKind.Scalar } node)
        {
            return false;
        }

        if (value is null)
        {
            _editor.Replace(node.Span, "null");
        }
        else
        {
            _editor.Rewrite(node.Span, source => StyledScalar.Render(source, value));
        }

        return true;
    }

    /// <summary>A string or list of strings (products): item by item when the count is kept, else the whole value anew.</summary>
    public bool SetStrings(SourceSpan span, IReadOnlyList<string> values)
    {
        var node = NodeAt(span);
        if (node is { Kind: YKind.Scalar } && values.Count == 1)
        {
            return SetScalar(span, values[0]);
        }

        if (node is { Kind: YKind.Sequence } && node.Items.Count == values.Count && node.Items.All(i => i.Kind == YKind.Scalar))
        {
            for (var i = 0; i < values.Count; i++)
            {
                if (!string.Equals(node.Items[i].Value, values[i], StringComparison.Ordinal))
                {
                    SetScalar(node.Items[i].Span, values[i]);
                }
            }

            return true;
        }

        if (node is { Kind: YKind.Scalar } || node is { Kind: YKind.Sequence } && IsFlow(node))
        {
            _editor.Replace(node.Span, values.Count == 1 ? YamlScalars.Quote(values[0]) : "[" + string.Join(", ", values.Select(YamlScalars.Quote)) + "]");
            return true;
        }

        if (node is { Kind: YKind.Sequence } seq && seq.Items.Count > 0 && values.Count > 0)
        {
            var (first, _) = ItemLines(seq, 0);
            var (_, end) = ItemLines(seq, seq.Items.Count - 1);
            var indent = new string(' ', DashColumn(seq.Items[0]) - 1);
            ReplaceLines(first, end, string.Concat(values.Select(v => $"{indent}- {YamlScalars.Quote(v)}\n")));
            return true;
        }

        return false;
    }

    /// <summary>
    /// Deletes item <paramref name="index"/> of a sequence: in a block sequence its lines with the comment lines
    /// directly above it, in a flow sequence the item and one comma. False when a flow item's end is not known
    /// (a collection as the last item) or it is the only one.
    /// </summary>
    public bool DeleteItem(YamlNode seq, int index)
    {
        if (!IsFlow(seq))
        {
            var (first, end) = ItemLines(seq, index);
            ReplaceLines(first, end, "");
            return true;
        }

        return DeleteFlow(seq.Items.Select(i => (i.Span, End: EndOf(i))).ToList(), index);
    }

    /// <summary>
    /// Inserts the value <paramref name="value"/> (already written as YAML) as a new item before item
    /// <paramref name="index"/> of a sequence (or after its last item when index is the count): a "- value" line
    /// at the items' indentation in a block sequence, "value, " in a flow sequence. A multi-line value's lines after
    /// its first are written as they are (indented for where they go). False when a flow sequence gives no place.
    /// </summary>
    public bool InsertValue(YamlNode seq, int index, string value)
    {
        if (!IsFlow(seq))
        {
            var line = index < seq.Items.Count ? ItemLines(seq, index).First : ItemLines(seq, seq.Items.Count - 1).End;
            InsertLines(line, DashIndent(seq) + "- " + value + "\n");
            return true;
        }

        if (index < seq.Items.Count)
        {
            Insert(Offset(seq.Items[index].Span.Line, seq.Items[index].Span.Column), value + ", ");
            return true;
        }

        if (seq.Items.Count > 0 && EndOf(seq.Items[^1]) is { } end)
        {
            Insert(end, ", " + value);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Deletes the pair <paramref name="key"/> of a mapping: in a block mapping its lines (the key must start its
    /// line), in a flow mapping the pair and one comma. False when there is no such pair or no safe way.
    /// </summary>
    public bool DeletePair(YamlNode map, string key)
    {
        var at = map.Pairs.FindIndex(p => p.Key.Value == key);
        if (at < 0 || map.Pairs.Count == 1)
        {
            return false;
        }

        if (!IsFlow(map))
        {
            var keySpan = map.Pairs[at].Key.Span;
            if (_lines.Text(keySpan.Line)[..(keySpan.Column - 1)].Trim().Length > 0)
            {
                return false;
            }

            ReplaceLines(keySpan.Line, PairEnd(keySpan), "");
            return true;
        }

        return DeleteFlow(map.Pairs.Select(p => (p.Key.Span, End: EndOf(p.Value))).ToList(), at);
    }

    /// <summary>
    /// Inserts "<paramref name="key"/>: <paramref name="value"/>" into a mapping right after the pair
    /// <paramref name="after"/>: a line of its own at the keys' indentation in a block mapping, ", key: value"
    /// in a flow mapping. False when there is no such pair or its value's end is not known.
    /// </summary>
    public bool InsertPair(YamlNode map, string after, string key, string value)
    {
        var at = map.Pairs.FindIndex(p => p.Key.Value == after);
        if (at < 0)
        {
            return false;
        }

        var pair = map.Pairs[at];
        if (IsFlow(map))
        {
            if (EndOf(pair.Value) is not { } end)
            {
                return false;
            }

            Insert(end, $", {key}: {value}");
            return true;
        }

        var keySpan = pair.Key.Span;
        var indent = keySpan.Column - 1;
        if (_lines.Text(keySpan.Line)[..indent].Trim().Length > 0 && _lines.Text(keySpan.Line)[..indent].Trim() != "-")
        {
            return false;
        }

        InsertLines(PairEnd(keySpan), new string(' ', indent) + key + ": " + value + "\n");
        return true;
    }

    /// <summary>
    /// <paramref name="value"/> written as a new sibling of the scalar at <paramref name="sample"/> would be: in its
    /// style (quoted, folded at its width, plain), double-quoted when there is no scalar there.
    /// </summary>
    public string LikeScalar(SourceSpan? sample, string value) =>
        sample is { } s && NodeAt(s) is { Kind: YKind.Scalar } node && ParentOf(s) is { } parent && !IsFlow(parent)
            ? StyledScalar.Render(_editor.Content(node.Span), value) : YamlScalars.Quote(value);

    /// <summary>A flow scalar (plain or quoted) replaced by <paramref name="yaml"/>, e.g. a mapping; false for any other node.</summary>
    public bool ReplaceScalar(YamlNode node, string yaml)
    {
        if (node.Kind != YKind.Scalar || EndOf(node) is null)
        {
            return false;
        }

        _editor.Replace(node.Span, yaml);
        return true;
    }

    /// <summary>
    /// Inserts <paramref name="itemLines"/> (each "- key: …" or "  key: …", not yet indented) before item
    /// <paramref name="index"/> of a block sequence, or after its last item when index is the count.
    /// </summary>
    public void InsertItem(YamlNode seq, int index, IReadOnlyList<string> itemLines)
    {
        var indent = new string(' ', DashColumn(seq.Items[Math.Min(index, seq.Items.Count - 1)]) - 1);
        var line = index < seq.Items.Count ? ItemLines(seq, index).First : ItemLines(seq, seq.Items.Count - 1).End;
        var text = string.Concat(itemLines.Select(l => indent + l + "\n"));
        InsertLines(line, text);
    }

    public string Apply()
    {
        // Insertions at one place are written in the order they were asked for.
        foreach (var (at, text) in _inserts)
        {
            _editor.Replace(new SourceSpan("", _lines.Position(at).Line, _lines.Position(at).Column, _lines.Position(at).Line, _lines.Position(at).Column), text.ToString());
        }

        _inserts.Clear();
        return _editor.Apply();
    }

    private void Insert(int offset, string text)
    {
        if (!_inserts.TryGetValue(offset, out var sb))
        {
            _inserts[offset] = sb = new System.Text.StringBuilder();
        }

        sb.Append(text);
    }

    private int Offset(int line, int column) => _lines.Offset(line, column);

    /// <summary>Where a flow scalar ends (after its closing quote); null for a collection, whose span does not say.</summary>
    private int? EndOf(YamlNode node) =>
        node.Kind == YKind.Scalar && node.Span.IsKnown && _text[Offset(node.Span.Line, node.Span.Column)] is not ('|' or '>')
            ? Offset(node.Span.EndLine, node.Span.EndColumn) : null;

    /// <summary>One of the entries of a flow collection deleted with a comma: up to the next entry, or from the previous one's end.</summary>
    private bool DeleteFlow(List<(SourceSpan Start, int? End)> entries, int index)
    {
        if (entries.Count < 2)
        {
            return false;
        }

        if (index + 1 < entries.Count)
        {
            var next = entries[index + 1].Start;
            _editor.Replace(new SourceSpan("", entries[index].Start.Line, entries[index].Start.Column, next.Line, next.Column), "");
            return true;
        }

        if (entries[index - 1].End is not { } from || entries[index].End is not { } to)
        {
            return false;
        }

        var (fromLine, fromColumn) = _lines.Position(from);
        var (toLine, toColumn) = _lines.Position(to);
        _editor.Replace(new SourceSpan("", fromLine, fromColumn, toLine, toColumn), "");
        return true;
    }

    /// <summary>The line after a block mapping pair: past every line indented deeper than its key.</summary>
    private int PairEnd(SourceSpan key)
    {
        var indent = key.Column - 1;
        var last = key.Line;
        for (var l = key.Line + 1; l <= _lines.Count; l++)
        {
            var text = _lines.Text(l);
            if (text.Trim().Length == 0)
            {
                continue;
            }

            if (Indent(l) <= indent)
            {
                break;
            }

            last = l;
        }

        return last + 1;
    }

    /// <summary>A flow collection ("[a, b]", "{text: …}") starts at its bracket.</summary>
    public bool IsFlow(YamlNode collection) =>
        collection.Span.IsKnown && _text[_lines.Offset(collection.Span.Line, collection.Span.Column)] is '[' or '{';

    /// <summary>The spaces before the dashes of a block sequence's items.</summary>
    public string DashIndent(YamlNode seq) => new(' ', DashColumn(seq.Items[0]) - 1);

    /// <summary>1-based column of the "-" of a block sequence item (the item's node starts after "- ").</summary>
    private int DashColumn(YamlNode item)
    {
        var line = _lines.Text(item.Span.Line);
        var at = Math.Min(item.Span.Column - 2, line.Length - 1);
        while (at > 0 && line[at] != '-')
        {
            at--;
        }

        return at + 1;
    }

    /// <summary>
    /// The lines of a block sequence item: from the comment lines at its dash's indentation directly above it to
    /// its last non-blank line, end exclusive.
    /// </summary>
    private (int First, int End) ItemLines(YamlNode seq, int index)
    {
        var item = seq.Items[index];
        var dashIndent = DashColumn(item) - 1;
        var first = item.Span.Line;
        while (first > 1 && _lines.Text(first - 1).TrimStart(' ') is var above && above.StartsWith('#') && Indent(first - 1) == dashIndent)
        {
            first--;
        }

        var lastContent = item.Span.Line;
        for (var l = item.Span.Line + 1; l <= _lines.Count; l++)
        {
            var text = _lines.Text(l);
            if (text.Trim().Length == 0)
            {
                continue;
            }

            if (Indent(l) <= dashIndent)
            {
                break;
            }

            lastContent = l;
        }

        return (first, lastContent + 1);
    }

    private int Indent(int line)
    {
        var text = _lines.Text(line);
        return text.Length - text.TrimStart(' ').Length;
    }

    /// <summary>Whole lines inserted before line <paramref name="line"/> (past the last line: at the end, after a break).</summary>
    private void InsertLines(int line, string text)
    {
        if (line > _lines.Count)
        {
            Insert(_text.Length, _text.EndsWith('\n') ? text : "\n" + text);
            return;
        }

        Insert(_lines.Start(line), text);
    }

    private void ReplaceLines(int first, int end, string text) =>
        _editor.Replace(new SourceSpan("", first, 1, end, 1), text);

    private void Index(YamlNode node, YamlNode? parent)
    {
        if (node.Span.IsKnown)
        {
            _nodes.TryAdd((node.Span.Line, node.Span.Column), node);
            if (parent is not null)
            {
                _parents.TryAdd((node.Span.Line, node.Span.Column), parent);
            }
        }

        foreach (var item in node.Items)
        {
            Index(item, node);
        }

        foreach (var pair in node.Pairs)
        {
            Index(pair.Value, node);
        }
    }
}
