using Cchc.Model.Documents;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cchc.Tests.Docx;

/// <summary>nd30-format §9.3 (H1–H11): the header block of page one.</summary>
public sealed class LetterheadTests
{
    private const int CellMargins = 2 * 57;
    private static readonly string?[] RuleStyles = ["Rule", "TitleRule"];

    [Fact]
    public void The_letterhead_is_a_borderless_two_column_table_whose_right_column_holds_the_national_title()
    {
        using var docx = WrittenDocx.Of(SampleDocuments.DecisionOnly());
        var table = Letterhead(docx);
        var columns = Columns(table);
        Assert.Equal([3600, 5754], columns);
        Assert.True(columns.Sum() <= 9354);
        Assert.True(columns[1] - CellMargins >= 5100, "The quốc hiệu must fit on one line at 13 pt.");
        Assert.Equal("LayoutTable", table.GetFirstChild<W.TableProperties>()!.TableStyle!.Val!.Value);
        var borders = docx.Style("LayoutTable").StyleTableProperties!.TableBorders!;
        Assert.All(borders.ChildElements, b => Assert.Equal("nil", b.GetAttribute("val", b.NamespaceUri).Value));
        Assert.Empty(table.Descendants<W.TableCellBorders>());
    }

    [Fact]
    public void The_national_title_and_motto_are_bold_centred_single_spaced_with_a_rule_as_long_as_the_motto()
    {
        using var docx = WrittenDocx.Of(SampleDocuments.DecisionOnly());
        var right = Cell(Letterhead(docx), 0, 1);
        var paragraphs = right.Elements<W.Paragraph>().ToList();

        Assert.Equal(SampleDocuments.NationalTitle, WrittenDocx.TextOf(paragraphs[0]));
        Assert.Equal((26, true, false), WrittenDocx.FormatOf(paragraphs[0]));
        Assert.Equal(SampleDocuments.Motto, WrittenDocx.TextOf(paragraphs[1]));
        Assert.Equal((28, true, false), WrittenDocx.FormatOf(paragraphs[1]));
        foreach (var paragraph in paragraphs.Take(2))
        {
            Assert.Equal(W.JustificationValues.Center, docx.ParagraphProperty<W.Justification>(paragraph)!.Val!.Value);
            var spacing = docx.ParagraphProperty<W.SpacingBetweenLines>(paragraph)!;
            Assert.Equal(("0", "0", "240"), (spacing.Before!.Value, spacing.After!.Value, spacing.Line!.Value));
        }

        // The spec measures the motto at 14 pt bold as about 3249 twips: the rule may differ by 15%.
        var rule = RuleLength(docx, paragraphs[2], 5754 - CellMargins);
        Assert.InRange(rule, 3249 * 0.85, 3249 * 1.15);
    }

    [Fact]
    public void The_agency_lines_are_bold_13pt_under_a_regular_superior_with_a_rule_of_a_third_to_a_half()
    {
        var letterhead = new Letterhead("UBND TỈNH QUẢNG NAM", ["SỞ NỘI VỤ"], "Số: 12/KH-SNV", SampleDocuments.NationalTitle, SampleDocuments.Motto, "Quảng Nam, ngày 05 tháng 01 năm 2026");
        using var docx = WrittenDocx.Of(new Document([new(Orientation.Portrait, [letterhead])]));
        var left = Cell(Letterhead(docx), 0, 0).Elements<W.Paragraph>().ToList();

        Assert.Equal("UBND TỈNH QUẢNG NAM", WrittenDocx.TextOf(left[0]));
        Assert.Equal((26, false, false), WrittenDocx.FormatOf(left[0]));
        Assert.Equal("SỞ NỘI VỤ", WrittenDocx.TextOf(left[1]));
        Assert.Equal((26, true, false), WrittenDocx.FormatOf(left[1]));
        Assert.All(left.Take(2), p => Assert.Equal(W.JustificationValues.Center, docx.ParagraphProperty<W.Justification>(p)!.Val!.Value));

        var agencyWidth = Cchc.Docx.TextWidth.Twips("SỞ NỘI VỤ", new Cchc.Docx.RunFormat(26, true, false));
        var rule = RuleLength(docx, left[2], 3600 - CellMargins);
        Assert.InRange(rule / (double)agencyWidth, 0.33, 0.50);
    }

    [Fact]
    public void The_agency_rule_is_sized_on_the_longest_agency_line_and_centred()
    {
        using var docx = WrittenDocx.Of(SampleDocuments.DecisionOnly());
        var rule = Cell(Letterhead(docx), 0, 0).Elements<W.Paragraph>().Last();
        var indent = rule.ParagraphProperties!.Indentation!;
        Assert.InRange(int.Parse(indent.Left!.Value!, Inv) - int.Parse(indent.Right!.Value!, Inv), -1, 1);

        var longest = Cchc.Docx.TextWidth.Twips(SampleDocuments.AgencyPlace, new Cchc.Docx.RunFormat(26, true, false));
        Assert.InRange(RuleLength(docx, rule, 3600 - CellMargins) / (double)longest, 0.33, 0.50);
    }

    [Fact]
    public void Number_and_place_date_share_the_second_row()
    {
        using var docx = WrittenDocx.Of(SampleDocuments.DecisionOnly());
        var table = Letterhead(docx);
        Assert.Equal(2, table.Elements<W.TableRow>().Count());

        var number = Assert.Single(Cell(table, 1, 0).Elements<W.Paragraph>());
        Assert.Matches(@"^Số:\s+/[A-ZĐ-]+$", WrittenDocx.TextOf(number));
        Assert.Equal((26, false, false), WrittenDocx.FormatOf(number));

        var date = Assert.Single(Cell(table, 1, 1).Elements<W.Paragraph>());
        Assert.Equal(SampleDocuments.PlaceDate, WrittenDocx.TextOf(date));
        Assert.Equal((28, false, true), WrittenDocx.FormatOf(date));

        Assert.All([number, date], p => Assert.Equal(W.JustificationValues.Center, docx.ParagraphProperty<W.Justification>(p)!.Val!.Value));
        Assert.Equal(docx.ParagraphProperty<W.SpacingBetweenLines>(number)!.Before!.Value, docx.ParagraphProperty<W.SpacingBetweenLines>(date)!.Before!.Value);
    }

    [Theory]
    [InlineData("Hà Nội, ngày 05 tháng 01 năm 2020", 28)]
    [InlineData("Thành phố Hồ Chí Minh, ngày 29 tháng 12 năm 2025", 26)]
    public void A_place_date_line_too_long_for_its_column_at_14pt_is_set_at_13pt(string placeDate, int halfPoints)
    {
        var letterhead = new Letterhead(null, ["ỦY BAN NHÂN DÂN"], "Số: 05/KH-UBND", SampleDocuments.NationalTitle, SampleDocuments.Motto, placeDate);
        using var docx = WrittenDocx.Of(new Document([new(Orientation.Portrait, [letterhead])]));
        var date = Assert.Single(Cell(Letterhead(docx), 1, 1).Elements<W.Paragraph>());
        Assert.Equal((halfPoints, false, true), WrittenDocx.FormatOf(date));
    }

    [Fact]
    public void An_attached_plan_has_no_number_and_no_date_row()
    {
        using var docx = WrittenDocx.Of(new Document([SampleDocuments.AttachedPlan()]));
        var table = Letterhead(docx);
        Assert.Single(table.Elements<W.TableRow>());
        Assert.DoesNotContain(docx.Paragraphs(), p => WrittenDocx.TextOf(p).StartsWith("Số:", StringComparison.Ordinal));
        Assert.DoesNotContain(docx.Paragraphs(), p => WrittenDocx.StyleOf(p) is "NumberLine" or "PlaceDateLine" or "PlaceDateLineCompact");
    }

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;

    internal static W.Table Letterhead(WrittenDocx docx) => Assert.IsType<W.Table>(docx.Body.FirstChild);

    internal static int[] Columns(W.Table table) =>
        [.. table.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Select(c => int.Parse(c.Width!.Value!, Inv))];

    internal static W.TableCell Cell(W.Table table, int row, int column) =>
        table.Elements<W.TableRow>().ElementAt(row).Elements<W.TableCell>().ElementAt(column);

    /// <summary>Length of a rule paragraph's bottom border: the cell's text width less both indents.</summary>
    internal static int RuleLength(WrittenDocx docx, W.Paragraph rule, int available)
    {
        Assert.Contains(WrittenDocx.StyleOf(rule), RuleStyles);
        Assert.Equal("", WrittenDocx.TextOf(rule));
        Assert.Equal(W.BorderValues.Single, docx.ParagraphProperty<W.ParagraphBorders>(rule)!.BottomBorder!.Val!.Value);
        var indent = rule.ParagraphProperties!.Indentation!;
        return available - int.Parse(indent.Left!.Value!, Inv) - int.Parse(indent.Right!.Value!, Inv);
    }
}
