using Cchc.Composition.Reports;
using Cchc.Composition.Templates;
using Cchc.Model.Documents;
using Xunit;

namespace Cchc.Tests.Reports;

/// <summary>What the Báo cáo says, in the document model: every fact in its place, wording from bao-cao/ templates.</summary>
public sealed class ReportTextTests
{
    private static Document Compose(ReportFacts facts)
    {
        var result = ReportComposer.Compose(facts, TemplateSet.Builtin);
        Assert.Empty(result.Diagnostics);
        return Assert.Single(result.Documents).Document;
    }

    private static List<Paragraph> Paragraphs(Section section, ParaStyle? style = null) =>
        [.. section.Blocks.OfType<Paragraph>().Where(p => style is null || p.Style == style)];

    [Fact]
    public void The_first_page_has_the_letterhead_Bao_cao_and_the_trich_yeu_of_the_period()
    {
        var body = Compose(ReportSamples.QuarterOne()).Sections[0];
        var letterhead = Assert.IsType<Letterhead>(body.Blocks[0]);
        Assert.Equal(["ỦY BAN NHÂN DÂN", "PHƯỜNG HẢI DƯƠNG"], letterhead.AgencyLines);
        Assert.Equal("Số: 05/BC-UBND", letterhead.NumberLine);
        Assert.Equal("Hải Dương, ngày 14 tháng 3 năm 2026", letterhead.PlaceDateLine);
        Assert.Equal("BÁO CÁO", Assert.Single(Paragraphs(body, ParaStyle.DocType)).Text);
        Assert.Equal("Kết quả thực hiện công tác cải cách hành chính quý I năm 2026", Assert.Single(Paragraphs(body, ParaStyle.Summary)).Text);
        Assert.IsType<ShortRule>(body.Blocks[3]);
    }

    [Theory]
    [InlineData("6 tháng đầu năm 2026")]
    [InlineData("9 tháng năm 2026")]
    [InlineData("năm 2026")]
    public void The_period_label_names_the_report_in_the_trich_yeu_closing_line_and_Phu_luc_title(string period)
    {
        var document = Compose(ReportSamples.QuarterOne() with { PeriodLabel = period });
        Assert.Equal("Kết quả thực hiện công tác cải cách hành chính " + period, Assert.Single(Paragraphs(document.Sections[0], ParaStyle.Summary)).Text);
        Assert.EndsWith($"công tác cải cách hành chính {period} của Ủy ban nhân dân phường Hải Dương./.", Paragraphs(document.Sections[0], ParaStyle.Body)[^1].Text, StringComparison.Ordinal);
        Assert.Equal("KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH " + Cchc.Composition.Text.VietnameseCase.Upper(period),
            Assert.Single(Paragraphs(document.Sections[1], ParaStyle.AppendixTitle)).Text);
        Assert.Equal("Kết quả thực hiện công tác cải cách hành chính " + period, document.Properties!.Title);
    }

    [Fact]
    public void A_report_without_a_number_is_a_draft_with_the_blank_after_So()
    {
        var document = Compose(ReportSamples.QuarterOne(number: null));
        Assert.Equal("Số:      /BC-UBND", Assert.IsType<Letterhead>(document.Sections[0].Blocks[0]).NumberLine);
        Assert.StartsWith("(Kèm theo Báo cáo số      /BC-UBND ngày", Assert.Single(Paragraphs(document.Sections[1], ParaStyle.AttachedLine)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_body_follows_the_outline_I_to_V_with_one_subsection_per_area_in_the_order_given()
    {
        var body = Compose(ReportSamples.QuarterOne()).Sections[0];
        Assert.Equal(
        [
            "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH",
            "III. ĐÁNH GIÁ CHUNG", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM KỲ TỚI", "V. ĐỀ XUẤT, KIẾN NGHỊ",
        ], Paragraphs(body, ParaStyle.Heading1).Select(p => p.Text));
        Assert.Equal(
            ["1. Cải cách thể chế", "2. Cải cách thủ tục hành chính", "3. Xây dựng chính quyền điện tử, chính quyền số", "1. Ưu điểm", "2. Tồn tại, hạn chế và nguyên nhân"],
            Paragraphs(body, ParaStyle.Heading2).Select(p => p.Text));
        Assert.Equal(["a) Tồn tại, hạn chế", "b) Nguyên nhân"], Paragraphs(body, ParaStyle.Heading3).Select(p => p.Text));
    }

    [Fact]
    public void Section_I_names_the_plan_and_every_count_and_the_rate()
    {
        var texts = Paragraphs(Compose(ReportSamples.QuarterOne()).Sections[0], ParaStyle.Body).Select(p => p.Text).ToList();
        Assert.Contains("Ủy ban nhân dân phường Hải Dương đã ban hành Quyết định số 15/QĐ-UBND ngày 12 tháng 01 năm 2026 ban hành Kế hoạch Cải cách hành chính nhà nước phường Hải Dương năm 2026 với 7 nhiệm vụ.", texts);
        Assert.Contains("Tính đến thời điểm báo cáo, đã hoàn thành 3 nhiệm vụ (2 nhiệm vụ đúng hạn, 1 nhiệm vụ quá hạn); đang thực hiện trong hạn 1 nhiệm vụ; quá hạn chưa hoàn thành 1 nhiệm vụ; chưa triển khai 1 nhiệm vụ; chưa đến hạn 1 nhiệm vụ.", texts);
        Assert.Contains("Tỷ lệ hoàn thành các nhiệm vụ đã đến hạn: 75%.", texts);
    }

    [Theory]
    [InlineData(66.66, "66,7")]
    [InlineData(66.65, "66,7")]
    [InlineData(100, "100")]
    [InlineData(0, "0")]
    [InlineData(12.04, "12")]
    public void The_rate_has_one_decimal_at_most_with_a_decimal_comma(double rate, string text)
    {
        var facts = ReportSamples.QuarterOne() with { Overall = ReportSamples.QuarterOne().Overall with { RatePercent = (decimal)rate } };
        Assert.Contains($"Tỷ lệ hoàn thành các nhiệm vụ đã đến hạn: {text}%.", Paragraphs(Compose(facts).Sections[0]).Select(p => p.Text));
    }

    [Fact]
    public void No_rate_line_when_nothing_is_due_yet()
    {
        var facts = ReportSamples.QuarterOne() with { Overall = ReportSamples.QuarterOne().Overall with { RatePercent = null } };
        Assert.DoesNotContain(Paragraphs(Compose(facts).Sections[0]), p => p.Text.StartsWith("Tỷ lệ", StringComparison.Ordinal));
    }

    [Fact]
    public void Done_tasks_are_list_entries_with_result_and_products_the_last_ending_in_a_full_stop()
    {
        var items = Paragraphs(Compose(ReportSamples.QuarterOne()).Sections[0], ParaStyle.ListItem).Select(p => p.Text).ToList();
        Assert.Equal(
        [
            "- Rà soát văn bản quy phạm pháp luật do phường ban hành: Đã rà soát 12 văn bản, đề nghị bãi bỏ 2 văn bản (Báo cáo số 21/BC-UBND);",
            "- Kiểm tra việc thi hành pháp luật.",
            "- Công khai thủ tục hành chính tại Trung tâm phục vụ hành chính công: Công khai đầy đủ 100% thủ tục (Quyết định số 30/QĐ-UBND; Danh mục niêm yết).",
            "- Tổ chức đối thoại với doanh nghiệp về thủ tục hành chính (chủ trì: Văn phòng HĐND&UBND; thời hạn: Quý II/2026).",
        ], items);
    }

    [Fact]
    public void Missing_prose_leaves_a_marker_to_fill_not_an_empty_section()
    {
        var body = Compose(ReportSamples.QuarterOne() with { Prose = ReportProse.None }).Sections[0];
        var texts = Paragraphs(body).Select(p => p.Text).ToList();
        int After(string heading) => texts.IndexOf(heading) + 1;
        Assert.Equal("…", texts[After("1. Ưu điểm")]);
        Assert.Equal("…", texts[After("a) Tồn tại, hạn chế")]);
        Assert.Equal("…", texts[After("b) Nguyên nhân")]);
        Assert.Equal("Không có.", texts[After("V. ĐỀ XUẤT, KIẾN NGHỊ")]);
    }

    [Fact]
    public void Noi_nhan_Luu_and_the_signature_close_the_body()
    {
        var signature = Assert.IsType<SignatureBlock>(Compose(ReportSamples.QuarterOne()).Sections[0].Blocks[^1]);
        Assert.Equal(["- Sở Nội vụ thành phố Hải Phòng;", "- TT Đảng ủy, TT HĐND phường;", "- Chủ tịch, các PCT UBND phường;", "- Lưu: VT, VP."], signature.Recipients);
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signature.AuthorityLines);
        Assert.Equal("Phạm Thị Thanh Vân", signature.SignerName);
    }

    [Fact]
    public void The_Phu_luc_is_landscape_with_every_task_grouped_by_area_and_a_continuous_STT()
    {
        var facts = ReportSamples.QuarterOne();
        var appendix = Compose(facts).Sections[1];
        Assert.Equal(Orientation.Landscape, appendix.Orientation);
        Assert.Equal("Phụ lục", Paragraphs(appendix)[0].Text);
        Assert.Equal("(Kèm theo Báo cáo số 05/BC-UBND ngày 14 tháng 3 năm 2026 của Ủy ban nhân dân phường Hải Dương)", Assert.Single(Paragraphs(appendix, ParaStyle.AttachedLine)).Text);
        var table = Assert.Single(appendix.Blocks.OfType<Table>());
        Assert.Equal(ReportKind.DefaultHeaders, table.Rows[0].Cells.Select(c => c.Paragraphs[0].Text));
        Assert.Equal(["I. Cải cách thể chế", "II. Cải cách thủ tục hành chính", "III. Xây dựng chính quyền điện tử, chính quyền số"],
            table.Rows.Where(r => r.Kind == TableRowKind.Group).Select(r => r.Cells[0].Paragraphs[0].Text));
        var body = table.Rows.Where(r => r.Kind == TableRowKind.Body).ToList();
        Assert.Equal(Enumerable.Range(1, 7).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), body.Select(r => r.Cells[0].Paragraphs[0].Text));
        Assert.All(body, r => Assert.Equal(7, r.Cells.Count));
        Assert.Equal(["Rà soát văn bản quy phạm pháp luật do phường ban hành", "Văn phòng HĐND&UBND", "Quý I/2026", "Đã hoàn thành đúng hạn", "02/3/2026",
            "Đã rà soát 12 văn bản, đề nghị bãi bỏ 2 văn bản\n- Báo cáo số 21/BC-UBND"],
            body[0].Cells.Skip(1).Select(c => string.Join("\n", c.Paragraphs.Select(p => p.Text))));
        Assert.Equal(string.Empty, body[2].Cells[5].Paragraphs.Single().Text);
    }

    [Fact]
    public void No_task_rows_no_Phu_luc()
    {
        Assert.Single(Compose(ReportSamples.QuarterOne() with { Appendix = [] }).Sections);
    }

    [Fact]
    public void Report_text_is_never_template_code_a_line_mark_or_a_paragraph_break()
    {
        const string Hostile = "{{ 1 + 1 }}\uE001 và\nxuống dòng";
        var facts = ReportSamples.QuarterOne() with
        {
            Prose = ReportProse.None with { Strengths = [Hostile, "\uE001II. GIẢ MẠO"] },
            Areas = [new AreaResult(Hostile, ReportSamples.QuarterOne().Overall, [])],
        };
        var body = Compose(facts).Sections[0];
        var strengths = Paragraphs(body).SkipWhile(p => p.Text != "1. Ưu điểm").Skip(1).Take(2).ToList();
        Assert.All(strengths, p => Assert.Equal(ParaStyle.Body, p.Style));
        Assert.Equal("{{ 1 + 1 }} và\nxuống dòng", strengths[0].Text);
        Assert.Equal("II. GIẢ MẠO", strengths[1].Text);
        Assert.Equal(5, Paragraphs(body, ParaStyle.Heading1).Count);
        Assert.Equal("1. {{ 1 + 1 }} và\nxuống dòng", Paragraphs(body, ParaStyle.Heading2)[0].Text);
        Assert.DoesNotContain(Paragraphs(body), p => p.Text.Any(c => c is >= '\uE000' and <= '\uF8FF'));
    }

    [Fact]
    public void The_file_metadata_says_Bao_cao_the_issuer_and_the_report_date()
    {
        var properties = Compose(ReportSamples.QuarterOne()).Properties!;
        Assert.Equal(new DocumentProperties("Kết quả thực hiện công tác cải cách hành chính quý I năm 2026", "Báo cáo", "Ủy ban nhân dân phường Hải Dương", new DateOnly(2026, 3, 14)), properties);
    }
}
