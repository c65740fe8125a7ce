using Cchc.Tests.Support;
using Cchc.Tests.Validation;
using Xunit;

namespace Cchc.Tests.Loading;

/// <summary>
/// Errors do not arrive in rounds: a plan with a loader error of each kind (E001, E008, E107, E108…) and a rule
/// error of each kind (E002, E003, E004, E006, E007, E011…) lists all of them in one run, each at its place.
/// </summary>
public sealed class OneRunTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-one-run-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Each edit brings one error; the marker is where it is reported.</summary>
    private static readonly (string Code, string Old, string New, string Marker)[] Edits =
    [
        ("E001", "  number: \"12\"", "  numbr: \"12\"", "numbr"),
        ("E008", "date: \"2026-01-12\"", "date: \"2026-02-30\"", "\"2026-02-30\""),
        ("E107", "  executors: \"Chánh Văn phòng", "  proposer: \"Văn phòng\"\n  proposer: \"Văn phòng\"\n  executors: \"Chánh Văn phòng", "proposer: \"Văn phòng\"\n  executors"),
        ("E108", "targets: [{op: ge, value: 90}]", "targets: [{op: ge, value: 90, baseline: 99999999999}]", "99999999999"),
        ("E011", "\"Như Điều 3\"", "\"Như Điều 7\"", "\"Như Điều 7\""),
        ("E002", "id: ind-hai-long", "id: Ind_Hai", "Ind_Hai"),
        ("E003", "{id: bm-sap-xep,", "{id: tc-ra-soat,", "tc-ra-soat, content: \"Sắp xếp"),
        ("E004", "content: \"Giải quyết hồ sơ tại bộ phận một cửa\", lead: vp,", "content: \"Giải quyết hồ sơ tại bộ phận một cửa\", lead: vpp,", "vpp"),
        ("E005", "{area: tai_chinh, content: [\"Thực hiện tự chủ tài chính.\"]}", "{area: tai_chinhh, content: [\"Thực hiện tự chủ tài chính.\"]}", "tai_chinhh"),
        ("E006", "\"Tháng 11/2026\"", "\"Tháng mười một\"", "\"Tháng mười một\""),
        ("E007", "\"Quý III,IV/2026\"", "\"Quý III,IV/2027\"", "\"Quý III,IV/2027\""),
    ];

    private static PlanText Plan()
    {
        var plan = PlanText.Base;
        foreach (var (_, old, replacement, _) in Edits)
        {
            plan = plan.Replace(old, replacement);
        }

        return plan;
    }

    [Fact]
    public void Every_error_of_a_plan_is_reported_in_one_run()
    {
        var plan = Plan();
        var found = plan.Check();
        foreach (var (code, _, _, marker) in Edits)
        {
            var at = plan.Where(marker);
            Assert.True(found.Any(d => d.Code == code && d.Span.Line == at.Line), $"{code} expected on line {at.Line}:\n{Expect.Show(found)}");
        }
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("build")]
    public void The_command_line_lists_every_error_at_once(string command)
    {
        var plan = Plan();
        var file = Path.Combine(_dir, "nhieu-loi.yaml");
        File.WriteAllText(file, plan.Text);
        var run = command == "build" ? CliRun.Of("build", file, "-o", Path.Combine(_dir, "out")) : CliRun.Of("validate", file);
        Assert.Equal(1, run.Exit);
        foreach (var (code, _, _, marker) in Edits)
        {
            var (line, _) = plan.Where(marker);
            Assert.True(run.All.Split('\n').Any(l => l.Contains($"nhieu-loi.yaml({line},", StringComparison.Ordinal) && l.Contains(code, StringComparison.Ordinal)),
                $"{code} expected on line {line}:\n{run.All}");
        }

        Assert.False(Directory.Exists(Path.Combine(_dir, "out")) && Directory.EnumerateFiles(Path.Combine(_dir, "out")).Any());
    }

    [Fact]
    public void An_unreadable_period_does_not_put_every_deadline_outside_it()
    {
        var plan = PlanText.Base.Replace("period: \"2026\"", "period: \"20026\"");
        var found = plan.Check();
        Expect.Single(found, "E008", plan.Where("\"20026\""));
        Expect.None(found, "E007");
    }

    [Fact]
    public void Hard_stops_stay_stops()
    {
        var plan = Plan().Text + "\nbroken: [unclosed\n";
        var found = Cchc.Yaml.PlanLoader.Load(plan, "x.yaml").Diagnostics;
        Assert.All(found, d => Assert.Equal("E101", d.Code));
    }
}
