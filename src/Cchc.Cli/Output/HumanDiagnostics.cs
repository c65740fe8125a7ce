using Cchc.Model;

namespace Cchc.Cli.Output;

/// <summary><c>plans/x.yaml(12,5): lỗi E006: …</c>, then the source line and a caret under the column.</summary>
internal sealed class HumanDiagnostics(TextWriter w, string lang)
{
    private readonly Dictionary<string, string[]?> _sources = new(StringComparer.Ordinal);

    public void Write(Diagnostic d)
    {
        var severity = lang == "en" ? (d.IsError ? "error" : "warning") : (d.IsError ? "lỗi" : "cảnh báo");
        var where = d.Span.IsKnown ? $"{d.Span.File}({d.Span.Line},{d.Span.Column})" : d.Span.File;
        w.WriteLine($"{where}: {severity} {d.Code}: {d.Message.In(lang)}");
        if (d.Span.IsKnown && Line(d.Span.File, d.Span.Line) is { } line)
        {
            var shown = line.Replace('\t', ' ').TrimEnd('\r');
            if (shown.Length > 160)
            {
                shown = shown[..160] + "…";
            }

            w.WriteLine($"    {shown}");
            w.WriteLine($"    {new string(' ', Math.Clamp(d.Span.Column - 1, 0, shown.Length))}^");
        }
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
                lines = File.Exists(file) && new FileInfo(file).Length <= 10 * 1024 * 1024 ? File.ReadAllLines(file) : null;
            }
            catch (IOException)
            {
                lines = null;
            }

            _sources[file] = lines;
        }

        return lines is not null && line >= 1 && line <= lines.Length ? lines[line - 1] : null;
    }
}
