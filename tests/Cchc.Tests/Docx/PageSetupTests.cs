using Cchc.Model.Documents;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cchc.Tests.Docx;

/// <summary>nd30-format §9.1 (P1–P9) and §9.7 A5/A7, checked on every section of the written XML.</summary>
public sealed class PageSetupTests
{
    [Theory]
    [MemberData(nameof(SampleDocuments.All), MemberType = typeof(SampleDocuments))]
    public void Every_section_is_A4_with_Decree_30_margins(string name)
    {
        using var docx = WrittenDocx.Of(SampleDocuments.Named(name));
        foreach (var (_, properties) in docx.Sections())
        {
            var size = properties.GetFirstChild<W.PageSize>()!;
            var landscape = size.Orient?.Value == W.PageOrientationValues.Landscape;
            Assert.Equal(landscape ? (16838u, 11906u) : (11906u, 16838u), (size.Width!.Value, size.Height!.Value));

            var margin = properties.GetFirstChild<W.PageMargin>()!;
            Assert.InRange(margin.Top!.Value, 1134, 1417);
            Assert.InRange(margin.Bottom!.Value, 1134, 1417);
            Assert.InRange(margin.Left!.Value, 1701u, 1984u);
            Assert.InRange(margin.Right!.Value, 851u, 1133u);
            Assert.Equal(0u, margin.Gutter!.Value);
            Assert.True(margin.Header!.Value < (uint)margin.Top.Value, "The page number must sit inside the top margin.");
        }
    }

    [Fact]
    public void The_appendix_section_is_landscape_and_the_others_portrait()
    {
        using var docx = WrittenDocx.Of(SampleDocuments.DecisionPackage());
        var orientations = docx.Sections()
            .Select(s => s.Properties.GetFirstChild<W.PageSize>()!.Orient?.Value == W.PageOrientationValues.Landscape)
            .ToList();
        Assert.Equal([false, false, true], orientations);
    }

    [Theory]
    [MemberData(nameof(SampleDocuments.All), MemberType = typeof(SampleDocuments))]
    public void Every_section_starts_a_page_restarts_numbering_and_hides_its_first_number(string name)
    {
        using var docx = WrittenDocx.Of(SampleDocuments.Named(name));
        foreach (var (_, properties) in docx.Sections())
        {
            Assert.Equal(W.SectionMarkValues.NextPage, properties.GetFirstChild<W.SectionType>()!.Val!.Value);
            Assert.Equal(1, properties.GetFirstChild<W.PageNumberType>()!.Start!.Value);
            Assert.NotNull(properties.GetFirstChild<W.TitlePage>());

            var first = HeaderOf(docx, properties, W.HeaderFooterValues.First);
            Assert.Equal("", string.Concat(first.Descendants<W.Text>().Select(t => t.Text)));
            Assert.Empty(first.Descendants<W.FieldCode>());
            Assert.Empty(first.Descendants<W.SimpleField>());
        }
    }

    [Theory]
    [MemberData(nameof(SampleDocuments.All), MemberType = typeof(SampleDocuments))]
    public void The_default_header_holds_a_centred_14pt_regular_PAGE_field(string name)
    {
        using var docx = WrittenDocx.Of(SampleDocuments.Named(name));
        foreach (var (_, properties) in docx.Sections())
        {
            var header = HeaderOf(docx, properties, W.HeaderFooterValues.Default);
            var paragraph = Assert.Single(header.Elements<W.Paragraph>());
            Assert.Equal(" PAGE ", Assert.Single(paragraph.Descendants<W.FieldCode>()).Text);
            Assert.Equal(W.JustificationValues.Center, docx.ParagraphProperty<W.Justification>(paragraph)!.Val!.Value);
            foreach (var run in paragraph.Elements<W.Run>())
            {
                Assert.Equal("28", run.RunProperties!.FontSize!.Val!.Value);
                Assert.Null(run.RunProperties.Bold);
                Assert.Equal("Times New Roman", run.RunProperties.RunFonts!.Ascii!.Value);
            }
        }

        Assert.Empty(docx.Main.FooterParts);
    }

    [Theory]
    [MemberData(nameof(SampleDocuments.All), MemberType = typeof(SampleDocuments))]
    public void Section_properties_are_in_schema_order(string name)
    {
        string[] order =
        [
            "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc",
            "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg",
            "textDirection", "bidi", "rtlGutter", "docGrid",
        ];
        using var docx = WrittenDocx.Of(SampleDocuments.Named(name));
        foreach (var (_, properties) in docx.Sections())
        {
            var positions = properties.ChildElements.Select(c => Array.IndexOf(order, c.LocalName)).ToList();
            Assert.DoesNotContain(-1, positions);
            Assert.Equal(positions.Order(), positions);
        }
    }

    [Fact]
    public void Each_model_section_becomes_one_section_with_its_blocks()
    {
        using var docx = WrittenDocx.Of(SampleDocuments.DecisionPackage());
        var sections = docx.Sections();
        Assert.Equal(3, sections.Count);
        Assert.Contains(sections[0].Elements.OfType<W.Paragraph>(), p => WrittenDocx.TextOf(p) == "QUYẾT ĐỊNH");
        Assert.Contains(sections[1].Elements.OfType<W.Paragraph>(), p => WrittenDocx.TextOf(p) == "KẾ HOẠCH");
        Assert.Contains(sections[2].Elements.OfType<W.Paragraph>(), p => WrittenDocx.TextOf(p) == "Phụ lục");
    }

    [Fact]
    public void A_document_without_sections_is_rejected()
    {
        using var output = new MemoryStream();
        Assert.Throws<ArgumentException>(() => Cchc.Docx.DocxWriter.Write(new Document([]), output));
    }

    private static W.Header HeaderOf(WrittenDocx docx, W.SectionProperties properties, W.HeaderFooterValues type)
    {
        var reference = Assert.Single(properties.Elements<W.HeaderReference>(), h => h.Type!.Value == type);
        return ((DocumentFormat.OpenXml.Packaging.HeaderPart)docx.Main.GetPartById(reference.Id!.Value!)).Header!;
    }
}
