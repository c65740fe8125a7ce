using System.Xml.Linq;
using Cchc.Tests.Build.Layout;
using Xunit;
using static Cchc.Tests.Build.Layout.StyleResolver;

namespace Cchc.Tests.Reports;

/// <summary>nd30-format §9.3–9.6 on the written Báo cáo: the letterhead, title block, headings and signature rules the other documents pass.</summary>
public sealed class ReportLayoutTests : IDisposable
{
    private static readonly int[] TitleSizes = [26, 28];
    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-report-layout-").FullName;
    private readonly LayoutDocx _docx;

    public ReportLayoutTests() => _docx = new LayoutDocx(ReportBuild.File(ReportSamples.QuarterOne(), _dir, "bao-cao"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private List<XElement> Body => _docx.Sections()[0].Elements;

    private void AssertRuns(XElement p, bool bold, bool italic, int[] sizes) => Assert.All(TextRuns(p), r =>
    {
        Assert.Equal(bold, _docx.Styles.Bold(r));
        Assert.Equal(italic, _docx.Styles.Italic(r));
        Assert.Contains(_docx.Styles.Size(r), sizes);
    });

    [Fact]
    public void The_letterhead_is_two_columns_with_issuer_then_So_and_place_date_in_the_second_row()
    {
        var letterhead = Body[0];
        Assert.Equal(W + "tbl", letterhead.Name);
        Assert.Equal(2, letterhead.Element(W + "tblGrid")!.Elements(W + "gridCol").Count());
        Assert.Equal(["ỦY BAN NHÂN DÂN", "PHƯỜNG HẢI DƯƠNG"], LayoutDocx.CellParagraphs(letterhead, 0, 0).Select(Text).Where(t => t.Length > 0));
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Text(LayoutDocx.CellParagraphs(letterhead, 0, 1)[0]));
        var number = Assert.Single(LayoutDocx.CellParagraphs(letterhead, 1, 0));
        Assert.Equal("Số: 05/BC-UBND", Text(number));
        AssertRuns(number, bold: false, italic: false, [26]);
        var date = Assert.Single(LayoutDocx.CellParagraphs(letterhead, 1, 1));
        Assert.Equal("Hải Dương, ngày 14 tháng 3 năm 2026", Text(date));
        AssertRuns(date, bold: false, italic: true, TitleSizes);
    }

    [Fact]
    public void Bao_cao_and_its_trich_yeu_are_bold_centred_then_a_short_rule()
    {
        var (docType, summary, rule) = (Body[1], Body[2], Body[3]);
        Assert.Equal("BÁO CÁO", Text(docType));
        Assert.Equal("Kết quả thực hiện công tác cải cách hành chính quý I năm 2026", Text(summary));
        foreach (var p in new[] { docType, summary })
        {
            Assert.Equal("center", _docx.Styles.Paragraph(p, "jc"));
            AssertRuns(p, bold: true, italic: false, TitleSizes);
        }

        Assert.Empty(TextRuns(rule));
        Assert.Equal("single", (string?)_docx.Styles.ParagraphElement(rule, "pBdr")?.Element(W + "bottom")?.Attribute(W + "val"));
        var (left, right) = (_docx.Styles.ParagraphTwips(rule, "ind", "left"), _docx.Styles.ParagraphTwips(rule, "ind", "right"));
        Assert.InRange(Math.Abs(left - right), 0, 1);
        Assert.True(left > 0, "A short rule, not one across the page.");
    }

    [Fact]
    public void Headings_I_to_V_are_bold_and_body_paragraphs_justified_13_or_14_pt()
    {
        var paragraphs = LayoutDocx.Paragraphs(Body).ToList();
        var headings = paragraphs.Where(p => System.Text.RegularExpressions.Regex.IsMatch(Text(p), @"^(I|II|III|IV|V)\. ")).ToList();
        Assert.Equal(5, headings.Count);
        Assert.All(headings, h => Assert.All(TextRuns(h), r => Assert.True(_docx.Styles.Bold(r))));
        var body = paragraphs.Single(p => Text(p).StartsWith("Tính đến thời điểm báo cáo", StringComparison.Ordinal));
        Assert.Equal("both", _docx.Styles.Paragraph(body, "jc"));
        AssertRuns(body, bold: false, italic: false, TitleSizes);
    }

    [Fact]
    public void Noi_nhan_and_the_signature_follow_the_rules_of_the_other_documents()
    {
        var signature = LayoutDocx.Tables(Body).Last();
        var left = LayoutDocx.CellParagraphs(signature, 0, 0);
        Assert.Equal("Nơi nhận:", Text(left[0]));
        AssertRuns(left[0], bold: true, italic: true, [24]);
        Assert.All(left.Skip(1), p => AssertRuns(p, bold: false, italic: false, [22]));
        Assert.Equal("- Lưu: VT, VP.", Text(left[^1]));

        var right = LayoutDocx.CellParagraphs(signature, 0, 1).Where(p => Text(p).Length > 0).ToList();
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Thị Thanh Vân"], right.Select(Text));
        Assert.All(right, p =>
        {
            Assert.Equal("center", _docx.Styles.Paragraph(p, "jc"));
            Assert.All(TextRuns(p), r => Assert.True(_docx.Styles.Bold(r)));
        });
    }
}
