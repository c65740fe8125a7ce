using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Model.Documents;
using Xunit;
using static Cchc.Tests.Composition.DocumentText;

namespace Cchc.Tests.Composition;

/// <summary>The expected renderings of plan-format §12 and the matching seed facts (Q-, K-, P-).</summary>
public class SpecExampleTests
{
    private static readonly ComposeResult Result = Composer.Compose(SpecExample.Package(), TemplateSet.Builtin);

    private static Section Decision => Assert.Single(Result.Decision!.Sections);

    private static Section Plan => Result.Plan.Sections[0];

    private static Section Appendix => Result.Plan.Sections[1];

    [Fact]
    public void Composes_without_diagnostics() => Assert.Empty(Result.Diagnostics);

    [Fact]
    public void Decision_letterhead_has_the_blank_number_and_the_long_date()
    {
        var head = Single<Letterhead>(Decision);
        Assert.Equal("Số:      /QĐ-UBND", head.NumberLine);
        Assert.Equal("Hải Dương, ngày 12 tháng 01 năm 2026", head.PlaceDateLine);
        Assert.Equal(["ỦY BAN NHÂN DÂN", "PHƯỜNG HẢI DƯƠNG"], head.AgencyLines);
        Assert.Null(head.Superior);
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", head.NationalTitle);
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", head.Motto);
    }

    [Fact]
    public void Decision_title_block_and_issuer_line()
    {
        Assert.Equal(["QUYẾT ĐỊNH"], Texts(Decision, ParaStyle.DocType));
        Assert.Equal(["Ban hành Kế hoạch Cải cách hành chính nhà nước phường Hải Dương năm 2026"], Texts(Decision, ParaStyle.Summary));
        Assert.Equal(["CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HẢI DƯƠNG"], Texts(Decision, ParaStyle.Authority));
        Assert.Equal(["QUYẾT ĐỊNH:"], Texts(Decision, ParaStyle.DecisionHeading));
        Assert.IsType<ShortRule>(Next(Decision, Paragraphs(Decision, ParaStyle.Summary).Single()));
    }

    [Fact]
    public void Bases_and_proposer()
    {
        Assert.Equal(
        [
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030;",
            "Theo đề nghị của Trưởng phòng Văn hoá – Xã hội.",
        ], Texts(Decision, ParaStyle.Basis));
    }

    [Fact]
    public void Default_articles_with_bold_article_numbers()
    {
        var articles = Paragraphs(Decision, ParaStyle.Article).ToArray();
        Assert.Equal(
        [
            "Điều 1. Ban hành kèm theo Quyết định này “Kế hoạch Cải cách hành chính nhà nước phường Hải Dương năm 2026”.",
            "Điều 2. Quyết định có hiệu lực thi hành kể từ ngày ký.",
            "Điều 3. Chánh Văn phòng HĐND&UBND phường, Trưởng các phòng, cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.",
        ], articles.Select(a => a.Text));
        Assert.All(articles, a => Assert.Equal(new Run(a.Runs[0].Text, Bold: true), a.Runs[0]));
        Assert.Equal(["Điều 1.", "Điều 2.", "Điều 3."], articles.Select(a => a.Runs[0].Text));
        Assert.All(articles, a => Assert.False(a.Runs[1].Bold));
    }

    [Fact]
    public void Recipients_end_with_the_archive_line_and_the_signature_is_own_name()
    {
        var signature = Single<SignatureBlock>(Decision);
        Assert.Equal(["- Như Điều 3;", "- Sở Nội vụ;", "- Ban Chỉ đạo CCHC phường (b/c);", "- Lưu: VT, VHXH."], signature.Recipients);
        Assert.Equal(["CHỦ TỊCH"], signature.AuthorityLines);
        Assert.Equal("Phạm Thị Thanh Vân", signature.SignerName);
    }

    [Fact]
    public void Attached_plan_has_the_letterhead_without_number_and_date_and_a_long_dated_attached_line()
    {
        var letterhead = Assert.IsType<Letterhead>(Plan.Blocks[0]);
        Assert.Equal(["ỦY BAN NHÂN DÂN", "PHƯỜNG HẢI DƯƠNG"], letterhead.AgencyLines);
        Assert.Null(letterhead.NumberLine);
        Assert.Null(letterhead.PlaceDateLine);
        Assert.Empty(Plan.Blocks.OfType<SignatureBlock>());
        Assert.Equal(["KẾ HOẠCH"], Texts(Plan, ParaStyle.DocType));
        Assert.Equal(["Cải cách hành chính nhà nước phường Hải Dương năm 2026"], Texts(Plan, ParaStyle.Summary));
        var attached = Paragraphs(Plan, ParaStyle.AttachedLine).Single();
        Assert.Equal("(Kèm theo Quyết định số      /QĐ-UBND ngày 12 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân phường Hải Dương)", attached.Text);
        Assert.IsType<ShortRule>(Next(Plan, attached));
    }

    [Fact]
    public void Plan_headings_keep_their_case_and_are_numbered_by_depth()
    {
        Assert.Equal(["I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ, GIẢI PHÁP", "III. KINH PHÍ:", "IV. TỔ CHỨC THỰC HIỆN"], Texts(Plan, ParaStyle.Heading1));
        Assert.Equal(
        [
            "1. Mục đích, yêu cầu:", "2. Một số chỉ tiêu chủ yếu:",
            "1. Công tác chỉ đạo, điều hành", "2. Cải cách thể chế", "3. Cải cách thủ tục hành chính", "4. Cải cách tổ chức bộ máy",
            "5. Cải cách chế độ công vụ", "6. Cải cách tài chính công", "7. Xây dựng và phát triển chính quyền điện tử, chính quyền số",
            "1. Phân công trách nhiệm cụ thể của các cơ quan, đơn vị có liên quan:",
        ], Texts(Plan, ParaStyle.Heading2));
        Assert.Equal(["a) Phòng Văn hoá – Xã hội:", "b) Trung tâm phục vụ hành chính công", "c) Phòng Kinh tế, Hạ tầng và Đô thị:"],
            Texts(Plan, ParaStyle.Heading3));
    }

    [Fact]
    public void Indicators_are_lettered_and_italic_markup_becomes_an_italic_run()
    {
        var items = Texts(Plan, ParaStyle.ListItem);
        Assert.Contains("a) Chỉ số cải cách hành chính (PAR Index) phấn đấu trong top 15 khối phường, Chỉ số chuyển đổi số (DTI) phấn đấu trong top 20 khối phường.", items);
        Assert.Contains("b) Mức độ hài lòng của người dân và doanh nghiệp về giải quyết thủ tục hành chính đạt tối thiểu 90%.", items);
        var funding = Paragraphs(Plan, ParaStyle.ListItem).Single(p => p.Text.Contains("Quý I/2026", StringComparison.Ordinal));
        Assert.Equal("- Chủ trì, phối hợp … trình Ủy ban nhân dân phường phê duyệt kinh phí … trong Quý I/2026.", funding.Text);
        Assert.Contains(new Run("trong Quý I/2026", Italic: true), funding.Runs);
    }

    [Fact]
    public void Plan_ends_with_its_closing_sentence_as_written()
    {
        var last = Plan.Blocks.OfType<Paragraph>().Last();
        Assert.Equal(ParaStyle.Body, last.Style);
        Assert.EndsWith("xem xét, quyết định./.", last.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_appendix_is_labelled_without_a_numeral_and_attached_to_the_decision()
    {
        Assert.Equal(Orientation.Landscape, Appendix.Orientation);
        Assert.Equal(["Phụ lục"], Texts(Appendix, ParaStyle.AppendixLabel));
        var title = Paragraphs(Appendix, ParaStyle.AppendixTitle).Single();
        Assert.Equal(
        [
            new Run("DANH MỤC NHIỆM VỤ, CÔNG VIỆC CỤ THỂ TRIỂN KHAI,"), Run.LineBreak,
            new Run("THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026"),
        ], title.Runs);
        Assert.Equal(["(Kèm theo Quyết định số      /QĐ-UBND ngày 12 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân phường Hải Dương)"],
            Texts(Appendix, ParaStyle.AttachedLine));
    }

    [Fact]
    public void Task_table_has_headers_group_rows_and_continuous_tt()
    {
        var table = Table(Appendix);
        Assert.Equal(TableRowKind.Header, table.Rows[0].Kind);
        Assert.Equal(["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện/ hoàn thành", "Sản phẩm"],
            Enumerable.Range(0, 6).Select(i => Cell(table.Rows[0], i)));
        Assert.Equal(6, table.ColumnWeights.Count);
        Assert.Equal(
            ["I. Chỉ đạo điều hành, kiểm tra và tuyên truyền", "II. Cải cách thủ tục hành chính", "III. Xây dựng Chính quyền điện tử, Chính quyền số"],
            table.Rows.Where(r => r.Kind == TableRowKind.Group).Select(r => Cell(r, 0)));
        Assert.Equal(["1", "2", "3", "4"], BodyRows(table).Select(r => Cell(r, 0)));
        Assert.Equal(TableRowKind.Group, table.Rows[1].Kind);
        Assert.Equal(TableRowKind.Group, table.Rows[4].Kind);
    }

    [Fact]
    public void Task_rows_render_agencies_deadlines_and_products()
    {
        var rows = BodyRows(Table(Appendix));
        Assert.Equal(["1", "Ban hành Kế hoạch cải cách hành chính năm 2026", "Phòng VHXH", "Các phòng, đơn vị chuyên môn", "Trước ngày 15/01/2026", "Kế hoạch của UBND phường"],
            Enumerable.Range(0, 6).Select(i => Cell(rows[0], i)));
        Assert.Equal("Các phòng, đơn vị có liên quan", Cell(rows[1], 3));
        Assert.Equal("Quý III,IV/2026", Cell(rows[1], 4));
        Assert.Equal("Trung tâm phục vụ HCC", Cell(rows[2], 2));
        Assert.Equal("Phòng KTHT&ĐT; các đơn vị liên quan", Cell(rows[3], 3));
        Assert.Equal(["- Kế hoạch;", "- Báo cáo kết quả triển khai"], rows[3].Cells[5].Paragraphs.Select(p => p.Text));
        Assert.Single(rows[0].Cells[5].Paragraphs);
    }

    [Fact]
    public void Single_document_is_the_decision_then_the_plan_and_its_appendix()
    {
        var single = Result.Single;
        Assert.Equal(3, single.Sections.Count);
        Assert.Same(Decision, single.Sections[0]);
        Assert.Same(Plan, single.Sections[1]);
        Assert.Same(Appendix, single.Sections[2]);
    }
}
