using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Model;
using Cchc.Model.Documents;
using Xunit;
using static Cchc.Tests.Composition.Build;

namespace Cchc.Tests.Composition;

/// <summary>
/// plan.header of a plan attached to a Quyết định (plan-format §7, §14; nd30-format §5.2): unset or
/// <c>agency</c> gives the issuer and quốc hiệu/tiêu ngữ without Số and date; <c>none</c> gives no letterhead.
/// A standalone plan always has the full letterhead. Also the metadata each document carries.
/// </summary>
public sealed class AttachedPlanHeaderTests
{
    public static IEnumerable<object?[]> Headers => [[null, true], [PlanHeader.Agency, true], [PlanHeader.None, false]];

    [Theory]
    [MemberData(nameof(Headers))]
    public void An_attached_plan_has_the_letterhead_without_number_and_date_unless_header_is_none(PlanHeader? header, bool letterhead)
    {
        var plan = Compose(Attached(header)).Plan.Sections[0];
        var found = plan.Blocks.OfType<Letterhead>().ToList();
        Assert.Equal(letterhead ? 1 : 0, found.Count);
        if (letterhead)
        {
            Assert.Same(found[0], plan.Blocks[0]);
            Assert.Equal(["ỦY BAN NHÂN DÂN", "PHƯỜNG HÀ TU"], found[0].AgencyLines);
            Assert.Equal(DocumentStyle.DefaultNationalTitle, found[0].NationalTitle);
            Assert.Equal(DocumentStyle.Motto, found[0].Motto);
            Assert.Null(found[0].NumberLine);
            Assert.Null(found[0].PlaceDateLine);
        }

        Assert.Empty(plan.Blocks.OfType<SignatureBlock>());
    }

    [Theory]
    [InlineData(null)]
    [InlineData(PlanHeader.None)]
    public void A_standalone_plan_keeps_its_full_letterhead_whatever_header_says(PlanHeader? header)
    {
        var standalone = Package(Issuer("xã", "Tân Minh"),
            Plan("Kế hoạch thử", [Node("MỤC ĐÍCH", [Text("Nội dung.")])], header: header, symbol: "KH-UBND", date: "2025-09",
                archive: [Archive("VT")], signer: Signer("CHỦ TỊCH", "Nguyễn Văn A", tm: "ỦY BAN NHÂN DÂN")));
        var letterhead = Assert.Single(Compose(standalone).Plan.Sections[0].Blocks.OfType<Letterhead>());
        Assert.NotNull(letterhead.NumberLine);
        Assert.NotNull(letterhead.PlaceDateLine);
        Assert.Equal(new DocumentProperties("Kế hoạch thử", "Kế hoạch", "Ủy ban nhân dân xã Tân Minh", new DateOnly(2025, 9, 1)),
            Compose(standalone).Plan.Properties);
    }

    [Fact]
    public void Each_document_carries_its_trích_yếu_kind_issuer_and_the_decision_date()
    {
        var result = Compose(Attached(null));
        Assert.Equal(new DocumentProperties("Ban hành Kế hoạch cải cách hành chính phường Hà Tu năm 2025", "Quyết định",
            "Ủy ban nhân dân phường Hà Tu", new DateOnly(2025, 7, 23)), result.Decision!.Properties);
        Assert.Equal(new DocumentProperties("Cải cách hành chính phường Hà Tu năm 2025", "Kế hoạch",
            "Ủy ban nhân dân phường Hà Tu", new DateOnly(2025, 7, 23)), result.Plan.Properties);
    }

    private static Package Attached(PlanHeader? header) => Package(
        Issuer("phường", "Hà Tu"),
        Plan("Cải cách hành chính phường Hà Tu năm 2025", [Node("MỤC ĐÍCH, YÊU CẦU", [Text("Nội dung.")])], period: "2025", header: header),
        Decision("Ban hành Kế hoạch cải cách hành chính phường Hà Tu năm 2025", [Ref("Luật", title: "Tổ chức chính quyền địa phương", date: "2025")],
            date: "2025-07-23", articles: [Article("Ban hành kèm theo Quyết định này Kế hoạch.")],
            signer: Signer("CHỦ TỊCH", "Nguyễn Văn A", tm: "ỦY BAN NHÂN DÂN")));

    private static ComposeResult Compose(Package package)
    {
        var result = Composer.Compose(package, TemplateSet.Builtin);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result;
    }
}
