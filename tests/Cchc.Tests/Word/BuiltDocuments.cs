using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Docx;
using Cchc.Tests.Support;
using Cchc.Word;
using Cchc.Yaml;
using Xunit;
using M = Cchc.Model.Documents;

namespace Cchc.Tests.Word;

/// <summary>The documents cchc builds from plans/, written in memory, and the paragraphs a reader should find in them.</summary>
internal static class BuiltDocuments
{
    public static IEnumerable<object[]> Plans() => RepoPaths.PlanFiles.Select(f => new object[] { Path.GetFileName(f) });

    /// <summary>The composed documents of a plan (Quyết định when there is one, then the Kế hoạch).</summary>
    public static IEnumerable<M.Document> Compose(string plan)
    {
        var path = Path.Combine(RepoPaths.Plans, plan);
        var loaded = PlanLoader.Load(File.ReadAllText(path), path);
        Assert.False(loaded.HasErrors);
        var result = Composer.Compose(loaded.Package!, TemplateSet.Builtin);
        Assert.False(result.HasErrors);
        return result.Decision is null ? [result.Plan] : [result.Decision, result.Plan];
    }

    public static byte[] Write(M.Document document)
    {
        using var buffer = new MemoryStream();
        DocxWriter.Write(document, buffer);
        return buffer.ToArray();
    }

    public static WordDocument Read(byte[] docx)
    {
        var result = WordReader.Read(new MemoryStream(docx), "built.docx");
        Assert.Empty(result.Diagnostics);
        return result.Document!;
    }

    /// <summary>
    /// The composed document's paragraph texts in reading order: the letterhead's cells row by row, paragraphs,
    /// the signature block's two cells ("Nơi nhận:" first), table cells row by row. Rules and spacers are
    /// empty paragraphs, left out here as the comparison leaves out the reader's empty paragraphs.
    /// </summary>
    public static IEnumerable<string> ComposedTexts(M.Document document) => document.Sections.SelectMany(s => s.Blocks).SelectMany(Texts);

    private static IEnumerable<string> Texts(M.DocBlock block) => block switch
    {
        M.Paragraph p => [p.Text],
        M.Letterhead l => [.. Opt(l.Superior), .. l.AgencyLines, l.NationalTitle, l.Motto, .. Opt(l.NumberLine), .. Opt(l.PlaceDateLine)],
        M.SignatureBlock s => [.. s.Recipients.Count > 0 ? s.Recipients.Prepend("Nơi nhận:") : [], .. s.AuthorityLines, .. Opt(s.SignerName)],
        M.Table t => t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Paragraphs).Select(p => p.Text),
        _ => [],
    };

    private static IEnumerable<string> Opt(string? s) => s is null ? [] : [s];
}
