using System.Text;
using Cchc.Model;

namespace Cchc.Yaml.Rollover;

/// <summary>
/// Edits scalar values inside YAML source text in place, leaving every other byte alone. Spans are those of the
/// loader: YamlDotNet marks, 1-based line and column (in UTF-16 units), the end exclusive. A quoted scalar's span
/// includes its quotes; a block scalar's (|, &gt;) runs from its indicator to the start of the line after it.
/// Lines are those of <see cref="SourceLines"/>, as YamlDotNet counts them.
/// </summary>
internal sealed class ScalarEditor
{
    private readonly string _text;
    private readonly SourceLines _lines;
    private readonly List<(int Start, int End, string Replacement)> _edits = [];

    public ScalarEditor(string text)
    {
        _text = text;
        _lines = new SourceLines(text);
    }

    public string Source(SourceSpan span) => _text[Offset(span.Line, span.Column)..Offset(span.EndLine, span.EndColumn)];

    /// <summary>A scalar's source where it holds content (as <see cref="Rewrite"/> sees it): no comment after a block scalar.</summary>
    public string Content(SourceSpan span)
    {
        var start = Offset(span.Line, span.Column);
        return _text[start..ContentEnd(start, Offset(span.EndLine, span.EndColumn))];
    }

    /// <summary>Replaces the whole value (for <c>null</c>).</summary>
    public void Replace(SourceSpan span, string replacement) =>
        _edits.Add((Offset(span.Line, span.Column), Offset(span.EndLine, span.EndColumn), replacement));

    /// <summary>
    /// Applies <paramref name="change"/> to the value's source text where it holds content: all of a flow scalar,
    /// only the content lines of a block scalar (not a comment that follows it at a lesser indentation).
    /// </summary>
    public void Rewrite(SourceSpan span, Func<string, string> change)
    {
        var start = Offset(span.Line, span.Column);
        var end = ContentEnd(start, Offset(span.EndLine, span.EndColumn));
        var source = _text[start..end];
        var changed = change(source);
        if (!string.Equals(source, changed, StringComparison.Ordinal))
        {
            _edits.Add((start, end, changed));
        }
    }

    public string Apply()
    {
        var sb = new StringBuilder(_text);
        foreach (var (start, end, replacement) in _edits.OrderByDescending(e => e.Start))
        {
            sb.Remove(start, end - start).Insert(start, replacement);
        }

        return sb.ToString();
    }

    private int Offset(int line, int column) => _lines.Offset(line, column);

    private int ContentEnd(int start, int end)
    {
        if (_text[start] is not ('|' or '>'))
        {
            return end;
        }

        var lineEnd = _lines.LineEnd(start);
        if (lineEnd >= end)
        {
            return end;
        }

        var indent = -1;
        var contentEnd = lineEnd;
        for (var l = _lines.LineOf(start) + 1; l <= _lines.Count && _lines.Start(l) < end; l++)
        {
            var from = _lines.Start(l);
            var line = _lines.Text(l);
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var lineIndent = line.Length - line.TrimStart(' ').Length;
            if (indent < 0)
            {
                indent = lineIndent;
            }

            if (lineIndent < indent)
            {
                break;
            }

            contentEnd = from + line.Length;
        }

        return contentEnd;
    }
}
