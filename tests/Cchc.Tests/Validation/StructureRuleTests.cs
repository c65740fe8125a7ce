using Xunit;

namespace Cchc.Tests.Validation;

/// <summary>The shape of the plan: E009, E010, E014, E015, W101, W105, W106, W112, W114.</summary>
public class StructureRuleTests
{
    private const string BoMayNode = "        - {area: bo_may, content: [\"Sắp xếp tổ chức bộ máy.\"]}\n";
    private const string CongVuNode = "        - {area: cong_vu, content: [\"Đánh giá cán bộ, công chức.\"]}\n";
    private const string SoList = "{items: [\"Phát triển chính quyền số.\", \"Số hóa hồ sơ.\"]}";

    [Fact]
    public void E009_body_sections_out_of_canonical_order()
    {
        var plan = PlanText.Base.Replace(BoMayNode + CongVuNode, CongVuNode + BoMayNode);
        var d = Expect.Single(plan.Check(), "E009", plan.Where("bo_may, content"));
        Assert.Contains("the_che → tthc → bo_may", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void E009_task_groups_out_of_canonical_order()
    {
        var plan = PlanText.Base.Replace("- area: the_che", "- area: tthc_tmp").Replace("- area: tthc\n", "- area: the_che\n").Replace("tthc_tmp", "tthc");
        Expect.Single(plan.Check(), "E009", plan.Where("the_che\n        tasks"));
    }

    [Fact]
    public void E009_one_area_with_two_groups_in_a_table()
    {
        var plan = PlanText.Base.Replace("- area: bo_may", "- area: tthc");
        var d = Expect.Single(plan.Check(), "E009", plan.Where("tthc\n        tasks", occurrence: 2));
        Assert.Contains("gộp thành một nhóm", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void E010_a_typed_roman_label_in_a_section_title()
    {
        var plan = PlanText.Base.Replace("title: \"KINH PHÍ\"", "title: \"III. KINH PHÍ\"");
        var d = Expect.Single(plan.Check(), "E010", plan.Where("\"III. KINH PHÍ\""));
        Assert.Contains("xóa \"III.\"", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void E010_a_typed_label_in_a_task()
    {
        var plan = PlanText.Base.Replace("content: \"Sắp xếp tổ chức bộ máy\"", "content: \"a) Sắp xếp tổ chức bộ máy\"");
        Expect.Single(plan.Check(), "E010", plan.Where("\"a) Sắp xếp"));
    }

    [Fact]
    public void E010_a_typed_label_in_a_group_title()
    {
        var plan = PlanText.Base.Replace("- area: so\n", "- area: so\n        title: \"1.2. Chính quyền số\"\n");
        Expect.Single(plan.Check(), "E010", plan.Where("\"1.2. Chính quyền số\""));
    }

    [Theory]
    [InlineData("02 cấp chính quyền")]
    [InlineData("2026 là năm chuyển đổi số")]
    [InlineData("Ia Grai")]
    public void E010_needs_the_punctuation_of_a_label(string title)
    {
        var plan = PlanText.Base.Replace("title: \"KINH PHÍ\"", $"title: \"{title}\"");
        Expect.Clean(plan.Check());
    }

    [Fact]
    public void E014_a_24th_alpha_vi_item()
    {
        var items = string.Join(", ", Enumerable.Range(1, 24).Select(i => $"\"Ý số {i}.\""));
        var plan = PlanText.Base.Replace(SoList, $"{{style: alpha_vi, items: [{items}]}}");
        var d = Expect.Single(plan.Check(), "E014", plan.Where("\"Ý số 24.\""));
        Assert.Contains("23", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void E014_twenty_three_alpha_vi_items_fit()
    {
        var items = string.Join(", ", Enumerable.Range(1, 23).Select(i => $"\"Ý số {i}.\""));
        Expect.Clean(PlanText.Base.Replace(SoList, $"{{style: alpha_vi, items: [{items}]}}").Check());
    }

    [Fact]
    public void E014_an_empty_label()
    {
        var plan = PlanText.Base.Replace("title: \"KINH PHÍ\"", "title: \"KINH PHÍ\"\n      label: \"\"");
        Expect.Single(plan.Check(), "E014", plan.Where("\"\"\n"));
    }

    [Fact]
    public void E015_a_block_with_two_discriminators()
    {
        var plan = PlanText.Base.Replace(SoList, "{title: \"Chính quyền số\", items: [\"Phát triển chính quyền số.\"]}");
        var d = Expect.Single(plan.Check(), "E015", plan.Where("{title: \"Chính quyền số\""));
        Assert.Contains("tách thành các khối riêng", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void E015_a_block_without_a_discriminator()
    {
        var plan = PlanText.Base.Replace(SoList, "{style: dash, text: \"Phát triển chính quyền số.\"}");
        var d = Expect.Single(plan.Check(), "E015", plan.Where("{style: dash"));
        Assert.Contains("\"items\"", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void W101_a_label_override()
    {
        var plan = PlanText.Base.Replace("title: \"KINH PHÍ\"", "title: \"KINH PHÍ\"\n      label: \"IV.\"");
        var d = Expect.Single(plan.Check(), "W101", plan.Where("\"IV.\""));
        Expect.Severity(d, error: false);
    }

    [Fact]
    public void W105_an_area_without_a_body_section()
    {
        var plan = PlanText.Base.Replace(CongVuNode, "");
        var d = Expect.Single(plan.Check(), "W105", plan.Where("- title: \"MỤC ĐÍCH, YÊU CẦU\""));
        Assert.Contains("cong_vu", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void W105_an_area_without_a_task_group()
    {
        var plan = PlanText.Base.RemoveBlock("- area: tai_chinh");
        var d = Expect.Single(plan.Check(), "W105", plan.Where("- area: the_che"));
        Assert.Contains("tai_chinh", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void W106_an_appendix_that_the_body_never_mentions()
    {
        var plan = PlanText.Base.Replace("        - \"(Chi tiết tại Phụ lục kèm theo).\"\n", "");
        Expect.Single(plan.Check(), "W106", plan.Where("kind: tasks"));
    }

    [Fact]
    public void W106_a_mention_of_an_appendix_that_does_not_exist()
    {
        var plan = PlanText.Base.RemoveBlock("appendices:");
        Expect.Single(plan.Check(), "W106", plan.Where("\"(Chi tiết tại Phụ lục kèm theo).\""));
    }

    [Fact]
    public void W112_no_funding_or_implementation_section()
    {
        var plan = PlanText.Base.Replace("role: funding", "role: solutions").Replace("role: implementation", "role: solutions");
        Expect.Single(plan.Check(), "W112", plan.Where("- title: \"MỤC ĐÍCH, YÊU CẦU\""));
    }

    [Fact]
    public void W114_a_task_group_with_no_tasks_yet()
    {
        var plan = PlanText.Base.RemoveBlock("- area: bo_may").Replace("      - area: cong_vu", "      - area: bo_may\n        tasks: []\n      - area: cong_vu");
        var d = Expect.Single(plan.Check(), "W114", plan.Where("[]"));
        Expect.Severity(d, error: false);
    }
}
