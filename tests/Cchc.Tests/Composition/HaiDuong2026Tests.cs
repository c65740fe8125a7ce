using Cchc.Composition;
using Cchc.Model.Documents;
using Xunit;
using static Cchc.Tests.Composition.DocumentText;

namespace Cchc.Tests.Composition;

/// <summary>Seed 002 facts (shared/spec/seed-facts.md Q-, K-, P-) on plans/phuong-hai-duong-2026.yaml.</summary>
public class HaiDuong2026Tests
{
    private static readonly ComposeResult Result = RealPlans.Compose("phuong-hai-duong-2026.yaml");

    private static Section Decision => Result.Decision!.Sections[0];

    private static Section Plan => Result.Plan.Sections[0];

    private static Section Appendix => Assert.Single(Result.Plan.Sections.Skip(1));

    [Fact]
    public void Q01_Q05_header_title_and_issuer_line()
    {
        var head = Single<Letterhead>(Decision);
        Assert.Matches(@"^Số:\s*/QĐ-UBND$", head.NumberLine);
        Assert.Equal("Hải Dương, ngày 12 tháng 01 năm 2026", head.PlaceDateLine);
        Assert.Equal(["QUYẾT ĐỊNH"], Texts(Decision, ParaStyle.DocType));
        Assert.Equal(["Ban hành Kế hoạch Cải cách hành chính nhà nước Phường Hải Dương năm 2026"], Texts(Decision, ParaStyle.Summary));
        Assert.Equal(["CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HẢI DƯƠNG"], Texts(Decision, ParaStyle.Authority));
    }

    [Fact]
    public void Q06_Q09_Q16_three_bases_and_the_proposer() =>
        Assert.Equal(
        [
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030;",
            "Căn cứ Quyết định số 463/QĐ-UBND ngày 11/9/2025 về việc ban hành Kế hoạch thực hiện Chương trình tổng thể CCHC nhà nước phường Hải Dương giai đoạn 2026-2030;",
            "Theo đề nghị của Trưởng phòng Văn hoá – Xã hội.",
        ], Texts(Decision, ParaStyle.Basis));

    [Fact]
    public void Q10_Q13_Q16_heading_and_the_three_default_articles()
    {
        Assert.Equal(["QUYẾT ĐỊNH:"], Texts(Decision, ParaStyle.DecisionHeading));
        Assert.Equal(
        [
            "Điều 1. Ban hành kèm theo Quyết định này “Kế hoạch Cải cách hành chính nhà nước phường Hải Dương năm 2026”.",
            "Điều 2. Quyết định có hiệu lực thi hành kể từ ngày ký.",
            "Điều 3. Chánh Văn phòng HĐND&UBND phường, Trưởng các phòng, cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.",
        ], Texts(Decision, ParaStyle.Article));
    }

    [Fact]
    public void Q14_Q15_recipients_in_order_and_the_own_name_signature()
    {
        var signature = Single<SignatureBlock>(Decision);
        Assert.Equal(
        [
            "- Như Điều 3;", "- Sở Nội vụ;", "- Văn phòng UBND thành phố;", "- TT Đảng uỷ - TT HĐND phường;",
            "- CT, các PCT UBND phường;", "- Ban Chỉ đạo CCHC phường;", "- Công thông tin điện tử phường;",
        ], signature.Recipients.Take(7));
        Assert.Matches(@"^- Lưu: VT, VHXX\.$", signature.Recipients[^1]);
        Assert.Equal(8, signature.Recipients.Count);
        Assert.Equal(["CHỦ TỊCH"], signature.AuthorityLines);
        Assert.Equal("Phạm Thị Thanh Vân", signature.SignerName);
    }

    [Fact]
    public void K01_K03_title_attached_line_and_preamble()
    {
        Assert.Equal(["KẾ HOẠCH"], Texts(Plan, ParaStyle.DocType));
        Assert.Equal(["Cải cách hành chính nhà nước phường Hải Dương năm 2026"], Texts(Plan, ParaStyle.Summary));
        var attached = Paragraphs(Plan, ParaStyle.AttachedLine).Single();
        Assert.Equal("(Kèm theo Quyết định số /QĐ-UBND ngày 12 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân phường Hải Dương)", Normalize(attached.Text));
        var preamble = Assert.IsType<Paragraph>(Next(Plan, Next(Plan, attached)));
        Assert.Equal(
            "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030; Ủy ban nhân dân phường ban hành Kế hoạch cải cách hành chính nhà nước năm 2026 với các nội dung cụ thể như sau:",
            preamble.Text);
    }

    [Fact]
    public void K04_K06_headings_and_lettered_items()
    {
        Assert.Equal(["I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ, GIẢI PHÁP", "III. KINH PHÍ:", "IV. TỔ CHỨC THỰC HIỆN"], Texts(Plan, ParaStyle.Heading1));
        Assert.Equal(["a", "b", "c", "d"], LettersUnder("1. Mục đích, yêu cầu:"));
        Assert.Equal(["a", "b", "c", "d", "đ", "e", "f"], LettersUnder("2. Một số chỉ tiêu chủ yếu:"));
        Assert.Equal(["a", "b", "c", "d", "đ"], LettersUnder("1. Công tác chỉ đạo, điều hành"));
        Assert.Equal(["a", "b", "c", "d", "e", "f"], LettersUnder("5. Cải cách chế độ công vụ"));
        Assert.Equal(["a", "b", "c", "d", "đ", "e"], LettersUnder("7. Xây dựng và phát triển chính quyền điện tử, chính quyền số"));
    }

    [Fact]
    public void K07_K08_K10_funding_reporting_italics_and_closing()
    {
        Assert.Contains("Kinh phí thực hiện Kế hoạch được bố trí trong nguồn kinh phí cải cách hành chính nhà nước năm 2026 của phường.", Texts(Plan, ParaStyle.Body));
        var reporting = Paragraphs(Plan).Single(p => p.Text.StartsWith("c) Thủ trưởng phòng", StringComparison.Ordinal));
        Assert.Contains(new Run("báo cáo Quý, báo cáo 6 tháng gửi trước ngày 09 tháng cuối của quý, báo cáo năm gửi trước ngày 09/12", Italic: true), reporting.Runs);
        Assert.Equal(
            "Trong quá trình tổ chức thực hiện Kế hoạch này, nếu phát sinh các nội dung, nhiệm vụ cần sửa đổi, bổ sung; các phòng, đơn vị báo cáo Ủy ban nhân dân phường (qua phòng Văn hoá – Xã hội để tổng hợp chung) xem xét, quyết định./.",
            Plan.Blocks.OfType<Paragraph>().Last().Text);
    }

    [Fact]
    public void K09_faithful_agency_labels()
    {
        var labels = Paragraphs(Plan)
            .SkipWhile(p => p.Text != "2. Phân công trách nhiệm cụ thể của các cơ quan, đơn vị có liên quan:")
            .Where(p => p.Style is ParaStyle.Heading3 or ParaStyle.Body && p.Text.Length > 2 && p.Text[1] == ')')
            .Select(p => p.Text[..2]);
        Assert.Equal(["a)", "b)", "c)", "d)", "e)", "h)", "i)", "j)"], labels);
    }

    [Fact]
    public void P01_P05_label_title_attached_line_and_header()
    {
        Assert.Equal(["Phụ lục"], Texts(Appendix, ParaStyle.AppendixLabel));
        var title = Paragraphs(Appendix, ParaStyle.AppendixTitle).Single();
        Assert.Equal("DANH MỤC NHIỆM VỤ, CÔNG VIỆC CỤ THỂ TRIỂN KHAI,\nTHỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026", title.Text);
        Assert.Equal("(Kèm theo Quyết định số /QĐ-UBND ngày 12 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân phường Hải Dương)",
            Normalize(Texts(Appendix, ParaStyle.AttachedLine).Single()));
        var table = Table(Appendix);
        Assert.Equal(["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện/ hoàn thành", "Sản phẩm"],
            Enumerable.Range(0, 6).Select(i => Cell(table.Rows[0], i)));
        Assert.Single(table.Rows, r => r.Kind == TableRowKind.Header);
    }

    [Fact]
    public void P06_groups_rows_and_continuous_tt()
    {
        var table = Table(Appendix);
        var groups = new List<(string Title, int Rows, string First)>();
        foreach (var row in table.Rows.Skip(1))
        {
            if (row.Kind == TableRowKind.Group)
            {
                groups.Add((Cell(row, 0), 0, string.Empty));
            }
            else
            {
                var (title, rows, first) = groups[^1];
                groups[^1] = (title, rows + 1, rows == 0 ? Cell(row, 0) : first);
            }
        }

        Assert.Equal(
        [
            ("I. Chỉ đạo điều hành, kiểm tra và tuyên truyền", 7, "1"), ("II. Cải cách thể chế", 12, "8"),
            ("III. Cải cách thủ tục hành chính", 11, "20"), ("IV. Cải cách tổ chức bộ máy", 3, "31"),
            ("V. Cải cách chế độ công vụ", 4, "34"), ("VI. Cải cách tài chính công", 2, "38"),
            ("VII. Xây dựng Chính quyền điện tử, Chính quyền số", 6, "40"),
        ], groups);
        Assert.Equal(Enumerable.Range(1, 45).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            BodyRows(table).Select(r => Cell(r, 0)));
    }

    [Fact]
    public void P07_P08_deadline_and_lead_columns_as_written()
    {
        var rows = BodyRows(Table(Appendix));
        var deadlines = rows.GroupBy(r => Cell(r, 4)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(23, deadlines["Cả năm 2026"]);
        Assert.Equal(10, deadlines["Thường xuyên"]);
        Assert.Equal(1, deadlines["Tháng 11 /2026"]);
        Assert.Equal(1, deadlines["Cả năm"]);
        Assert.Equal(1, deadlines["Tháng 01/2026 đến tháng 5/2026"]);
        Assert.Equal(13, deadlines.Count);
        var leads = rows.GroupBy(r => Cell(r, 2)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(15, leads["Phòng VHXXH"]);
        Assert.Equal(11, leads["Trung tâm phục vụ HCC"]);
        Assert.Equal(10, leads["Văn phòng HĐND&UBND"]);
        Assert.Equal(8, leads.Count);
    }

    [Fact]
    public void P09_P13_cells_of_particular_rows()
    {
        var rows = BodyRows(Table(Appendix));
        string Row(int tt) => string.Join(" | ", Enumerable.Range(0, 6).Select(i => Cell(rows[tt - 1], i)));
        Assert.Equal("1 | Ban hành Kế hoạch cải cách hành chính năm 2026 | Phòng VHXXH | Các phòng, đơn vị chuyên môn | Trước ngày 15/01/2026 | Kế hoạch của UBND phường", Row(1));
        Assert.Equal("Văn phòng HĐND&UBND và các cơ quan, đơn vị liên quan", Cell(rows[8], 3));
        Assert.Equal("Phòng KTHT&ĐT; các đơn vị liên quan", Cell(rows[40], 3));
        Assert.All(rows, r => Assert.NotEmpty(Cell(r, 3)));
        var row17 = rows[16].Cells[5].Paragraphs.Select(p => p.Text).ToArray();
        Assert.Equal(5, row17.Length);
        Assert.All(row17, p => Assert.StartsWith("- ", p, StringComparison.Ordinal));
        Assert.Equal("- Văn bản hướng dẫn áp dụng văn bản quy phạm pháp luật theo thẩm quyền;", row17[1]);
        Assert.EndsWith("và thủ tục hành chính nội bộ trong các cơ quan hành chính nhà nước đúng thời hạn quy định", Cell(rows[20], 1), StringComparison.Ordinal);
        Assert.StartsWith("Cơ quan nhà nước, đơn vị sự nghiệp công lập, cơ quan Đảng Cộng sản Việt Nam", Cell(rows[37], 3), StringComparison.Ordinal);
        Assert.Equal("45 | Triển khai áp dụng Tiêu chuẩn TCVN ISO 18091:2020 tại phường | Phòng VHXXH | Các phòng, đơn vị liên quan | Khi có hướng dẫn của thành phố | Kế hoạch; Báo cáo kết quả triển khai", Row(45));
    }

    private static string Normalize(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

    /// <summary>The letters of the lettered entries directly under a heading, up to the next heading.</summary>
    private static string[] LettersUnder(string heading) => Paragraphs(Plan)
        .SkipWhile(p => p.Text != heading).Skip(1)
        .TakeWhile(p => p.Style is not (ParaStyle.Heading1 or ParaStyle.Heading2))
        .Where(p => p.Text.IndexOf(')', StringComparison.Ordinal) is 1 or 2 && p.Text[0] != '(')
        .Select(p => p.Text[..p.Text.IndexOf(')', StringComparison.Ordinal)])
        .ToArray();
}
