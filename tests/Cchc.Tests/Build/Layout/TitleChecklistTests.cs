using System.Xml.Linq;
using Xunit;
using static Cchc.Tests.Build.Layout.StyleResolver;

namespace Cchc.Tests.Build.Layout;

/// <summary>nd30-format §9.3–9.4 (H1–H4, H9, H10, T1–T4) on the built 2026 Quyết định and Kế hoạch.</summary>
public sealed class TitleChecklistTests(Built2026 built) : IClassFixture<Built2026>
{
    private const int PortraitTextWidth = 9354;
    private static readonly int[] TitleSizes = [26, 28];
    private static readonly int[] NationalTitleSizes = [24, 26];
    private static readonly string?[] NoBorder = ["nil", "none"];

    private List<XElement> Decision => built.Decision.Sections()[0].Elements;

    private XElement Letterhead => Decision[0].Name == W + "tbl"
        ? Decision[0] : throw new Xunit.Sdk.XunitException("The Quyết định does not start with the letterhead table.");

    [Fact]
    public void H1_the_letterhead_is_a_borderless_two_column_table_within_the_text_width()
    {
        var grid = Letterhead.Element(W + "tblGrid")!.Elements(W + "gridCol").Select(c => (int)c.Attribute(W + "w")!).ToList();
        Assert.Equal(2, grid.Count);
        Assert.True(grid.Sum() <= PortraitTextWidth + 400, $"{grid.Sum()} twips wide");

        var style = (string)Letterhead.Element(W + "tblPr")!.Element(W + "tblStyle")!.Attribute(W + "val")!;
        var borders = new[] { Letterhead.Element(W + "tblPr")!.Element(W + "tblBorders"), TableStyleBorders(built.Decision, style) }
            .Where(b => b is not null).SelectMany(b => b!.Elements()).ToList();
        Assert.NotEmpty(borders);
        Assert.All(borders, b => Assert.Contains((string?)b.Attribute(W + "val"), NoBorder));
        Assert.All(Letterhead.Descendants(W + "tcBorders").SelectMany(b => b.Elements()),
            b => Assert.Contains((string?)b.Attribute(W + "val"), NoBorder));
    }

    [Fact]
    public void H2_the_right_column_holds_the_national_title_on_one_line()
    {
        var right = (int)Letterhead.Element(W + "tblGrid")!.Elements(W + "gridCol").Last().Attribute(W + "w")!;
        var margins = Letterhead.Element(W + "tblPr")!.Element(W + "tblCellMar")!;
        var usable = right - (int)margins.Element(W + "left")!.Attribute(W + "w")! - (int)margins.Element(W + "right")!.Attribute(W + "w")!;
        Assert.True(usable >= 5100, $"{usable} twips");
    }

    [Fact]
    public void H3_H4_national_title_and_motto_bold_centred_single_spaced()
    {
        var right = LayoutDocx.CellParagraphs(Letterhead, 0, 1);
        var (title, motto) = (right[0], right[1]);
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Text(title));
        AssertRuns(built.Decision, title, bold: true, italic: false, NationalTitleSizes);
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", Text(motto));
        AssertRuns(built.Decision, motto, bold: true, italic: false, TitleSizes);
        foreach (var p in new[] { title, motto })
        {
            Assert.Equal("center", built.Decision.Styles.Paragraph(p, "jc"));
            Assert.Equal(0, built.Decision.Styles.ParagraphTwips(p, "spacing", "before"));
            Assert.Equal(0, built.Decision.Styles.ParagraphTwips(p, "spacing", "after"));
            Assert.Equal(240, built.Decision.Styles.ParagraphTwips(p, "spacing", "line"));
            Assert.Equal("auto", built.Decision.Styles.Paragraph(p, "spacing", "lineRule"));
        }
    }

    [Fact]
    public void H9_H10_number_and_place_date_share_a_row_centred_13_and_italic()
    {
        var number = Assert.Single(LayoutDocx.CellParagraphs(Letterhead, 1, 0));
        Assert.Matches(@"^Số:\s+/[A-ZĐa-z0-9-]+$", Text(number));
        AssertRuns(built.Decision, number, bold: false, italic: false, [26]);
        Assert.Equal("center", built.Decision.Styles.Paragraph(number, "jc"));

        var date = Assert.Single(LayoutDocx.CellParagraphs(Letterhead, 1, 1));
        Assert.Matches(@"^[^,]+, ngày (0[1-9]|[12][0-9]|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm [0-9]{4}$", Text(date));
        AssertRuns(built.Decision, date, bold: false, italic: true, TitleSizes);
        Assert.Equal("center", built.Decision.Styles.Paragraph(date, "jc"));
    }

    [Fact]
    public void T1_T2_T4_the_decision_title_block()
    {
        var paragraphs = Decision.Skip(1).ToList();
        AssertDocType(built.Decision, paragraphs[0], "QUYẾT ĐỊNH");
        var summary = paragraphs[1];
        AssertSummary(built.Decision, summary);
        Assert.StartsWith("Ban hành ", Text(summary), StringComparison.Ordinal);
        AssertShortRule(built.Decision, paragraphs[2], summary);
    }

    [Fact]
    public void T1_T2_T3_T4_the_plan_title_block_with_its_attached_line_before_the_rule()
    {
        // The letterhead comes first: one row (issuer | quốc hiệu, tiêu ngữ), no Số and date row.
        Assert.Equal("tbl", built.PlanSection[0].Name.LocalName);
        Assert.Single(built.PlanSection[0].Elements(built.PlanSection[0].Name.Namespace + "tr"));
        var paragraphs = built.PlanSection.Skip(1).ToList();
        AssertDocType(built.Plan, paragraphs[0], "KẾ HOẠCH");
        var summary = paragraphs[1];
        AssertSummary(built.Plan, summary);

        var attached = paragraphs[2];
        Assert.Matches(@"^\(Kèm theo Quyết định số .+ ngày .+ của .+\)$", Text(attached));
        AssertRuns(built.Plan, attached, bold: false, italic: true, TitleSizes);
        Assert.Equal("center", built.Plan.Styles.Paragraph(attached, "jc"));
        AssertShortRule(built.Plan, paragraphs[3], summary);
    }

    private static void AssertDocType(LayoutDocx docx, XElement p, string text)
    {
        Assert.Equal(text, Text(p));
        AssertRuns(docx, p, bold: true, italic: false, TitleSizes);
        Assert.Equal("center", docx.Styles.Paragraph(p, "jc"));
    }

    private static void AssertSummary(LayoutDocx docx, XElement p)
    {
        var text = Text(p);
        Assert.NotEqual(text.ToUpperInvariant(), text);
        AssertRuns(docx, p, bold: true, italic: false, TitleSizes);
        Assert.Equal("center", docx.Styles.Paragraph(p, "jc"));
    }

    /// <summary>T4: a bottom-bordered empty paragraph, centred, 1/3–1/2 (±0.05) of the trích yếu's widest line; then a clear gap.</summary>
    private static void AssertShortRule(LayoutDocx docx, XElement rule, XElement summary)
    {
        Assert.Equal("", Text(rule));
        Assert.Equal("single", (string?)docx.Styles.ParagraphElement(rule, "pBdr")?.Element(W + "bottom")?.Attribute(W + "val"));
        var (left, right) = (docx.Styles.ParagraphTwips(rule, "ind", "left"), docx.Styles.ParagraphTwips(rule, "ind", "right"));
        Assert.InRange(Math.Abs(left - right), 0, 1);
        var length = PortraitTextWidth - left - right;

        var available = PortraitTextWidth - docx.Styles.ParagraphTwips(summary, "ind", "left") - docx.Styles.ParagraphTwips(summary, "ind", "right");
        var run = TextRuns(summary).First();
        var widest = LineWrap.Widest(Text(summary), docx.Styles.Size(run), bold: true, italic: false, available);
        var ratio = (double)length / widest;
        Assert.True(ratio is >= 0.28 and <= 0.55, $"The rule is {length} twips, {ratio:P0} of the trích yếu's widest line ({widest} twips).");

        // What follows starts clearly below the title block: at least 12 pt, where paragraphs are 6 pt apart.
        var next = rule.ElementsAfterSelf(W + "p").First();
        var gap = docx.Styles.ParagraphTwips(rule, "spacing", "after") + docx.Styles.ParagraphTwips(next, "spacing", "before");
        Assert.True(gap >= 240, $"{gap / 20} pt between the title block and \"{Text(next)}\".");
    }

    private static XElement? TableStyleBorders(LayoutDocx docx, string styleId) =>
        docx.Styles.Style(styleId)?.Element(W + "tblPr")?.Element(W + "tblBorders");

    private static void AssertRuns(LayoutDocx docx, XElement p, bool bold, bool italic, int[] sizes)
    {
        var runs = TextRuns(p).ToList();
        Assert.NotEmpty(runs);
        foreach (var run in runs)
        {
            var styles = docx.Styles;
            Assert.Equal(bold, styles.Bold(run));
            Assert.Equal(italic, styles.Italic(run));
            Assert.Contains(styles.Size(run), sizes);
        }
    }
}
