using Cchc.Composition;
using Cchc.Docx;
using Cchc.Model.Documents;

namespace Cchc.Pipeline;

/// <summary>The write stage: composed documents → .docx bytes, named after the source file by each kind's rule.</summary>
public static class DocumentOutput
{
    /// <summary>
    /// One file per document, <c>{stem}-{kind}.docx</c> in <paramref name="outputDir"/>; with <paramref name="single"/>
    /// every document in one <c>{stem}.docx</c> (to print). Documents are written in parallel.
    /// </summary>
    /// <param name="qualifier">Appended to each kind's file name (a report's period, "quy-i-2026"); null for none.</param>
    public static IReadOnlyList<BuiltDocument> Write(ComposeResult composed, string sourceFile, string outputDir, bool single, string? qualifier = null)
    {
        var stem = Path.GetFileNameWithoutExtension(sourceFile);
        (string Path, Composition.Kinds.DocumentKind? Kind, Document Document)[] documents = single
            ? [(Path.Combine(outputDir, $"{stem}.docx"), null, composed.Single)]
            : [.. composed.Documents.Select(d => (Path.Combine(outputDir, qualifier is null ? d.Kind.FileName(stem) : d.Kind.FileName(stem, qualifier)), (Composition.Kinds.DocumentKind?)d.Kind, d.Document))];
        var built = new BuiltDocument[documents.Length];
        Parallel.For(0, documents.Length, i =>
        {
            using var buffer = new MemoryStream();
            DocxWriter.Write(documents[i].Document, buffer);
            built[i] = new BuiltDocument(documents[i].Path, documents[i].Kind, buffer.ToArray());
        });
        return built;
    }
}
