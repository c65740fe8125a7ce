using System.Xml.Linq;
using Xunit;
using static Cchc.Tests.Build.Layout.StyleResolver;

namespace Cchc.Tests.Build.Layout;

/// <summary>nd30-format §9.7 (A1, A4, A6) on the Phụ lục of the built 2026 Kế hoạch.</summary>
public sealed class AppendixChecklistTests(Built2026 built) : IClassFixture<Built2026>
{
    private const int LandscapeTextWidth = 14286;
    private static readonly int[] TitleSizes = [26, 28];

    private LayoutDocx Docx => built.Plan;

    private List<XElement> Paragraphs => [.. LayoutDocx.Paragraphs(built.AppendixSection)];

    [Fact]
    public void A1_the_label_is_Phu_luc_in_normal_case_bold_14_pt_centred()
    {
        var label = Paragraphs[0];
        Assert.Matches(@"^Phụ lục( [IVXLC]+)?$", Text(label));
        Assert.Equal("center", Docx.Styles.Paragraph(label, "jc"));
        Assert.All(TextRuns(label), r =>
        {
            Assert.True(Docx.Styles.Bold(r));
            Assert.Equal(28, Docx.Styles.Size(r));
        });
    }

    [Fact]
    public void A4_the_attached_line_names_the_decision_in_italics_centred()
    {
        var attached = Assert.Single(Paragraphs, p => Text(p).StartsWith("(Kèm theo", StringComparison.Ordinal));
        Assert.Matches(@"^\(Kèm theo .+ số .+ ngày .+ của .+\)$", Text(attached));
        Assert.DoesNotContain("…", Text(attached), StringComparison.Ordinal);
        Assert.Equal("center", Docx.Styles.Paragraph(attached, "jc"));
        Assert.All(TextRuns(attached), r =>
        {
            Assert.True(Docx.Styles.Italic(r));
            Assert.Contains(Docx.Styles.Size(r), TitleSizes);
        });
    }

    [Fact]
    public void A6_the_table_repeats_a_bold_centred_header_row_and_fits_the_landscape_text_width()
    {
        var table = Assert.Single(LayoutDocx.Tables(built.AppendixSection));
        var rows = table.Elements(W + "tr").ToList();
        Assert.NotNull(rows[0].Element(W + "trPr")?.Element(W + "tblHeader"));
        Assert.All(rows.Skip(1), r => Assert.Null(r.Element(W + "trPr")?.Element(W + "tblHeader")));

        var header = rows[0].Descendants(W + "p").ToList();
        Assert.Equal(6, header.Count);
        Assert.All(header, p =>
        {
            Assert.Equal("center", Docx.Styles.Paragraph(p, "jc"));
            Assert.All(TextRuns(p), r => Assert.True(Docx.Styles.Bold(r)));
        });

        var runs = table.Descendants(W + "r").Where(r => r.Elements(W + "t").Any()).ToList();
        Assert.True(runs.Count > 45 * 5);
        Assert.All(runs, r => Assert.True(Docx.Styles.Size(r) >= 22));

        var width = table.Element(W + "tblGrid")!.Elements(W + "gridCol").Sum(c => (int)c.Attribute(W + "w")!);
        Assert.InRange(width, LandscapeTextWidth - 400, LandscapeTextWidth);
    }
}
