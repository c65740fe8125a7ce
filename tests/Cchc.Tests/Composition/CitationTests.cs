using Cchc.Composition.Text;
using Cchc.Model;
using Xunit;
using static Cchc.Tests.Composition.Build;

namespace Cchc.Tests.Composition;

/// <summary>cite(ref) of plan-format §6 with the seed vectors Q-06..Q-08 and H-02.</summary>
public class CitationTests
{
    private static string Cite(LegalRef r, DateStyle refDate = DateStyle.Short) =>
        Citation.Cite(r, DocumentStyle.Default with { RefDate = refDate });

    [Fact]
    public void Q06_law_without_number_with_a_long_date() =>
        Assert.Equal("Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
            Cite(Ref("Luật", title: "Tổ chức chính quyền địa phương", date: "2025-06-16", dateStyle: DateStyle.Long)));

    [Fact]
    public void Q07_resolution_with_issuer_and_title() =>
        Assert.Equal("Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030",
            Cite(Ref("Nghị quyết", "76", "NQ-CP", "2021-07-15", DateStyle.Long, "Chính phủ",
                "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030")));

    [Fact]
    public void Q08_short_date_and_no_issuer() =>
        Assert.Equal("Quyết định số 463/QĐ-UBND ngày 11/9/2025 về việc ban hành Kế hoạch thực hiện Chương trình tổng thể CCHC nhà nước phường Hải Dương giai đoạn 2026-2030",
            Cite(Ref("Quyết định", "463", "QĐ-UBND", "2025-09-11",
                title: "về việc ban hành Kế hoạch thực hiện Chương trình tổng thể CCHC nhà nước phường Hải Dương giai đoạn 2026-2030")));

    [Fact]
    public void The_date_style_defaults_to_style_ref_date()
    {
        var r = Ref("Chỉ thị", "23", "CT-TTg", "2021-09-02", issuer: "Thủ tướng Chính phủ");
        Assert.Equal("Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ", Cite(r));
        Assert.Equal("Chỉ thị số 23/CT-TTg ngày 02 tháng 9 năm 2021 của Thủ tướng Chính phủ", Cite(r, DateStyle.Long));
    }

    [Fact]
    public void H02_law_with_year_only() =>
        Assert.Equal("Luật Tổ chức chính quyền địa phương năm 2025", Cite(Ref("Luật", title: "Tổ chức chính quyền địa phương", date: "2025")));

    [Fact]
    public void H02_party_documents_use_the_hyphen_form() =>
        Assert.Equal("Nghị quyết số 05-NQ/TU ngày 09/4/2021 của Ban Chấp hành Đảng bộ tỉnh",
            Cite(Ref("Nghị quyết", "05", "NQ/TU", "2021-04-09", issuer: "Ban Chấp hành Đảng bộ tỉnh")));

    [Fact]
    public void Year_segment_of_a_legal_document_code() =>
        Assert.Equal("Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ",
            Cite(Ref("Nghị định", "118", "NĐ-CP", "2025-06-09", issuer: "Chính phủ", year: "2025")));

    [Fact]
    public void H02_also_documents_chain_in_the_same_citation() =>
        Assert.Equal(
            "Quyết định số 3936/QĐ-UBND ngày 31/12/2024 của UBND tỉnh về việc ban hành Kế hoạch cải cách hành chính tỉnh Quảng Ninh năm 2025; "
            + "số 2898/QĐ-UBND ngày 23/7/2025 của UBND tỉnh về việc sửa đổi, bổ sung, cập nhật Kế hoạch cải cách hành chính tỉnh Quảng Ninh năm 2025",
            Cite(Ref("Quyết định", "3936", "QĐ-UBND", "2024-12-31", issuer: "UBND tỉnh",
                title: "về việc ban hành Kế hoạch cải cách hành chính tỉnh Quảng Ninh năm 2025",
                also: [Ref(number: "2898", symbol: "QĐ-UBND", date: "2025-07-23", issuer: "UBND tỉnh",
                    title: "về việc sửa đổi, bổ sung, cập nhật Kế hoạch cải cách hành chính tỉnh Quảng Ninh năm 2025")])));

    [Fact]
    public void Text_overrides_every_other_key() =>
        Assert.Equal("Hiến pháp năm 2013", Cite(Ref("Luật", "1", "X", "2025-01-01", text: "Hiến pháp năm 2013")));

    [Fact]
    public void A_null_number_is_the_blank() =>
        Assert.Equal("Quyết định số      /QĐ-UBND ngày 11/9/2025", Cite(Ref("Quyết định", symbol: "QĐ-UBND", date: "2025-09-11")));
}
