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

    /// <summary>Deletes item <paramref name="index"/> of a block sequence with the comment lines directly above it.</summary>
    public void DeleteItem(YamlNode seq, int index)
    {
        var (first, end) = ItemLines(seq, index);
        ReplaceLines(first, end, "");
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
        ReplaceLines(line, line, line > _lines.Count && !_text.EndsWith('\n') ? "\n" + text : text);
    }

    public string Apply() => _editor.Apply();

    /// <summary>A flow collection ("[a, b]", "{text: …}") starts at its bracket.</summary>
    public bool IsFlow(YamlNode collection) =>
        collection.Span.IsKnown && _text[_lines.Offset(collection.Span.Line, collection.Span.Column)] is '[' or '{';

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
