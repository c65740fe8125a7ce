using Cchc.Model.Documents;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cchc.Tests.Docx;

/// <summary>nd30-format §6 and §9.7 A6: appendix tables.</summary>
public sealed class TableTests
{
    private const int LandscapeTextWidth = 16838 - 1701 - 851;

    [Fact]
    public void The_appendix_table_spans_the_landscape_text_width_in_proportion_to_the_weights()
    {
        using var docx = WrittenDocx.Of(SampleDocuments.AppendixOnly());
        var table = AppendixTable(docx);
        var columns = LetterheadTests.Columns(table);

        Assert.Equal(LandscapeTextWidth, columns.Sum());
        Assert.Equal(LandscapeTextWidth.ToString(Inv), table.GetFirstChild<W.TableProperties>()!.TableWidth!.Width!.Value);
        Assert.Equal(W.TableLayoutValues.Fixed, table.GetFirstChild<W.TableProperties>()!.TableLayout!.Type!.Value);
        int[] weights = [5, 40, 14, 20, 14, 20];
        for (var i = 0; i < columns.Length; i++)
        {
            Assert.InRange(columns[i], (LandscapeTextWidth * weights[i] / 113.0) - 1, (LandscapeTextWidth * weights[i] / 113.0) + 1);
        }

        foreach (var row in table.Elements<W.TableRow>().Where(r => r.Elements<W.TableCell>().Count() == columns.Length))
        {
            Assert.Equal(columns, row.Elements<W.TableCell>().Select(c => int.Parse(c.TableCellProperties!.TableCellWidth!.Width!.Value!, Inv)));
        }
    }

    [Theory]
    [MemberData(nameof(SampleDocuments.All), MemberType = typeof(SampleDocuments))]
    public void No_table_is_wider_than_its_section_text_width(string name)
    {
        using var docx = WrittenDocx.Of(SampleDocuments.Named(name));
        foreach (var (elements, properties) in docx.Sections())
        {
            var size = properties.GetFirstChild<W.PageSize>()!;
            var margin = properties.GetFirstChild<W.PageMargin>()!;
            var textWidth = (int)(size.Width!.Value - margin.Left!.Value - margin.Right!.Value);
            foreach (var table in elements.OfType<W.Table>())
            {
                Assert.True(LetterheadTests.Columns(table).Sum() <= textWidth);
            }
        }
    }

    [Fact]
    public void Only_the_header_row_repeats_and_no_row_splits()
    {
        using var docx = WrittenDocx.Of(SampleDocuments.AppendixOnly());
        var rows = AppendixTable(docx).Elements<W.TableRow>().ToList();

        Assert.Equal(1 + 7 + SampleDocuments.AppendixTaskRows, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<W.TableHeader>());
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties!.GetFirstChild<W.TableHeader>()));
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<W.CantSplit>()));
    }

    [Fact]
    public void Header_cells_are_bold_and_centred()
    {
        using var docx = WrittenDocx.Of(SampleDocuments.AppendixOnly());
        var header = AppendixTable(docx).Elements<W.TableRow>().First();
        Assert.Equal(SampleDocuments.AppendixHeaders, header.Elements<W.TableCell>().Select(c => WrittenDocx.TextOf(c.Elements<W.Paragraph>().Single())));
        foreach (var paragraph in header.Descendants<W.Paragraph>())
        {
            Assert.Equal((24, true, false), WrittenDocx.FormatOf(paragraph));
            Assert.Equal(W.JustificationValues.Center, docx.ParagraphProperty<W.Justification>(paragraph)!.Val!.Value);
        }
    }

    [Fact]
    public void Group_rows_are_one_bold_cell_across_all_columns()
    {
        using var docx = WrittenDocx.Of(SampleDocuments.AppendixOnly());
        var groups = AppendixTable(docx).Elements<W.TableRow>().Where(r => r.Elements<W.TableCell>().Count() == 1).ToList();
        Assert.Equal(7, groups.Count);
        foreach (var row in groups)
        {
            var cell = row.Elements<W.TableCell>().Single();
            Assert.Equal(6, cell.TableCellProperties!.GridSpan!.Val!.Value);
            Assert.Equal(LandscapeTextWidth.ToString(Inv), cell.TableCellProperties.TableCellWidth!.Width!.Value);
            Assert.True(WrittenDocx.FormatOf(cell.Elements<W.Paragraph>().Single()).Bold);
        }

        Assert.StartsWith("I. ", WrittenDocx.TextOf(groups[0].Descendants<W.Paragraph>().Single()), StringComparison.Ordinal);
    }

    [Fact]
    public void Cell_paragraphs_are_single_spaced_12pt_without_first_line_indent()
    {
        using var docx = WrittenDocx.Of(SampleDocuments.AppendixOnly());
        var paragraphs = AppendixTable(docx).Descendants<W.Paragraph>().ToList();
        Assert.Contains(paragraphs, p => p.Parent!.Elements<W.Paragraph>().Count() == 2);
        foreach (var paragraph in paragraphs)
        {
            var spacing = docx.ParagraphProperty<W.SpacingBetweenLines>(paragraph)!;
            Assert.Equal("240", spacing.Line!.Value);
            Assert.InRange(int.Parse(spacing.Before!.Value!, Inv), 0, 60);
            Assert.InRange(int.Parse(spacing.After!.Value!, Inv), 0, 60);
            Assert.Equal("0", docx.ParagraphProperty<W.Indentation>(paragraph)!.FirstLine!.Value);
            Assert.InRange(WrittenDocx.FormatOf(paragraph).HalfPoints, 24, 26);
        }
    }

    [Fact]
    public void Cells_have_single_black_half_point_borders()
    {
        using var docx = WrittenDocx.Of(SampleDocuments.AppendixOnly());
        Assert.Equal("GridTable", AppendixTable(docx).GetFirstChild<W.TableProperties>()!.TableStyle!.Val!.Value);
        var borders = docx.Style("GridTable").StyleTableProperties!.TableBorders!;
        Assert.Equal(6, borders.ChildElements.Count);
        foreach (var border in borders.ChildElements)
        {
            Assert.Equal(("single", "4", "000000"), (Attr(border, "val"), Attr(border, "sz"), Attr(border, "color")));
        }
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_rejected_with_its_row_number()
    {
        var table = new Table([1, 1],
        [
            new(TableRowKind.Header, [Cell("A"), Cell("B")]),
            new(TableRowKind.Body, [Cell("x")]),
        ]);
        using var output = new MemoryStream();
        var error = Assert.Throws<ArgumentException>(() =>
            Cchc.Docx.DocxWriter.Write(new Document([new(Orientation.Portrait, [table])]), output));
        Assert.Contains("row 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_after_a_title_gets_a_gap_and_a_section_never_ends_on_a_table()
    {
        using var docx = WrittenDocx.Of(SampleDocuments.DecisionPackage());
        var table = AppendixTable(docx);
        Assert.Equal("TableGap", WrittenDocx.StyleOf(Assert.IsType<W.Paragraph>(table.PreviousSibling())));
        Assert.All(docx.Sections(), s => Assert.IsType<W.Paragraph>(s.Elements[^1]));
    }

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;

    private static string? Attr(DocumentFormat.OpenXml.OpenXmlElement element, string name) =>
        element.GetAttribute(name, element.NamespaceUri).Value;

    private static W.Table AppendixTable(WrittenDocx docx) =>
        docx.Body.Elements<W.Table>().Single(t => t.GetFirstChild<W.TableProperties>()!.TableStyle!.Val!.Value == "GridTable");

    private static TableCell Cell(string text) => new([Paragraph.Of(ParaStyle.TableCell, text)]);
}
