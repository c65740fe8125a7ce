using Cchc.Model;

namespace Cchc.Cli.Output;

/// <summary><c>plans/x.yaml(12,5): lỗi E006: …</c>, then the source line and a caret under the column.</summary>
internal sealed class HumanDiagnostics(TextWriter w, string lang)
{
    private const int Width = 160;
    private const long SmallFile = 10 * 1024 * 1024;

    private readonly Dictionary<string, string[]?> _sources = new(StringComparer.Ordinal);

    public void Write(Diagnostic d)
    {
        var severity = lang == "en" ? (d.IsError ? "error" : "warning") : (d.IsError ? "lỗi" : "cảnh báo");
        var where = d.Span.Describe();
        w.WriteLine($"{OneLine(where)}: {severity} {d.Code}: {OneLine(d.Message.In(lang))}");
        if (d.Span.IsKnown && Line(d.Span.File, d.Span.Line) is { } line)
        {
            var (shown, caret) = Excerpt(Printable(line.TrimEnd('\r')), d.Span.Column - 1);
            w.WriteLine($"    {shown}");
            w.WriteLine($"    {new string(' ', caret)}^");
        }
    }

    /// <summary>Tabs become spaces and other control characters a middle dot, one for one, so the caret stays aligned
    /// and a binary file cannot write terminal escapes.</summary>
    private static string Printable(string line) =>
        string.Create(line.Length, line, (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                span[i] = s[i] == '\t' ? ' ' : char.IsControl(s[i]) || s[i] is '\u2028' or '\u2029' ? '·' : s[i];
            }
        });

    /// <summary>
    /// One finding stays on one line: line breaks (every one YAML or Unicode knows), tabs and other control characters
    /// in a message or a file name are shown as visible escapes (\n, \t, \u2028…).
    /// </summary>
    internal static string OneLine(string text)
    {
        if (!text.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085'))
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>At most <see cref="Width"/> characters of the line, around the column when it lies further right.</summary>
    private static (string Shown, int Caret) Excerpt(string line, int column)
    {
        column = Math.Clamp(column, 0, line.Length);
        if (line.Length <= Width)
        {
            return (line, column);
        }

        var start = Math.Clamp(column - (Width / 2), 0, line.Length - Width);
        var shown = string.Concat(start > 0 ? "…" : "", line.AsSpan(start, Width), start + Width < line.Length ? "…" : "");
        return (shown, column - start + (start > 0 ? 1 : 0));
    }

    public void Summary(int files, int errors, int warnings)
    {
        w.WriteLine(lang == "en"
            ? $"{files} file(s) checked: {errors} error(s), {warnings} warning(s)."
            : $"Đã kiểm tra {files} tệp: {errors} lỗi, {warnings} cảnh báo.");
    }

    private string? Line(string file, int line)
    {
        if (!_sources.TryGetValue(file, out var lines))
        {
            try
            {
                lines = File.Exists(file) && new FileInfo(file).Length <= SmallFile ? File.ReadAllLines(file) : null;
            }
            catch (IOException)
            {
                lines = null;
            }

            _sources[file] = lines;
        }

        if (lines is not null)
        {
            // One line past the last is where the file ends (an empty file, or an error at the end of the text).
            return line >= 1 && line <= lines.Length ? lines[line - 1] : line == lines.Length + 1 ? "" : null;
        }

        return LargeFileLine(file, line);
    }

    /// <summary>One line of a file too large to keep in memory, read as a stream and cut at a few thousand characters.</summary>
    private static string? LargeFileLine(string file, int line)
    {
        try
        {
            using var reader = new StreamReader(file, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var current = 1;
            var text = new System.Text.StringBuilder();
            int c;
            while ((c = reader.Read()) >= 0)
            {
                if (c == '\n')
                {
                    if (current == line)
                    {
                        return text.ToString();
                    }

                    current++;
                }
                else if (current == line && text.Length < 4096)
                {
                    text.Append((char)c);
                }
            }

            return current == line ? text.ToString() : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
