using Xunit;

namespace Cchc.Tests.Validation;

/// <summary>The documents as a package: E011, E012, E013, W107.</summary>
public class PackageRuleTests
{
    /// <summary>The base plan without its decision: a standalone Kế hoạch with its own number, recipients and signature.</summary>
    private static PlanText Standalone(string recipients = "[\"Sở Nội vụ\"]") => PlanText.Base.RemoveBlock("decision:")
        .Replace("  period: \"2026\"\n", "  period: \"2026\"\n  number: \"15\"\n  symbol: \"KH-UBND\"\n  date: \"2026-01-12\"\n"
            + $"  recipients: {recipients}\n  archive: [VT, vhxh]\n  signer: {{tm: \"ỦY BAN NHÂN DÂN\", title: \"CHỦ TỊCH\", name: \"Nguyễn Văn An\"}}\n");

    [Fact]
    public void A_standalone_plan_with_everything_is_clean() => Expect.Clean(Standalone().Check());

    [Fact]
    public void E011_a_recipient_refers_to_an_article_that_does_not_exist()
    {
        var plan = PlanText.Base.Replace("\"Như Điều 3\"", "\"Như Điều 4\"");
        var d = Expect.Single(plan.Check(), "E011", plan.Where("\"Như Điều 4\""));
        Assert.Contains("chỉ có 3 Điều", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void E011_counts_the_articles_that_are_written_out()
    {
        var plan = PlanText.Base.Replace("  executors:", "  articles: [\"Ban hành kèm theo Quyết định này Kế hoạch.\", \"Quyết định có hiệu lực từ ngày ký./.\"]\n  executors:");
        Expect.Single(plan.Check(), "E011", plan.Where("\"Như Điều 3\""));
    }

    [Fact]
    public void E011_nhu_dieu_in_a_plan_without_a_decision()
    {
        var plan = Standalone("[\"Như Điều 3\", \"Sở Nội vụ\"]");
        var d = Expect.Single(plan.Check(), "E011", plan.Where("\"Như Điều 3\""));
        Assert.Contains("không có Quyết định", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void E012_a_decision_without_a_signer()
    {
        var plan = PlanText.Base.RemoveBlock("signer:");
        var d = Expect.Single(plan.Check(), "E012", plan.Where("number: \"12\""));
        Assert.Contains("signer", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void E012_a_standalone_plan_without_recipients_and_archive()
    {
        var plan = Standalone().RemoveBlock("recipients:").RemoveBlock("archive:");
        var d = Expect.Single(plan.Check(), "E012", plan.Where("title: \"Cải cách hành chính phường"));
        Assert.Contains("recipients, archive", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void E013_no_articles_and_no_executors()
    {
        var plan = PlanText.Base.RemoveBlock("executors:");
        var d = Expect.Single(plan.Check(), "E013", plan.Where("number: \"12\""));
        Assert.Contains("executors", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void W107_a_blank_number()
    {
        var plan = PlanText.Base.Replace("number: \"12\"", "number: null");
        var d = Expect.Single(plan.Check(), "W107", plan.Where("null"));
        Expect.Severity(d, error: false);
    }

    [Fact]
    public void W107_a_partial_date()
    {
        var plan = PlanText.Base.Replace("date: \"2026-01-12\"", "date: \"2026-01\"");
        Expect.Single(plan.Check(), "W107", plan.Where("\"2026-01\""));
    }

    [Fact]
    public void W107_no_signer_name()
    {
        var plan = PlanText.Base.Replace(", name: \"Nguyễn Văn An\"}", "}");
        Expect.Single(plan.Check(), "W107", plan.Where("{title: \"CHỦ TỊCH\"}"));
    }

    [Fact]
    public void W107_a_standalone_plan_without_a_number()
    {
        var plan = Standalone().Replace("number: \"15\"", "number: null");
        Expect.Single(plan.Check(), "W107", plan.Where("null"));
    }
}
