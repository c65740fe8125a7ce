using Xunit;

namespace Cchc.Tests.Validation;

/// <summary>Codes, ids and references: E002, E003, E004, E005, E016, W102, W103, W108.</summary>
public class IdentityRuleTests
{
    private const string FirstTask = "{id: tc-ra-soat, content: \"Rà soát văn bản quy phạm pháp luật\", lead: vhxh, co: vp,";

    [Fact]
    public void E002_an_agency_code_with_capitals_and_a_dash()
    {
        var plan = PlanText.Base.Replace("  vp: {name:", "  Phong-KT: {name: \"Phòng Kinh tế\"}\n  vp: {name:");
        var d = Expect.Single(plan.Check(), "E002", plan.Where("Phong-KT"));
        Assert.Contains("chữ thường không dấu", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void E002_a_task_id_with_spaces()
    {
        var plan = PlanText.Base.Replace("id: tc-ra-soat", "id: \"Rà soát 1\"");
        Expect.Single(plan.Check(), "E002", plan.Where("\"Rà soát 1\""));
    }

    [Fact]
    public void E003_two_tasks_with_the_same_id_point_at_the_second()
    {
        var plan = PlanText.Base.Replace("id: so-du-lieu", "id: tc-ra-soat");
        var d = Expect.Single(plan.Check(), "E003", plan.Where("tc-ra-soat", occurrence: 2));
        Assert.Contains("tc-ra-soat", d.Message.Vi, StringComparison.Ordinal);
        Assert.Contains($"dòng {plan.Where("tc-ra-soat", occurrence: 1).Line}", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void E003_an_indicator_and_a_task_share_one_namespace()
    {
        var plan = PlanText.Base.Replace("id: ind-hai-long", "id: tc-ra-soat");
        Expect.Single(plan.Check(), "E003", plan.Where("tc-ra-soat", occurrence: 2));
    }

    [Fact]
    public void E004_an_unknown_lead_code_suggests_the_close_one()
    {
        var plan = PlanText.Base.Replace(FirstTask, FirstTask.Replace("lead: vhxh", "lead: vhxhh", StringComparison.Ordinal));
        var d = Expect.Single(plan.Check(), "E004", plan.Where("vhxhh"));
        Assert.Contains("chưa được khai báo trong agencies", d.Message.Vi, StringComparison.Ordinal);
        Assert.Contains("có phải ý bạn là \"vhxh\"", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void E004_an_unknown_placeholder_in_a_template()
    {
        var plan = PlanText.Base.Replace("co: \"{vp} và", "co: \"{vpx} và");
        Expect.Single(plan.Check(), "E004", plan.Where("\"{vpx}"));
    }

    [Fact]
    public void E004_an_unknown_responsibility_agency()
    {
        var plan = PlanText.Base.Replace("agency: vp", "agency: ubnd");
        Expect.Single(plan.Check(), "E004", plan.Where("ubnd"));
    }

    [Fact]
    public void E004_an_unknown_area_lead()
    {
        var plan = PlanText.Base.Replace("tthc: {lead: vp}", "tthc: {lead: ttpvhcc}");
        Expect.Single(plan.Check(), "E004", plan.Where("ttpvhcc"));
    }

    [Fact]
    public void E004_an_archive_code_whose_agency_has_no_abbr()
    {
        var plan = PlanText.Base.Replace("short: \"Văn phòng\", abbr: \"VP\"}", "short: \"Văn phòng\"}").Replace("[VT, vhxh]", "[VT, vhxh, vp]");
        var d = Expect.Single(plan.Check(), "E004", plan.Where("vp]"));
        Assert.Contains("thêm abbr", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void E005_an_unknown_node_area_suggests_the_right_key()
    {
        var plan = PlanText.Base.Replace("{area: bo_may,", "{area: bo-may,");
        var d = Expect.Single(plan.Check(), "E005", plan.Where("bo-may"));
        Assert.Contains("có phải ý bạn là \"bo_may\"", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void E005_an_unknown_key_under_areas()
    {
        var plan = PlanText.Base.Replace("  tthc: {lead: vp}", "  thu_tuc: {lead: vp}");
        Expect.Single(plan.Check(), "E005", plan.Where("thu_tuc"));
    }

    [Fact]
    public void E005_an_unknown_task_group_area()
    {
        var plan = PlanText.Base.Replace("- area: cong_vu", "- area: congvu");
        Expect.Single(plan.Check(), "E005", plan.Where("congvu"));
    }

    [Fact]
    public void E005_an_unknown_area_in_leads_points_to_topics()
    {
        var plan = PlanText.Base.Replace("leads: [tthc]", "leads: [tthc, de_an_06]");
        var d = Expect.Single(plan.Check(), "E005", plan.Where("[tthc, de_an_06]"));
        Assert.Contains("topics", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void E016_an_empty_lead()
    {
        var plan = PlanText.Base.Replace("lead: vp, deadline: \"Thường xuyên\"", "lead: \"\", deadline: \"Thường xuyên\"");
        var d = Expect.Single(plan.Check(), "E016", plan.Where("\"\", deadline"));
        Assert.Contains("tthc-mot-cua", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void E016_an_empty_lead_list()
    {
        var plan = PlanText.Base.Replace("lead: vp, deadline: \"Thường xuyên\"", "lead: [], deadline: \"Thường xuyên\"");
        Expect.Single(plan.Check(), "E016", plan.Where("[], deadline"));
    }

    [Fact]
    public void W102_a_lead_in_literal_text()
    {
        var plan = PlanText.Base.Replace("lead: vp, deadline: \"Tháng 11/2026\"", "lead: \"Các phòng chuyên môn\", deadline: \"Tháng 11/2026\"");
        var d = Expect.Single(plan.Check(), "W102", plan.Where("\"Các phòng chuyên môn\""));
        Expect.Severity(d, error: false);
    }

    [Fact]
    public void W103_the_same_agency_leads_and_cooperates()
    {
        var plan = PlanText.Base.Replace(FirstTask, FirstTask.Replace("co: vp", "co: [vhxh, vp]", StringComparison.Ordinal));
        var d = Expect.Single(plan.Check(), "W103", plan.Where("[vhxh, vp]"));
        Assert.Contains("vhxh", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void W108_an_agency_that_nothing_references()
    {
        var plan = PlanText.Base.Replace("  vp: {name:", "  kt: {name: \"Phòng Kinh tế\", abbr: \"KT\"}\n  vp: {name:");
        Expect.Single(plan.Check(), "W108", plan.Where("kt:"));
    }

    [Fact]
    public void W108_is_silent_for_an_agency_named_only_in_the_proposer()
    {
        var plan = PlanText.Base.Replace("  vp: {name:", "  kt: {name: \"Phòng Kinh tế\", abbr: \"KT\"}\n  vp: {name:")
            .Replace("  executors:", "  proposer: \"Trưởng {kt}\"\n  executors:");
        Expect.None(plan.Check(), "W108");
    }
}
