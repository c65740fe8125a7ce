using Xunit;

namespace Cchc.Tests.Validation;

/// <summary>W109: one area, two leading agencies.</summary>
public class LeadershipRuleTests
{
    private const string Responsibility = "        - title: \"Văn phòng HĐND và UBND:\"";

    [Fact]
    public void W109_leads_contradicts_the_area_lead()
    {
        var plan = PlanText.Base.Replace("tthc: {lead: vp}", "tthc: {lead: vhxh}");
        var d = Expect.Single(plan.Check(), "W109", plan.Where("[tthc]"));
        Assert.Contains("areas.tthc.lead", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void W109_two_responsibility_sections_lead_the_same_area()
    {
        var plan = PlanText.Base.Replace(Responsibility,
            "        - {title: \"Phòng Văn hóa – Xã hội:\", role: responsibility, agency: vhxh, leads: [tthc], content: [\"Phối hợp.\"]}\n" + Responsibility);
        var d = Expect.Some(plan.Check(), "W109", plan.Where("[tthc]", occurrence: 2));
        Assert.Contains("hai cơ quan chủ trì", d.Message.Vi, StringComparison.Ordinal);
    }
}
