using System.Text.RegularExpressions;
using Cchc.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Cchc.Tests.Build;

/// <summary>
/// LibreOffice as the real client of built plans: the seed facts (shared/spec/seed-facts.md) are printed, the
/// Kế hoạch is portrait and its Phụ lục landscape, and the table header comes back on the next page.
/// </summary>
[Trait("Category", "Slow")]
public sealed class BuiltRenderingTests(RenderedPlans rendered, ITestOutputHelper output) : IClassFixture<RenderedPlans>
{
    private static readonly string[] Recipients2026 =
    [
        "- Như Điều 3;", "- Sở Nội vụ;", "- Văn phòng UBND thành phố;", "- TT Đảng uỷ - TT HĐND phường;",
        "- CT, các PCT UBND phường;", "- Ban Chỉ đạo CCHC phường;", "- Công thông tin điện tử phường;", "- Lưu: VT, VHXX.",
    ];

    private static readonly string[] DecisionTexts =
    [
        "Hải Dương, ngày 12 tháng 01 năm 2026", // Q-02
        "QUYẾT ĐỊNH", // Q-03
        "Ban hành Kế hoạch Cải cách hành chính nhà nước Phường Hải Dương năm 2026", // Q-04
        "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HẢI DƯƠNG", // Q-05
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", // Q-06
        "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030;",
        "Căn cứ Quyết định số 463/QĐ-UBND ngày 11/9/2025 về việc ban hành Kế hoạch thực hiện Chương trình tổng thể CCHC nhà nước phường Hải Dương giai đoạn 2026-2030;",
        "Theo đề nghị của Trưởng phòng Văn hoá – Xã hội.", // Q-09
        "QUYẾT ĐỊNH:", // Q-10
        "Điều 1. Ban hành kèm theo Quyết định này “Kế hoạch Cải cách hành chính nhà nước phường Hải Dương năm 2026”.",
        "Điều 2. Quyết định có hiệu lực thi hành kể từ ngày ký.",
        "Điều 3. Chánh Văn phòng HĐND&UBND phường, Trưởng các phòng, cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.",
    ];

    [SkippableFact]
    public void Q01_Q15_the_decision_prints_on_one_portrait_page_with_every_seed_fact_in_order()
    {
        Tools.RequireLibreOffice();

        var sizes = LibreOffice.PageSizes(rendered.Decision);
        Assert.InRange(sizes.Count, 1, 2);
        Assert.All(sizes, AssertPortrait);

        var lines = LibreOffice.PdfLines(rendered.Decision, 1, sizes.Count);
        Assert.Contains(lines, l => Regex.IsMatch(l, @"Số:\s*/QĐ-UBND\s+Hải Dương, ngày 12 tháng 01 năm 2026")); // Q-01 beside Q-02
        AssertInOrder(RenderedPlans.Compact(rendered.Decision, 1, sizes.Count), DecisionTexts);

        // The trích yếu wraps into even lines, not a full line and a lone "2026".
        var title = lines.FindIndex(l => l.Trim() == "QUYẾT ĐỊNH");
        var summary = lines.Skip(title + 1).TakeWhile(l => l.Trim().Length > 0 && !l.Contains("CHỦ TỊCH", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, summary.Count);
        Assert.All(summary, l => Assert.True(l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4, $"A short line in the trích yếu: \"{l.Trim()}\""));

        // Q-14, Q-15: the recipients in order at the left; the signer's title level with "Nơi nhận:", the name under it.
        var at = Recipients2026.Select(r => lines.FindIndex(l => l.TrimStart().StartsWith(r, StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, at);
        Assert.Equal(at.Order(), at);
        var heading = lines.FindIndex(l => l.Contains("Nơi nhận:", StringComparison.Ordinal));
        Assert.Equal(at[0] - 1, heading);
        Assert.Equal("Nơi nhận: CHỦ TỊCH", string.Join(' ', lines[heading].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Single(lines, l => l.TrimEnd().EndsWith("Phạm Thị Thanh Vân", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("TM.", StringComparison.Ordinal) || l.Contains("KT.", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void The_plan_is_portrait_then_its_appendix_landscape_each_of_a_plausible_length()
    {
        Tools.RequireLibreOffice();

        var sizes = LibreOffice.PageSizes(rendered.Plan);
        output.WriteLine(string.Join(", ", sizes.Select(s => $"{s.Width:F0}x{s.Height:F0}")));
        var first = FirstLandscapePage(sizes);
        Assert.InRange(first - 1, 5, 10);
        Assert.InRange(sizes.Count - first + 1, 5, 12);
        Assert.All(sizes.Take(first - 1), AssertPortrait);
        Assert.All(sizes.Skip(first - 1), s =>
        {
            Assert.InRange(s.Width, 841, 843);
            Assert.InRange(s.Height, 594, 596);
        });
    }

    [SkippableFact]
    public void K01_K02_K10_the_plan_title_block_and_closing()
    {
        Tools.RequireLibreOffice();

        var sizes = LibreOffice.PageSizes(rendered.Plan);
        var first = LibreOffice.PdfLines(rendered.Plan, 1, 1).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        // The attached plan's letterhead (nd30-format §5.2): issuer and quốc hiệu/tiêu ngữ, no Số and no date line.
        Assert.Matches(@"^ỦY BAN NHÂN DÂN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$", first[0]);
        Assert.Matches(@"^PHƯỜNG HẢI DƯƠNG\s+Độc lập - Tự do - Hạnh phúc$", first[1]);
        Assert.Equal("KẾ HOẠCH", first[2]);
        Assert.Equal("Cải cách hành chính nhà nước phường Hải Dương năm 2026", first[3]);
        AssertInOrder(RenderedPlans.Compact(rendered.Plan, 1, 1),
            ["(Kèm theo Quyết định số /QĐ-UBND ngày 12 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân phường Hải Dương)"]);

        var body = RenderedPlans.Compact(rendered.Plan, 1, FirstLandscapePage(sizes) - 1);
        AssertInOrder(body,
        [
            "I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ, GIẢI PHÁP", "III. KINH PHÍ:", // K-04
            "Kinh phí thực hiện Kế hoạch được bố trí trong nguồn kinh phí cải cách hành chính nhà nước năm 2026 của phường.", // K-07
            "IV. TỔ CHỨC THỰC HIỆN",
            "Trong quá trình tổ chức thực hiện Kế hoạch này, nếu phát sinh các nội dung, nhiệm vụ cần sửa đổi, bổ sung; các phòng, đơn vị báo cáo Ủy ban nhân dân phường (qua phòng Văn hoá – Xã hội để tổng hợp chung) xem xét, quyết định./.",
        ]);
    }

    [SkippableFact]
    public void P01_P13_the_appendix_label_title_table_and_first_and_last_rows()
    {
        Tools.RequireLibreOffice();

        var sizes = LibreOffice.PageSizes(rendered.Plan);
        var appendix = FirstLandscapePage(sizes);
        var lines = LibreOffice.PdfLines(rendered.Plan, appendix, appendix).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.Equal("Phụ lục", lines[0]); // P-01
        Assert.Equal("DANH MỤC NHIỆM VỤ, CÔNG VIỆC CỤ THỂ TRIỂN KHAI,", lines[1]); // P-02
        Assert.Equal("THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026", lines[2]);
        AssertInOrder(RenderedPlans.Compact(rendered.Plan, appendix, appendix),
        [
            "(Kèm theo Quyết định số /QĐ-UBND ngày 12 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân phường Hải Dương)", // P-03
            "I. Chỉ đạo điều hành, kiểm tra và tuyên truyền", // P-06
        ]);

        // P-04: the header's single-line cells share a printed line; "Thời gian thực hiện/ hoàn thành" wraps in its cell.
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^TT\s+Nội dung công việc\s+Cơ quan chủ trì\s+Cơ quan phối hợp\s+(hiện/ hoàn\s+)?Sản phẩm$"));
        Assert.Contains(lines, l => l.Contains("Thời gian thực", StringComparison.Ordinal));

        // P-10, P-13: the first printed line of rows 1 and 45 holds the start of every cell.
        AssertRowStarts(lines, "1", ["Ban hành Kế hoạch", "Phòng VHXXH", "Các phòng, đơn vị", "Trước ngày", "Kế hoạch của UBND phường"]);
        var last = LibreOffice.PdfLines(rendered.Plan, sizes.Count, sizes.Count).Select(l => l.Trim()).ToList();
        AssertRowStarts(last, "45", ["Triển khai áp dụng", "Phòng VHXXH", "Các phòng, đơn vị", "Khi có hướng", "Kế hoạch; Báo cáo"]);
    }

    private static void AssertRowStarts(List<string> lines, string number, string[] cells)
    {
        var row = Assert.Single(lines, l => l.StartsWith(number + " ", StringComparison.Ordinal) && l.Contains(cells[0], StringComparison.Ordinal));
        var position = 0;
        foreach (var cell in cells)
        {
            var at = row.IndexOf(cell, position, StringComparison.Ordinal);
            Assert.True(at >= 0, $"Row {number} does not print \"{cell}\" in place: {row}");
            position = at + cell.Length;
        }
    }

    [SkippableFact]
    public void P05_the_table_header_row_is_printed_again_on_the_second_appendix_page()
    {
        Tools.RequireLibreOffice();

        var second = FirstLandscapePage(LibreOffice.PageSizes(rendered.Plan)) + 1;
        var lines = LibreOffice.PdfLines(rendered.Plan, second, second);
        Assert.Contains(lines, l => l.Contains("Nội dung công việc", StringComparison.Ordinal) && l.Contains("Cơ quan phối hợp", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Trim() == "Phụ lục");
    }

    [SkippableFact]
    public void T01_T10_the_standalone_plan_from_letterhead_to_signature()
    {
        Tools.RequireLibreOffice();

        var sizes = LibreOffice.PageSizes(rendered.Standalone);
        Assert.InRange(sizes.Count, 8, 16);
        Assert.All(sizes, AssertPortrait);

        var first = LibreOffice.PdfLines(rendered.Standalone, 1, 1);
        Assert.Contains(first, l => l.Contains("ỦY BAN NHÂN DÂN", StringComparison.Ordinal) && l.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", StringComparison.Ordinal));
        Assert.Contains(first, l => l.Contains("XÃ TÂN MINH", StringComparison.Ordinal) && l.Contains("Độc lập - Tự do - Hạnh phúc", StringComparison.Ordinal));
        Assert.Contains(first, l => Regex.IsMatch(l, @"Số:\s+/KH-UBND\s+Tân Minh, ngày\s+tháng 9 năm 2025"));
        AssertInOrder(RenderedPlans.Compact(rendered.Standalone, 1, 1),
            ["KẾ HOẠCH", "Thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2026 - 2030", "I. MỤC ĐÍCH, YÊU CẦU"]);

        var end = RenderedPlans.Compact(rendered.Standalone, sizes.Count - 1, sizes.Count);
        AssertInOrder(end,
        [
            "Chủ tịch Ủy ban nhân dân xã yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc tổ chức triển khai thực hiện Kế hoạch này.",
            "xem xét, giải quyết./.", // T-10
        ]);

        var last = LibreOffice.PdfLines(rendered.Standalone, sizes.Count, sizes.Count);
        var heading = last.FindIndex(l => l.Contains("Nơi nhận:", StringComparison.Ordinal));
        Assert.True(heading >= 0, "The signature is not on the last page.");
        Assert.Contains("TM. UỶ BAN NHÂN DÂN", last[heading], StringComparison.Ordinal); // T-09
        Assert.EndsWith("CHỦ TỊCH", last[heading + 1].TrimEnd(), StringComparison.Ordinal);
        Assert.Contains(last.Skip(heading + 2), l => l.TrimEnd().EndsWith("Đinh Văn Nhanh", StringComparison.Ordinal));
        Assert.Contains(last, l => l.TrimStart().StartsWith("- Lưu: VT.", StringComparison.Ordinal)); // T-08
    }

    private static void AssertInOrder(string compactText, IEnumerable<string> texts)
    {
        var position = 0;
        foreach (var text in texts)
        {
            var wanted = RenderedPlans.Compact(text);
            var at = compactText.IndexOf(wanted, position, StringComparison.Ordinal);
            Assert.True(at >= 0, $"Not printed (after the previous text): \"{text}\"");
            position = at + wanted.Length;
        }
    }

    private static void AssertPortrait((double Width, double Height) size)
    {
        Assert.InRange(size.Width, 594, 596);
        Assert.InRange(size.Height, 841, 843);
    }

    private static int FirstLandscapePage(IReadOnlyList<(double Width, double Height)> sizes)
    {
        var page = LibreOffice.FirstLandscapePage(sizes);
        Assert.True(page > 0, "No landscape page.");
        return page;
    }

}
