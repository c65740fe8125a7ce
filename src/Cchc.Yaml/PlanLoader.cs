using Cchc.Model;

namespace Cchc.Yaml;

/// <summary>What loading a plan file gives: the package (null when the file could not be read at all) and every problem found.</summary>
public sealed record LoadResult(Package? Package, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>Reads a plan: bytes → text (UTF-8 only) → YAML nodes with positions → plan model.</summary>
public static class PlanLoader
{
    public static LoadResult Load(ReadOnlySpan<byte> bytes, string path)
    {
        var diagnostics = new List<Diagnostic>();
        var text = TextDecoder.Decode(bytes, path, diagnostics);
        return text is null ? new LoadResult(null, diagnostics) : LoadText(text, path, diagnostics);
    }

    public static LoadResult Load(string text, string path) => LoadText(text, path, []);

    /// <summary>Reads a file, refusing one over the size limit before reading it.</summary>
    public static LoadResult LoadFile(string path, string displayPath)
    {
        var length = new FileInfo(path).Length;
        if (length > TextDecoder.MaxBytes)
        {
            return new LoadResult(null, [TextDecoder.TooLarge(displayPath, length)]);
        }

        return Load(File.ReadAllBytes(path), displayPath);
    }

    private static LoadResult LoadText(string text, string path, List<Diagnostic> diagnostics)
    {
        var empty = new LocalizedText("tệp trống: chưa có nội dung kế hoạch (tối thiểu cần cchc, issuer, agencies, plan)",
            "the file is empty: a plan needs at least cchc, issuer, agencies and plan");
        if (ReadTable(text, path, diagnostics, empty, out var characters) is not { } table)
        {
            return new LoadResult(null, diagnostics);
        }

        var package = new PackageReader(path, diagnostics).ReadPackage(table.Root);
        ReportCharacters(characters, diagnostics);
        return new LoadResult(package, diagnostics);
    }

    /// <summary>The front half (see <see cref="ReadTable"/>) giving node objects, for the status reader and editors.</summary>
    internal static YNode? ReadTree(string text, string path, List<Diagnostic> diagnostics, LocalizedText empty, out List<Diagnostic> characters) =>
        ReadTable(text, path, diagnostics, empty, out characters)?.ToTree();

    /// <summary>
    /// The front half every YAML input of cchc shares (plans, status files): the size limit, an empty file (E105,
    /// with <paramref name="empty"/> as its message), tab indentation, then the positioned nodes. Null when the file
    /// cannot be read as one YAML document; every problem is in <paramref name="diagnostics"/>.
    /// </summary>
    internal static YamlTable? ReadTable(string text, string path, List<Diagnostic> diagnostics, LocalizedText empty, out List<Diagnostic> characters)
    {
        characters = [];
        if (text.Length > TextDecoder.MaxBytes)
        {
            diagnostics.Add(TextDecoder.TooLarge(path, text.Length));
            return null;
        }

        var lines = new SourceLines(text);
        if (!HasContent(lines))
        {
            diagnostics.Add(DiagnosticCatalog.E105.At(SourceSpan.At(path, 1, 1), empty.Vi, empty.En));
            return null;
        }

        var tabs = TabIndentation(lines, path);
        diagnostics.AddRange(tabs);
        var syntax = new List<Diagnostic>();
        var reader = new YamlTreeReader(path, syntax, lines);
        var table = reader.ReadTable(text);
        characters = reader.Characters;
        // A parser error on a tab-indented line, or about a tab anywhere, says the same thing less clearly
        // (YamlDotNet reports a tab in a block mapping at the mapping's first line).
        diagnostics.AddRange(syntax.Where(d => !tabs.Any(t => t.Span.Line == d.Span.Line || t.Span.Line == d.Span.Line - 1)
            && !(tabs.Count > 0 && d.Message.En.Contains("tab", StringComparison.OrdinalIgnoreCase))));
        return table is null || diagnostics.Any(d => d.Is(DiagnosticCatalog.E101) || d.Is(DiagnosticCatalog.E103) || d.Is(DiagnosticCatalog.E104))
            ? null : table;
    }

    /// <summary>Control characters and characters XML forbids in the file's scalars (W115, found while the tree
    /// was read), in file order.</summary>
    internal static void ReportCharacters(List<Diagnostic> characters, List<Diagnostic> diagnostics) =>
        diagnostics.AddRange(characters.OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column));

    /// <summary>False when every line is blank, a comment, or a document marker (--- or ...).</summary>
    private static bool HasContent(SourceLines lines)
    {
        for (var i = 1; i <= lines.Count; i++)
        {
            var line = lines.Line(i).Trim();
            if (!line.IsEmpty && line[0] != '#' && line is not "---" and not "...")
            {
                return true;
            }
        }

        return false;
    }

    private static List<Diagnostic> TabIndentation(SourceLines lines, string path)
    {
        var result = new List<Diagnostic>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines.Line(i + 1);
            var indent = line.Length - line.TrimStart(" \t").Length;
            var tab = line[..indent].IndexOf('\t');
            if (tab >= 0)
            {
                result.Add(DiagnosticCatalog.E101.At(SourceSpan.At(path, i + 1, tab + 1),
                    "dòng này thụt lề bằng ký tự Tab; YAML chỉ cho phép thụt lề bằng dấu cách — thay mỗi Tab bằng 2 dấu cách",
                    "this line is indented with a tab; YAML allows only spaces — replace each tab with 2 spaces"));
            }
        }

        return result;
    }
}
