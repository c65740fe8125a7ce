namespace Cchc.Yaml;

/// <summary>
/// Lines and columns as YamlDotNet's marks count them, the one notion of a position in the whole loader: a line
/// ends at \r\n, \r, \n, NEL (U+0085), LINE SEPARATOR (U+2028) or PARAGRAPH SEPARATOR (U+2029); a vertical tab,
/// form feed or any other character is part of its line. Lines and columns are 1-based, columns in UTF-16 units.
/// </summary>
internal sealed class SourceLines
{
    private readonly string _text;
    private readonly List<int> _starts = [0];

    public SourceLines(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (IsBreak(c))
            {
                _starts.Add(i + 1);
            }
        }
    }

    public static bool IsBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    public int Count => _starts.Count;

    /// <summary>Where 1-based line <paramref name="line"/> starts (clamped to the text's lines).</summary>
    public int Start(int line) => _starts[Math.Clamp(line - 1, 0, _starts.Count - 1)];

    /// <summary>The offset of a 1-based line and column. YamlDotNet puts the end of a text that has no final break
    /// at column 1 of the line after the last one.</summary>
    public int Offset(int line, int column) => line > _starts.Count ? _text.Length : Start(line) + column - 1;

    /// <summary>The 1-based line holding <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var found = _starts.BinarySearch(offset);
        return (found >= 0 ? found : ~found - 1) + 1;
    }

    /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
    public (int Line, int Column) Position(int offset)
    {
        var line = LineOf(offset);
        return (line, offset - Start(line) + 1);
    }

    /// <summary>Line <paramref name="line"/> without its line break.</summary>
    public string Text(int line) => Line(line).ToString();

    /// <summary>Line <paramref name="line"/> without its line break, in place.</summary>
    public ReadOnlySpan<char> Line(int line)
    {
        var from = Start(line);
        var to = line < _starts.Count ? _starts[line] : _text.Length;
        while (to > from && IsBreak(_text[to - 1]))
        {
            to--;
        }

        return _text.AsSpan(from, to - from);
    }

    /// <summary>Where the line holding <paramref name="offset"/> ends (at its break, or the end of the text).</summary>
    public int LineEnd(int offset)
    {
        var line = LineOf(offset);
        return line < _starts.Count ? Start(line) + Line(line).Length : _text.Length;
    }
}
