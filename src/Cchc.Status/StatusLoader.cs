using Cchc.Model;
using Cchc.Yaml;

namespace Cchc.Status;

/// <summary>Reads a status file: bytes → text (UTF-8 only) → YAML tree with positions (the plan loader's own
/// front half, so a status file gets the same E100–E108 findings) → <see cref="StatusFile"/>.</summary>
public static class StatusLoader
{
    public static StatusLoadResult Load(string path) => Load(path, path);

    /// <summary>The plan's sibling status file: "plans/x.yaml" → "plans/x.status.yaml".</summary>
    public static string SiblingOf(string plan) =>
        Path.Combine(Path.GetDirectoryName(plan) ?? "", $"{Path.GetFileNameWithoutExtension(plan)}.status{Path.GetExtension(plan)}");

    /// <summary>Reads <paramref name="path"/> but names it <paramref name="displayPath"/> in findings. A missing file
    /// is E201 and an unreadable one E203 (both mean exit 2 on the command line); nothing here throws for I/O.</summary>
    public static StatusLoadResult Load(string path, string displayPath)
    {
        if (!File.Exists(path))
        {
            return new StatusLoadResult(null, [DiagnosticCatalog.E201.At(SourceSpan.None(displayPath),
                $"không tìm thấy tệp tình hình thực hiện \"{displayPath}\"", $"no such status file \"{displayPath}\"")]);
        }

        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > TextDecoder.MaxBytes)
            {
                return new StatusLoadResult(null, [TextDecoder.TooLarge(displayPath, length)]);
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new StatusLoadResult(null, [DiagnosticCatalog.E203.At(SourceSpan.None(displayPath),
                $"không đọc được tệp \"{displayPath}\" ({ex.GetType().Name})", $"cannot read \"{displayPath}\" ({ex.GetType().Name})")]);
        }

        var diagnostics = new List<Diagnostic>();
        var text = TextDecoder.Decode(bytes, displayPath, diagnostics);
        return text is null ? new StatusLoadResult(null, diagnostics) : Read(text, displayPath, diagnostics);
    }

    public static StatusLoadResult LoadText(string text, string path) => Read(text, path, []);

    private static StatusLoadResult Read(string text, string path, List<Diagnostic> diagnostics)
    {
        var empty = new LocalizedText("tệp trống: một tệp tình hình thực hiện cần ít nhất \"cchc_status: 1\"",
            "the file is empty: a status file needs at least \"cchc_status: 1\"");
        if (PlanLoader.ReadTree(text, path, diagnostics, empty, out var characters) is not { } root)
        {
            return new StatusLoadResult(null, diagnostics);
        }

        var file = new StatusReader(path, diagnostics).Read(root);
        PlanLoader.ReportCharacters(characters, diagnostics);
        return new StatusLoadResult(file, diagnostics);
    }
}
