using System.IO.Compression;
using Cchc.Tests.Build.Layout;
using Cchc.Tests.Golden;
using Cchc.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Xunit;
using static Cchc.Tests.Build.Layout.StyleResolver;

namespace Cchc.Tests.Reports;

/// <summary>
/// The written Báo cáo, hand-made and generated (many areas and tasks): valid for the Open XML SDK and Word, the
/// Decree 30 page rules the other documents pass, byte-identical twice, and its own golden parts.
/// </summary>
public sealed class ReportDocxTests : IDisposable
{
    private static readonly string[] Parts = ["word/document.xml", "word/header1.xml", "word/header2.xml"];
    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-report-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> Samples => ["hand-made", "generated"];

    private static Cchc.Composition.Reports.ReportFacts Facts(string sample) =>
        sample == "generated" ? ReportSamples.Generated(areas: 9, perArea: 40) : ReportSamples.QuarterOne();

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_Open_XML_validator_reports_no_errors_and_Word_checks_pass(string sample)
    {
        using var stream = new MemoryStream(ReportBuild.Bytes(Facts(sample)));
        using var docx = WordprocessingDocument.Open(stream, false);
        WordChecks.AssertValid(docx, FileFormatVersions.Office2019);
        WordChecks.AssertValid(docx, FileFormatVersions.Microsoft365);
        Assert.True(WordChecks.AssertEveryCellEndsWithAParagraph(docx) > 0);
        WordChecks.AssertIdsAndReferencesResolve(docx);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_same_facts_give_the_same_bytes(string sample) =>
        Assert.Equal(ReportBuild.Bytes(Facts(sample)), ReportBuild.Bytes(Facts(sample)));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Pages_are_A4_portrait_then_a_landscape_Phu_luc_numbered_from_page_two_of_each_section(string sample)
    {
        var docx = new LayoutDocx(ReportBuild.File(Facts(sample), _dir, sample));
        var sections = docx.Sections();
        Assert.Equal(2, sections.Count);
        var sizes = sections.Select(s => s.SectPr.Element(W + "pgSz")!)
            .Select(z => ((int)z.Attribute(W + "w")!, (int)z.Attribute(W + "h")!, (string?)z.Attribute(W + "orient"))).ToList();
        Assert.Equal((11906, 16838), (sizes[0].Item1, sizes[0].Item2));
        Assert.Equal((16838, 11906, "landscape"), sizes[1]);
        foreach (var (_, sectPr) in sections)
        {
            Assert.NotNull(sectPr.Element(W + "titlePg"));
            Assert.Contains(" PAGE ", string.Concat(docx.Header(sectPr, "default")!.Descendants(W + "instrText").Select(i => i.Value)), StringComparison.Ordinal);
            Assert.Empty(docx.Header(sectPr, "first")!.Descendants(W + "instrText"));
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_Phu_luc_table_repeats_its_header_row_and_no_row_splits(string sample)
    {
        var docx = new LayoutDocx(ReportBuild.File(Facts(sample), _dir, sample));
        var table = Assert.Single(LayoutDocx.Tables(docx.Sections()[1].Elements));
        var rows = table.Elements(W + "tr").ToList();
        Assert.NotNull(rows[0].Element(W + "trPr")?.Element(W + "tblHeader"));
        Assert.All(rows.Skip(1), r => Assert.Null(r.Element(W + "trPr")?.Element(W + "tblHeader")));
        Assert.Equal(7, rows[0].Elements(W + "tc").Count());
        var groups = Facts(sample).Appendix;
        Assert.Equal(1 + groups.Count + groups.Sum(g => g.Rows.Count), rows.Count);
    }

    [SkippableTheory]
    [MemberData(nameof(Samples))]
    public void LibreOffice_opens_it_with_the_text_in_place_and_the_Phu_luc_landscape(string sample)
    {
        Tools.RequireLibreOffice();
        var facts = Facts(sample);
        var pdf = LibreOffice.ConvertToPdf(ReportBuild.File(facts, _dir, sample));
        var sizes = LibreOffice.PageSizes(pdf);
        var landscape = LibreOffice.FirstLandscapePage(sizes);
        Assert.True(landscape > 1, "The body comes first, in portrait.");
        Assert.All(sizes.Take(landscape - 1), s => Assert.True(s.Width < s.Height));
        Assert.All(sizes.Skip(landscape - 1), s => Assert.True(s.Width > s.Height));

        var body = string.Join('\n', LibreOffice.PdfLines(pdf, 1, landscape - 1));
        foreach (var expected in new[] { "Số: 05/BC-UBND", "Hải Dương, ngày 14 tháng 3 năm 2026", "BÁO CÁO", "Kết quả thực hiện công tác cải cách hành chính quý I năm 2026",
            "I. CÔNG TÁC CHỈ ĐẠO", "V. ĐỀ XUẤT, KIẾN NGHỊ", "Nơi nhận:", "Lưu: VT, VP.", "TM. ỦY BAN NHÂN DÂN", "Phạm Thị Thanh Vân" })
        {
            Assert.Contains(expected, body, StringComparison.Ordinal);
        }

        var appendix = LibreOffice.PdfLines(pdf, landscape, sizes.Count);
        Assert.Contains(appendix, l => l.Trim() == "Phụ lục");
        Assert.Contains(appendix, l => l.Contains(facts.Appendix[^1].Rows[^1].Status, StringComparison.Ordinal));

        // The header row is repeated: every landscape page shows the STT / Nhiệm vụ headings.
        for (var page = landscape; page <= sizes.Count; page++)
        {
            Assert.Contains(LibreOffice.PdfLines(pdf, page, page), l => l.Contains("STT", StringComparison.Ordinal) && l.Contains("Nhiệm vụ", StringComparison.Ordinal));
        }

        if (sample == "generated")
        {
            Assert.True(sizes.Count - landscape >= 5, $"{sizes.Count} pages: the generated Phụ lục should span many pages.");
        }
    }

    [Fact]
    public void The_hand_made_report_matches_its_approved_parts()
    {
        var path = ReportBuild.File(ReportSamples.QuarterOne(), _dir, "quy-i");
        using var zip = ZipFile.OpenRead(path);
        Assert.Equal(Parts, zip.Entries.Select(e => e.FullName).Where(n => n == "word/document.xml" || n.StartsWith("word/header", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        foreach (var part in Parts)
        {
            GoldenDocumentTests.Compare(zip, part, Path.Combine(RepoPaths.Root, "tests", "Cchc.Tests", "Golden", "report", "quy-i", part));
        }

        GoldenDocumentTests.Compare(zip, "word/styles.xml", Path.Combine(GoldenDocumentTests.Approved, "styles.xml"));
    }
}
