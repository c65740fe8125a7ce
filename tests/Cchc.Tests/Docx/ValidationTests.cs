using Cchc.Tests.Support;
using Xunit;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cchc.Tests.Docx;

/// <summary>The schema validator, plus the checks Word applies that the validator does not.</summary>
public sealed class ValidationTests
{
    [Theory]
    [MemberData(nameof(SampleDocuments.All), MemberType = typeof(SampleDocuments))]
    public void Office2019_validator_reports_no_errors(string name) => AssertValid(name, FileFormatVersions.Office2019);

    [Theory]
    [MemberData(nameof(SampleDocuments.All), MemberType = typeof(SampleDocuments))]
    public void Microsoft365_validator_reports_no_errors(string name) => AssertValid(name, FileFormatVersions.Microsoft365);

    [Theory]
    [MemberData(nameof(SampleDocuments.All), MemberType = typeof(SampleDocuments))]
    public void Every_table_cell_ends_with_a_paragraph(string name)
    {
        using var docx = WrittenDocx.Of(SampleDocuments.Named(name));
        Assert.True(WordChecks.AssertEveryCellEndsWithAParagraph(docx.Package) > 0);
    }

    [Fact]
    public void A_cell_with_no_paragraphs_still_gets_one()
    {
        var table = new Cchc.Model.Documents.Table([1, 1],
        [
            new(Cchc.Model.Documents.TableRowKind.Header, [Cell("A"), Cell("B")]),
            new(Cchc.Model.Documents.TableRowKind.Body, [Cell("x"), new Cchc.Model.Documents.TableCell([])]),
        ]);
        var document = new Cchc.Model.Documents.Document([new(Cchc.Model.Documents.Orientation.Portrait, [table])]);
        using var docx = WrittenDocx.Of(document);

        var empty = docx.Body.Descendants<W.TableCell>().Last();
        Assert.Single(empty.Elements<W.Paragraph>());
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(docx.Package));
    }

    [Theory]
    [MemberData(nameof(SampleDocuments.All), MemberType = typeof(SampleDocuments))]
    public void Drawing_ids_are_unique_and_references_resolve(string name)
    {
        using var docx = WrittenDocx.Of(SampleDocuments.Named(name));
        WordChecks.AssertIdsAndReferencesResolve(docx.Package);
    }

    [Fact]
    public void Every_paragraph_kind_of_the_model_has_a_style_in_the_reference_part()
    {
        foreach (var kind in Enum.GetValues<Cchc.Model.Documents.ParaStyle>())
        {
            Assert.True(Cchc.Docx.StyleSheet.Default.Contains(Cchc.Docx.StyleIds.Of(kind)), $"No style for {kind}.");
        }
    }

    private static void AssertValid(string name, FileFormatVersions version)
    {
        using var docx = WrittenDocx.Of(SampleDocuments.Named(name));
        WordChecks.AssertValid(docx.Package, version);
    }

    private static Cchc.Model.Documents.TableCell Cell(string text) =>
        new([Cchc.Model.Documents.Paragraph.Of(Cchc.Model.Documents.ParaStyle.TableCell, text)]);
}
