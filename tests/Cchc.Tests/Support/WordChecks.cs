using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Cchc.Tests.Support;

/// <summary>The schema validator, and the checks Word applies when it opens a file that the validator does not.</summary>
internal static class WordChecks
{
    public static void AssertValid(WordprocessingDocument docx, FileFormatVersions version)
    {
        var errors = new OpenXmlValidator(version).Validate(docx)
            .Select(e => $"{version} {e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    /// <summary>Word refuses a cell whose last child is not a paragraph. Returns the number of cells checked.</summary>
    public static int AssertEveryCellEndsWithAParagraph(WordprocessingDocument docx)
    {
        var cells = docx.MainDocumentPart!.Document!.Body!.Descendants<W.TableCell>().ToList();
        Assert.All(cells, cell => Assert.IsType<W.Paragraph>(cell.LastChild));
        return cells.Count;
    }

    /// <summary>Drawing ids are unique across the body and headers; every style and header reference resolves.</summary>
    public static void AssertIdsAndReferencesResolve(WordprocessingDocument docx)
    {
        var main = docx.MainDocumentPart!;
        var parts = new List<OpenXmlPart> { main };
        parts.AddRange(main.HeaderParts);
        parts.AddRange(main.FooterParts);

        var drawingIds = parts.SelectMany(p => p.RootElement!.Descendants<Wp.DocProperties>()).Select(d => d.Id!.Value).ToList();
        Assert.Equal(drawingIds.Count, drawingIds.Distinct().Count());

        var styleIds = main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Select(s => s.StyleId!.Value).ToHashSet();
        var used = parts.SelectMany(p => p.RootElement!.Descendants<W.ParagraphStyleId>().Select(s => s.Val!.Value!)
            .Concat(p.RootElement!.Descendants<W.TableStyle>().Select(s => s.Val!.Value!))).ToList();
        Assert.NotEmpty(used);
        Assert.All(used, id => Assert.Contains(id, styleIds));

        var headers = main.Document!.Body!.Descendants<W.HeaderReference>().Select(h => h.Id!.Value!).ToList();
        Assert.NotEmpty(headers);
        Assert.All(headers, id => Assert.IsType<HeaderPart>(main.GetPartById(id)));
    }
}
