using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Model;
using Cchc.Model.Documents;
using Xunit;
using static Cchc.Tests.Composition.Build;
using static Cchc.Tests.Composition.DocumentText;

namespace Cchc.Tests.Composition;

/// <summary>The Quyết định variants: seed 003 (TM., explicit articles, attached_by, short date) and KT. signers.</summary>
public class DecisionTests
{
    private static Package HaTu(Decision? decision = null, DocumentStyle? style = null) => Package(
        Issuer("phường", "Hà Tu"),
        Plan("Cải cách hành chính phường Hà Tu năm 2025", [Node("MỤC ĐÍCH, YÊU CẦU", [Text("Nội dung.")])], period: "2025",
            header: PlanHeader.Agency),
        decision ?? HaTuDecision(),
        agencies: [Agency("vhxh", "Phòng Văn hóa - Xã hội", "Phòng VHXH", "VHXH")],
        style: style ?? DocumentStyle.Default with { AttachedDate = DateStyle.Short });

    private static Decision HaTuDecision() => Decision(
        "Kế hoạch cải cách hành chính phường Hà Tu năm 2025",
        [Ref("Luật", title: "Tổ chức chính quyền địa phương", date: "2025")],
        number: "25",
        date: "2025-07-23",
        proposer: "phòng Văn hóa - Xã hội",
        articles:
        [
            Article("Ban hành kèm theo Quyết định này việc xây dựng Kế hoạch cải cách hành chính phường Hà Tu năm 2025."),
            Article("Giao phòng Văn hóa - Xã hội hướng dẫn, theo dõi, đôn đốc, kiểm tra, đánh giá tổng hợp và báo cáo kết quả việc thực hiện Kế hoạch này."),
            Article("Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.",
                "Chánh Văn phòng UBND và UBND, Trưởng phòng Văn hóa - Xã hội, Thủ trưởng các phòng, ban, đơn vị, cơ quan đóng trên địa bàn, đơn vị sự nghiệp công lập trực thuộc UBND phường chịu trách nhiệm thi hành Quyết định này./."),
        ],
        attachedBy: "UBND phường Hà Tu",
        recipients:
        [
            Recipient("Sở Nội vụ", "b/c"), Recipient("Thường trực Đảng ủy"), Recipient("TT HĐND-UBND phường"), Recipient("CT, các PCT UBND"),
            Recipient("Uỷ ban MTTQ và các TC CT-XH"), Recipient("Như Điều 3", "thực hiện"),
        ],
        archive: [Archive("VT"), Archive("vhxh")],
        signer: Signer("CHỦ TỊCH", "Điệp Hùng Thắng", tm: "ỦY BAN NHÂN DÂN"));

    private static ComposeResult Compose(Package package)
    {
        var result = Composer.Compose(package, TemplateSet.Builtin);
        Assert.Empty(result.Diagnostics);
        return result;
    }

    [Fact]
    public void H01_H03_collective_issuer_line_year_only_law_and_proposer()
    {
        var decision = Compose(HaTu()).Decision!.Sections[0];
        Assert.Equal("Số: 25/QĐ-UBND", Single<Letterhead>(decision).NumberLine);
        Assert.Equal("Hà Tu, ngày 23 tháng 7 năm 2025", Single<Letterhead>(decision).PlaceDateLine);
        Assert.Equal(["ỦY BAN NHÂN DÂN PHƯỜNG HÀ TU"], Texts(decision, ParaStyle.Authority));
        Assert.Equal(["Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;", "Theo đề nghị của phòng Văn hóa - Xã hội."],
            Texts(decision, ParaStyle.Basis));
    }

    [Fact]
    public void H04_explicit_articles_continue_without_a_new_number()
    {
        var articles = Paragraphs(Compose(HaTu()).Decision!.Sections[0], ParaStyle.Article).ToArray();
        Assert.Equal(
        [
            "Điều 1. Ban hành kèm theo Quyết định này việc xây dựng Kế hoạch cải cách hành chính phường Hà Tu năm 2025.",
            "Điều 2. Giao phòng Văn hóa - Xã hội hướng dẫn, theo dõi, đôn đốc, kiểm tra, đánh giá tổng hợp và báo cáo kết quả việc thực hiện Kế hoạch này.",
            "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.",
            "Chánh Văn phòng UBND và UBND, Trưởng phòng Văn hóa - Xã hội, Thủ trưởng các phòng, ban, đơn vị, cơ quan đóng trên địa bàn, đơn vị sự nghiệp công lập trực thuộc UBND phường chịu trách nhiệm thi hành Quyết định này./.",
        ], articles.Select(a => a.Text));
        Assert.All(articles[3].Runs, r => Assert.False(r.Bold));
    }

    [Fact]
    public void H05_H06_recipient_notes_and_the_tm_signature()
    {
        var signature = Single<SignatureBlock>(Compose(HaTu()).Decision!.Sections[0]);
        Assert.Equal(
        [
            "- Sở Nội vụ (b/c);", "- Thường trực Đảng ủy;", "- TT HĐND-UBND phường;", "- CT, các PCT UBND;",
            "- Uỷ ban MTTQ và các TC CT-XH;", "- Như Điều 3 (thực hiện);", "- Lưu: VT, VHXH.",
        ], signature.Recipients);
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signature.AuthorityLines);
        Assert.Equal("Điệp Hùng Thắng", signature.SignerName);
    }

    [Fact]
    public void H07_attached_plan_with_the_agency_header_and_a_short_dated_line()
    {
        var plan = Compose(HaTu()).Plan.Sections[0];
        var head = Single<Letterhead>(plan);
        Assert.Equal(["ỦY BAN NHÂN DÂN", "PHƯỜNG HÀ TU"], head.AgencyLines);
        Assert.Null(head.NumberLine);
        Assert.Null(head.PlaceDateLine);
        Assert.Equal(["(Kèm theo Quyết định số 25/QĐ-UBND ngày 23/7/2025 của UBND phường Hà Tu)"], Texts(plan, ParaStyle.AttachedLine));
    }

    [Theory]
    [InlineData("thi hành Quyết định này.", "thi hành Quyết định này./.")]
    [InlineData("thi hành Quyết định này", "thi hành Quyết định này./.")]
    [InlineData("thi hành Quyết định này./.", "thi hành Quyết định này./.")]
    public void The_last_article_gets_the_closing_mark(string last, string expected)
    {
        var decision = HaTuDecision() with { Articles = [Article("Ban hành."), Article("Hiệu lực.", last)] };
        var articles = Texts(Compose(HaTu(decision)).Decision!.Sections[0], ParaStyle.Article);
        Assert.Equal(["Điều 1. Ban hành.", "Điều 2. Hiệu lực.", expected], articles);
    }

    [Fact]
    public void Kt_signer_without_tm_acts_in_the_heads_name()
    {
        var decision = HaTuDecision() with { AttachedBy = null, Signer = Signer("PHÓ CHỦ TỊCH", "Trần Văn B", kt: "CHỦ TỊCH") };
        var result = Compose(HaTu(decision));
        var section = result.Decision!.Sections[0];
        Assert.Equal(["CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HÀ TU"], Texts(section, ParaStyle.Authority));
        Assert.Equal(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], Single<SignatureBlock>(section).AuthorityLines);
        Assert.Equal(["(Kèm theo Quyết định số 25/QĐ-UBND ngày 23/7/2025 của Chủ tịch Ủy ban nhân dân phường Hà Tu)"],
            Texts(result.Plan.Sections[0], ParaStyle.AttachedLine));
    }

    [Fact]
    public void Tm_and_kt_together_keep_the_collective()
    {
        var decision = HaTuDecision() with { AttachedBy = null, Signer = Signer("PHÓ CHỦ TỊCH", "Trần Văn B", tm: "ỦY BAN NHÂN DÂN", kt: "CHỦ TỊCH") };
        var result = Compose(HaTu(decision));
        var section = result.Decision!.Sections[0];
        Assert.Equal(["ỦY BAN NHÂN DÂN PHƯỜNG HÀ TU"], Texts(section, ParaStyle.Authority));
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], Single<SignatureBlock>(section).AuthorityLines);
        Assert.Equal(["(Kèm theo Quyết định số 25/QĐ-UBND ngày 23/7/2025 của Ủy ban nhân dân phường Hà Tu)"],
            Texts(result.Plan.Sections[0], ParaStyle.AttachedLine));
    }

    [Fact]
    public void Without_a_proposer_the_last_basis_ends_with_a_full_stop()
    {
        var decision = HaTuDecision() with
        {
            Proposer = null,
            Bases = [Ref("Luật", title: "Tổ chức chính quyền địa phương", date: "2025"), Ref("Nghị quyết", "76", "NQ-CP", "2021-07-15", issuer: "Chính phủ")],
        };
        Assert.Equal(["Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ."],
            Texts(Compose(HaTu(decision)).Decision!.Sections[0], ParaStyle.Basis));
    }

    [Fact]
    public void Proposer_placeholders_render_the_agency_full_name()
    {
        var decision = HaTuDecision() with { Proposer = "Trưởng {vhxh}" };
        Assert.Equal("Theo đề nghị của Trưởng Phòng Văn hóa - Xã hội.", Texts(Compose(HaTu(decision)).Decision!.Sections[0], ParaStyle.Basis)[^1]);
    }

    [Fact]
    public void Superior_explicit_header_and_national_title()
    {
        var withSuperior = HaTu() with { Issuer = Issuer("phường", "Hà Tu", superior: "Ủy ban nhân dân tỉnh Quảng Ninh") };
        var head = Single<Letterhead>(Compose(withSuperior).Decision!.Sections[0]);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", head.Superior);
        Assert.Equal(["ỦY BAN NHÂN DÂN", "PHƯỜNG HÀ TU"], head.AgencyLines);

        var explicitHeader = HaTu(style: DocumentStyle.Default with { NationalTitle = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" }) with
        {
            Issuer = Issuer("phường", "Hà Tu", superior: "UBND tỉnh", header: ["UBND PHƯỜNG HÀ TU"]),
        };
        head = Single<Letterhead>(Compose(explicitHeader).Decision!.Sections[0]);
        Assert.Null(head.Superior);
        Assert.Equal(["UBND PHƯỜNG HÀ TU"], head.AgencyLines);
        Assert.Equal("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", head.NationalTitle);
    }
}
