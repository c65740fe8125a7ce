using Xunit;

namespace Cchc.Tests.Validation;

/// <summary>Deadlines in a plan: E006 (does not parse), E007 (outside the period), E008 (no such date), W111 (free text).</summary>
public class DeadlineRuleTests
{
    private static PlanText WithDeadline(string deadline) => PlanText.Base.Replace("\"Quý I/2026\"", $"\"{deadline}\"");

    [Fact]
    public void E006_a_misspelt_quarter_fails_and_says_how_to_write_free_text()
    {
        var plan = WithDeadline("Quí I/2026");
        var d = Expect.Single(plan.Check(), "E006", plan.Where("\"Quí I/2026\""));
        Assert.Contains("{text:", d.Message.Vi, StringComparison.Ordinal);
        Assert.Contains("Quý I/2026", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void E006_quarters_out_of_order()
    {
        var plan = WithDeadline("Quý IV,III/2026");
        var d = Expect.Single(plan.Check(), "E006", plan.Where("\"Quý IV,III/2026\""));
        Assert.Contains("tăng dần", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void E006_a_range_whose_start_is_after_its_end()
    {
        var plan = WithDeadline("Tháng 5/2026 đến tháng 01/2026");
        Expect.Single(plan.Check(), "E006", plan.Where("\"Tháng 5/2026 đến tháng 01/2026\""));
    }

    [Fact]
    public void E006_an_indicator_deadline_is_checked_too()
    {
        var plan = PlanText.Base.Replace("deadline: \"Cả năm 2026\"", "deadline: \"Cuối năm\"");
        Expect.Single(plan.Check(), "E006", plan.Where("\"Cuối năm\""));
    }

    [Fact]
    public void E007_a_quarter_of_the_next_year()
    {
        var plan = WithDeadline("Quý I/2027");
        var d = Expect.Single(plan.Check(), "E007", plan.Where("\"Quý I/2027\""));
        Assert.Contains("nằm ngoài thời kỳ kế hoạch 2026", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void E007_a_month_before_the_period()
    {
        var plan = WithDeadline("Tháng 12/2025");
        Expect.Single(plan.Check(), "E007", plan.Where("\"Tháng 12/2025\""));
    }

    [Fact]
    public void E007_a_range_that_runs_past_the_period()
    {
        var plan = WithDeadline("Tháng 11/2026 đến tháng 2/2027");
        Expect.Single(plan.Check(), "E007", plan.Where("\"Tháng 11/2026 đến tháng 2/2027\""));
    }

    [Fact]
    public void E007_before_the_first_day_of_the_period_leaves_no_time()
    {
        var plan = WithDeadline("Trước ngày 01/01/2026");
        Expect.Single(plan.Check(), "E007", plan.Where("\"Trước ngày 01/01/2026\""));
    }

    [Fact]
    public void E007_ca_nam_without_a_year_in_a_multi_year_plan_asks_for_the_year()
    {
        var plan = PlanText.Base.Replace("period: \"2026\"", "period: \"2026-2030\"").Replace("deadline: \"Cả năm 2026\"", "deadline: \"Cả năm\"");
        var d = Expect.Single(plan.Check(), "E007", plan.Where("\"Cả năm\""));
        Assert.Contains("ghi rõ năm", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Ca_nam_without_a_year_is_fine_in_a_one_year_plan()
    {
        var plan = PlanText.Base.Replace("deadline: \"Cả năm 2026\"", "deadline: \"Cả năm\"");
        Expect.Clean(plan.Check());
    }

    [Fact]
    public void E008_the_thirtieth_of_february_in_a_deadline()
    {
        var plan = WithDeadline("30/02/2026");
        Expect.Single(plan.Check(), "E008", plan.Where("\"30/02/2026\""));
    }

    [Fact]
    public void E008_the_thirtieth_of_february_as_the_decision_date()
    {
        var plan = PlanText.Base.Replace("date: \"2026-01-12\"", "date: \"2026-02-30\"");
        var d = Expect.Single(plan.Check(), "E008", plan.Where("\"2026-02-30\""));
        Assert.Contains("không có thật", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void E008_a_malformed_partial_date()
    {
        var plan = PlanText.Base.Replace("date: \"2026-01-12\"", "date: \"12/01/2026\"");
        var d = Expect.Single(plan.Check(), "E008", plan.Where("\"12/01/2026\""));
        Assert.Contains("YYYY-MM-DD", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void E008_a_period_that_runs_backwards()
    {
        var plan = PlanText.Base.Replace("period: \"2026\"", "period: \"2026-2025\"");
        var d = Expect.Single(plan.Check(), "E008", plan.Where("\"2026-2025\""));
        Assert.Contains("YYYY-YYYY", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void W111_a_free_text_deadline()
    {
        var plan = PlanText.Base.Replace("deadline: \"Quý I/2026\"", "deadline: {text: \"Theo tiến độ của dự án\"}");
        var d = Expect.Single(plan.Check(), "W111", plan.Where("{text: \"Theo"));
        Expect.Severity(d, error: false);
    }
}
