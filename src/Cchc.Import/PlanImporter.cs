using Cchc.Import.Output;
using Cchc.Import.Recognition;
using Cchc.Import.Recognition.Frame;
using Cchc.Model;
using Cchc.Validation;
using Cchc.Word;
using Cchc.Yaml;

namespace Cchc.Import;

/// <summary>
/// What importing gave: the YAML to write (null when there is nothing to write) and every finding — the
/// reader's, the importer's guesses positioned in the YAML and the Word file, and the loader's and validator's
/// findings on the YAML itself. <see cref="Unreadable"/>: an input could not be read at all (exit 2).
/// </summary>
public sealed record ImportResult(string? Yaml, IReadOnlyList<Diagnostic> Diagnostics, bool Unreadable)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>Word files → plan YAML: read, split into documents, recognise, print, then load and validate what was printed.</summary>
public static class PlanImporter
{
    /// <param name="paths">The .docx files, in any order (Quyết định, Kế hoạch, Phụ lục in one file or several).</param>
    /// <param name="yamlName">The output's name as diagnostics show it.</param>
    public static ImportResult Import(IReadOnlyList<string> paths, string yamlName, Recognizers? recognizers = null)
    {
        var (documents, diagnostics) = Read(paths);
        if (diagnostics.Any(d => d.IsError))
        {
            return new ImportResult(null, diagnostics, Unreadable: true);
        }

        return Import(documents, yamlName, recognizers ?? Recognizers.Default, diagnostics);
    }

    /// <summary>Reads the Word files; the reader's findings come with the LibreOffice command for a .doc, .rtf or .odt.</summary>
    internal static (List<(WordDocument Document, ImportContext Context)> Documents, List<Diagnostic> Diagnostics) Read(IReadOnlyList<string> paths)
    {
        var documents = new List<(WordDocument Document, ImportContext Context)>();
        var diagnostics = new List<Diagnostic>();
        foreach (var path in paths)
        {
            var read = WordReader.Read(path);
            diagnostics.AddRange(read.Diagnostics.Select(d => WithConversion(d, path)));
            if (read.Document is { } document)
            {
                documents.Add((document, new ImportContext(Path.GetFileName(path))));
            }
        }

        return (documents, diagnostics);
    }

    internal static ImportResult Import(IReadOnlyList<(WordDocument Document, ImportContext Context)> documents, string yamlName, Recognizers recognizers, List<Diagnostic> diagnostics)
    {
        var parts = documents.SelectMany(d => Segmenter.Split(d.Document, d.Context)).ToList();
        var root = PackageAssembler.Assemble(parts, recognizers, diagnostics);
        var contexts = documents.Select(d => d.Context).ToList();
        foreach (var ctx in contexts)
        {
            diagnostics.AddRange(ctx.Diagnostics);
        }

        if (root is null)
        {
            var names = string.Join(", ", contexts.Select(c => c.SourceName));
            diagnostics.Add(DiagnosticCatalog.E308.At(SourceSpan.None(names),
                $"không tìm thấy Kế hoạch trong {names}: cần một dòng tên loại \"KẾ HOẠCH\" đứng riêng (như Nghị định 30 quy định)",
                $"no Kế hoạch in {names}: a line holding only the document type \"KẾ HOẠCH\" is needed (as Decree 30 lays it out)"));
            return new ImportResult(null, diagnostics, Unreadable: false);
        }

        var emitted = YamlEmitter.Emit(root);
        foreach (var guess in contexts.SelectMany(c => c.Guesses.Select(g => (Context: c, Guess: g))))
        {
            diagnostics.Add(Positioned(guess.Guess, guess.Context, emitted, yamlName));
        }

        var loaded = PlanLoader.Load(emitted.Text, yamlName);
        diagnostics.AddRange(loaded.Diagnostics);
        if (loaded.Package is { } package)
        {
            diagnostics.AddRange(PlanValidator.Validate(package));
        }

        return new ImportResult(emitted.Text, diagnostics, Unreadable: false);
    }

    /// <summary>A file that is not a .docx but has the name of one LibreOffice converts (.doc, .rtf, .odt) gets the command that does it.</summary>
    private static Diagnostic WithConversion(Diagnostic d, string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!d.Is(DiagnosticCatalog.E301) || extension is not (".doc" or ".rtf" or ".odt") || d.Message.Vi.Contains("soffice", StringComparison.Ordinal))
        {
            return d;
        }

        var command = $"soffice --headless --convert-to docx \"{Path.GetFileName(path)}\"";
        return DiagnosticCatalog.E301.At(d.Span, $"{d.Message.Vi} Hãy chuyển sang .docx bằng LibreOffice: {command}", $"{d.Message.En} Convert it to .docx with LibreOffice: {command}");
    }

    /// <summary>A guess as a warning at its line in the YAML, naming where in the Word file it was read.</summary>
    private static Diagnostic Positioned(Guess guess, ImportContext ctx, EmitResult emitted, string yamlName)
    {
        var span = emitted.PlaceOf(guess.Node) is { } at ? SourceSpan.At(yamlName, at.Line, at.Column) : SourceSpan.None(yamlName);
        var vi = guess.Where is { } w ? $"{guess.Text.Vi} [{ctx.SourceName}({w.Describe("vi")})]" : $"{guess.Text.Vi} [{ctx.SourceName}]";
        var en = guess.Where is { } w2 ? $"{guess.Text.En} [{ctx.SourceName}({w2.Describe("en")})]" : $"{guess.Text.En} [{ctx.SourceName}]";
        return guess.Code.At(span, vi, en);
    }
}
