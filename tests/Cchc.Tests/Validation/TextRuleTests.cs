using Xunit;

namespace Cchc.Tests.Validation;

/// <summary>What the text says: W104 (targets), W110 (hygiene), W113 (agency short names).</summary>
public class TextRuleTests
{
    private const string Paragraph = "\"Nâng cao chất lượng phục vụ người dân và doanh nghiệp.\"";

    private static PlanText WithParagraph(string text) => PlanText.Base.Replace(Paragraph, $"\"{text}\"");

    [Fact]
    public void W104_a_target_value_missing_from_the_text()
    {
        var plan = PlanText.Base.Replace("{op: ge, value: 90}", "{op: ge, value: 95}");
        var d = Expect.Single(plan.Check(), "W104", plan.Where("95}"));
        Assert.Contains("95%", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void W104_a_decimal_value_is_looked_for_with_a_decimal_comma()
    {
        var plan = PlanText.Base.Replace("đạt tối thiểu 90%.", "đạt tối thiểu 92,5%.").Replace("{op: ge, value: 90}", "{op: ge, value: 92.5}");
        Expect.Clean(plan.Check());
    }

    [Fact]
    public void W110_a_double_space()
    {
        var plan = WithParagraph("Nâng cao chất lượng  phục vụ người dân.");
        var d = Expect.Single(plan.Check(), "W110", plan.Where("\"Nâng cao chất lượng  phục"));
        Assert.Contains("hai dấu cách", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void W110_a_space_before_a_comma()
    {
        var plan = WithParagraph("Nâng cao chất lượng , phục vụ người dân.");
        var d = Expect.Single(plan.Check(), "W110", plan.Where("\"Nâng cao chất lượng , phục"));
        Assert.Contains("dấu cách trước dấu câu", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void W110_mixed_tone_mark_styles_point_at_the_later_one()
    {
        // "Số hóa hồ sơ." (new style) stands in the body before the funding section.
        var plan = PlanText.Base.Replace("\"Kinh phí bố trí trong dự toán năm 2026 của phường.\"", "\"Kinh phí số hoá hồ sơ.\"");
        var d = Expect.Single(plan.Check(), "W110", plan.Where("\"Kinh phí số hoá hồ sơ.\""));
        Assert.Contains("hoá", d.Message.Vi, StringComparison.Ordinal);
        Assert.Contains("hóa", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void W110_judges_the_uy_syllables_apart_from_the_oa_ones()
    {
        // Old-style "Uỷ" beside the base plan's new-style "hóa" is the seeds' normal mix ("Ủy ban" with "Văn hoá").
        Expect.Clean(WithParagraph("Uỷ ban nhân dân phường chỉ đạo.").Check());
        var plan = WithParagraph("Uỷ ban nhân dân phường chỉ đạo.")
            .Replace("\"Kinh phí bố trí trong dự toán năm 2026 của phường.\"", "\"Kinh phí do Ủy ban nhân dân phường bố trí.\"");
        var d = Expect.Single(plan.Check(), "W110", plan.Where("\"Kinh phí do Ủy ban"));
        Assert.Contains("uỷ/ủy", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void W110_cong_dich_vu_cong_is_a_typo_for_cong()
    {
        var plan = WithParagraph("Tiếp nhận hồ sơ qua Công Dịch vụ công quốc gia.");
        var d = Expect.Single(plan.Check(), "W110", plan.Where("\"Tiếp nhận hồ sơ"));
        Assert.Contains("Cổng Dịch vụ công", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void W110_a_date_padded_against_decree_30()
    {
        var plan = WithParagraph("Thực hiện Kế hoạch ban hành ngày 26/03/2025.");
        var d = Expect.Single(plan.Check(), "W110", plan.Where("\"Thực hiện Kế hoạch"));
        Assert.Contains("26/03/2025", d.Message.Vi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("15/7/2021")]
    [InlineData("02/9/2021")]
    [InlineData("06/01/2022")]
    [InlineData("01/10/2021")]
    public void W110_accepts_dates_padded_as_decree_30_says(string date) =>
        Expect.Clean(WithParagraph($"Thực hiện Kế hoạch ban hành ngày {date}.").Check());

    [Fact]
    public void W113_an_agency_short_name_with_a_doubled_letter()
    {
        var plan = PlanText.Base.Replace("short: \"Phòng VHXH\"", "short: \"Phòng VHXXH\"");
        var d = Expect.Single(plan.Check(), "W113", plan.Where("\"Phòng VHXXH\""));
        Assert.Contains("VHXXH", d.Message.Vi, StringComparison.Ordinal);
    }
}
