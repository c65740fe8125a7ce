using Cchc.Yaml;
using Cchc.Validation;
using Xunit;

namespace Cchc.Tests.Validation;

/// <summary>The shared base plan is clean, and the specification's own example gives exactly the warnings it announces.</summary>
public class BasePlanTests
{
    [Fact]
    public void The_base_plan_has_no_error_and_no_warning() => Expect.Clean(PlanText.Base.Check());

    [Fact]
    public void The_spec_example_gives_W105_for_four_areas_and_W107_for_the_blank_number()
    {
        var loaded = PlanLoader.Load(PlanText.Fixture("spec-example.yaml"), "spec-example.yaml");
        Assert.False(loaded.HasErrors, Expect.Show(loaded.Diagnostics));
        var diagnostics = loaded.Diagnostics.Concat(PlanValidator.Validate(loaded.Package!)).ToList();

        var w105 = diagnostics.Where(d => d.Code == "W105").Select(d => d.Message.En).ToList();
        Assert.Equal(4, w105.Count);
        foreach (var area in new[] { "the_che", "bo_may", "cong_vu", "tai_chinh" })
        {
            Assert.Single(w105, m => m.Contains($"\"{area}\"", StringComparison.Ordinal));
        }

        var w107 = Assert.Single(diagnostics, d => d.Code == "W107");
        Assert.Contains("number", w107.Message.En, StringComparison.Ordinal);
        Assert.True(diagnostics.All(d => d.Code is "W105" or "W107"), Expect.Show(diagnostics));
    }
}
