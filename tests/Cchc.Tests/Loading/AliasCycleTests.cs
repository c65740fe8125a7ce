using Cchc.Model;
using Cchc.Tests.Support;
using Cchc.Tests.Validation;
using Cchc.Yaml;
using Xunit;

namespace Cchc.Tests.Loading;

/// <summary>
/// A YAML alias inside the node its anchor names makes the tree contain itself. Every shape of such a cycle
/// (lists, mappings, keys, flow and block, several anchors, any depth) is an E104 at the alias, never a crash.
/// </summary>
public sealed class AliasCycleTests : IDisposable
{
    private const string Slot = "      content: [\"Kinh phí bố trí trong dự toán năm 2026 của phường.\"]";

    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-alias-cycle-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>The cyclic <c>content:</c> values, each with the alias that closes the cycle.</summary>
    public static IEnumerable<(string Name, string Content, string Alias)> Shapes()
    {
        for (var depth = 0; depth <= 6; depth++)
        {
            var open = new string('[', depth);
            var close = new string(']', depth);
            yield return ($"flow list, alias {depth} deep", $"&c [\"x\", {open}*c{close}]", "*c");
            yield return ($"list item mapping, alias {depth} deep", $"&c [{{items: [{open}*c{close}]}}]", "*c");
            yield return ($"mapping, alias {depth} deep", $"[&m {{title: \"x\", content: [{open}*m{close}]}}]", "*m");
            var chain = Enumerable.Range(1, depth + 1).ToList();
            yield return ($"cycle through {depth + 1} anchors", string.Concat(chain.Select(i => $"&a{i} [")) + "*a1" + new string(']', chain.Count), "*a1");
            yield return ($"cycle to the innermost of {depth + 1} anchors", string.Concat(chain.Select(i => $"&a{i} [")) + $"*a{depth + 1}" + new string(']', chain.Count), $"*a{depth + 1}");
        }

        yield return ("block list, alias as its item", "&c\n        - \"x\"\n        - *c", "*c");
        yield return ("block mapping, alias as a value", "\n        - &m\n          title: \"x\"\n          content: *m", "*m");
        yield return ("mapping key", "[&m {*m : x}]", "*m");
        yield return ("alias after a closed anchor, then a cycle", "[&ok \"a\", *ok, &c [*ok, *c]]", "*c");
    }

    public static TheoryData<string> ShapeNames() => [.. Shapes().Select(s => s.Name)];

    private static (string Text, (int Line, int Column) At) Plan(string name)
    {
        var shape = Shapes().Single(s => s.Name == name);
        var plan = PlanText.Base.Replace(Slot, "      content: " + shape.Content);
        // The alias that closes the cycle is the last occurrence of its name.
        var count = 0;
        for (var i = plan.Text.IndexOf(shape.Alias, StringComparison.Ordinal); i >= 0; i = plan.Text.IndexOf(shape.Alias, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return (plan.Text, plan.Where(shape.Alias, count));
    }

    [Theory]
    [MemberData(nameof(ShapeNames))]
    public void A_cycle_is_E104_at_the_alias(string shape)
    {
        var (text, at) = Plan(shape);
        var loaded = PlanLoader.Load(text, "cycle.yaml");
        Assert.Null(loaded.Package);
        var e104 = Expect.Single(loaded.Diagnostics, "E104", at);
        Assert.Contains("tự tham chiếu", e104.Message.Vi, StringComparison.Ordinal);
        Assert.Contains("refers to itself", e104.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void The_whole_document_naming_itself_is_E104()
    {
        var loaded = PlanLoader.Load("&r {cchc: 1, plan: *r}", "cycle.yaml");
        Expect.Single(loaded.Diagnostics, "E104", (1, 20));
    }

    [Fact]
    public void An_alias_that_copies_a_deep_structure_below_a_deep_point_is_E103_not_a_stack_overflow()
    {
        // Each anchor holds the previous one 40 levels further down: a small file whose expansion is thousands deep.
        var lines = new List<string> { "cchc: 1", $"x0: &x0 {new string('[', 40)}1{new string(']', 40)}" };
        for (var i = 1; i < 200; i++)
        {
            lines.Add($"x{i}: &x{i} {new string('[', 40)}*x{i - 1}{new string(']', 40)}");
        }

        var loaded = PlanLoader.Load(string.Join('\n', lines), "deep.yaml");
        Assert.Null(loaded.Package);
        var e103 = Assert.Single(loaded.Diagnostics, d => d.Is(DiagnosticCatalog.E103));
        Assert.Equal((3, 49), (e103.Span.Line, e103.Span.Column));
    }

    [Fact]
    public void Acyclic_aliases_still_load()
    {
        var plan = PlanText.Base.Replace(Slot, "      content: [&p \"Kinh phí bố trí trong dự toán năm 2026 của phường.\", *p]");
        var loaded = PlanLoader.Load(plan.Text, "ok.yaml");
        Assert.False(loaded.HasErrors, Expect.Show(loaded.Diagnostics));
    }

    public static TheoryData<string, string> Commands()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Shapes().Select(s => s.Name).Where((_, i) => i % 4 == 0))
        {
            foreach (var command in new[] { "validate", "build", "diff", "next-year" })
            {
                data.Add(command, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_reports_the_cycle_and_exits_1_or_2(string command, string shape)
    {
        var (text, at) = Plan(shape);
        var file = Path.Combine(_dir, "vòng lặp.yaml");
        File.WriteAllText(file, text);
        string[] args = command switch
        {
            "build" => ["build", file, "-o", Path.Combine(_dir, "out")],
            "diff" => ["diff", Inputs.CleanPlan, file],
            "next-year" => ["next-year", file, "-o", Path.Combine(_dir, "next.yaml")],
            _ => [command, file],
        };
        var run = CliRun.Of(args);
        Assert.True(run.Exit is 1 or 2, $"exit {run.Exit}\n{run.All}");
        Assert.Contains($"({at.Line},{at.Column})", run.All, StringComparison.Ordinal);
        Assert.Contains("E104", run.All, StringComparison.Ordinal);
        Assert.DoesNotContain("không mong đợi", run.All, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "next.yaml")));
    }

    private static class Inputs
    {
        public static string CleanPlan => Path.Combine(RepoPaths.Root, "tests", "Cchc.Tests", "Validation", "fixtures", "base.yaml");
    }
}
