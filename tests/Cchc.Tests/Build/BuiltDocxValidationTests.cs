using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Cchc.Tests.Build;

/// <summary>
/// Every document built from a real plan (both files and --single) passes the Open XML schema validator, and
/// the checks Word applies that the validator does not: each table cell ends with a paragraph, drawing ids
/// are unique, every referenced style and header exists.
/// </summary>
public sealed class BuiltDocxValidationTests(BuiltPlans built) : IClassFixture<BuiltPlans>
{
    [Theory]
    [MemberData(nameof(BuiltPlans.Documents), MemberType = typeof(BuiltPlans))]
    public void The_validator_reports_no_errors(string stem, string doc)
    {
        using var docx = WordprocessingDocument.Open(built.DocumentPath(stem, doc), isEditable: false);
        foreach (var version in new[] { FileFormatVersions.Office2019, FileFormatVersions.Microsoft365 })
        {
            var errors = new OpenXmlValidator(version).Validate(docx)
                .Select(e => $"{version} {e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
                .ToList();
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        }
    }

    [Theory]
    [MemberData(nameof(BuiltPlans.Documents), MemberType = typeof(BuiltPlans))]
    public void Every_table_cell_ends_with_a_paragraph(string stem, string doc)
    {
        using var docx = WordprocessingDocument.Open(built.DocumentPath(stem, doc), isEditable: false);
        // The 2025 Kế hoạch kèm theo has no table at all; every other document has the letterhead at least.
        var cells = docx.MainDocumentPart!.Document!.Body!.Descendants<W.TableCell>().ToList();
        Assert.All(cells, cell => Assert.IsType<W.Paragraph>(cell.LastChild));
    }

    [Theory]
    [MemberData(nameof(BuiltPlans.Documents), MemberType = typeof(BuiltPlans))]
    public void Drawing_ids_are_unique_and_every_style_and_header_reference_resolves(string stem, string doc)
    {
        using var docx = WordprocessingDocument.Open(built.DocumentPath(stem, doc), isEditable: false);
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
