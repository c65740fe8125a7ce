using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cchc.Tests.Support;
using Cchc.Yaml;
using Xunit;

namespace Cchc.Tests.Schema;

/// <summary>The JSON Schema an editor uses and the loader must agree on every real plan and every example.</summary>
public class SchemaAgreementTests
{
    private static readonly SchemaCheck Schema = new(JsonSchemaWriter.Write(), "cchc-plan.schema.json");

    public static TheoryData<string> Plans() => new(RepoPaths.PlanFiles.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Plans))]
    public void Every_plan_passes_both_schema_and_loader(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Plans, file));
        var schemaErrors = Schema.Validate(YamlToJson.Convert(text));
        var loaded = PlanLoader.Load(text, file);
        Assert.Empty(schemaErrors);
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Code == "E001");
    }

    [SkippableFact]
    public void The_spec_example_passes_both()
    {
        var spec = RepoPaths.Shared is { } shared ? Path.Combine(shared, "spec", "plan-format.md") : null;
        Skip.If(spec is null || !File.Exists(spec), "tài liệu chung (shared/spec/plan-format.md) không có bên cạnh bản checkout này");

        var example = Regex.Match(File.ReadAllText(spec), "```yaml\n(cchc: 1\n.*?)```", RegexOptions.Singleline).Groups[1].Value;
        Assert.NotEmpty(example);
        Assert.Empty(Schema.Validate(YamlToJson.Convert(example)));
        Assert.DoesNotContain(PlanLoader.Load(example, "example.yaml").Diagnostics, d => d.IsError);
    }

    [Theory]
    [InlineData("cchc: 1\nissuer: {body: x, unit: phường, name: y, colour: red}\nagencies: {}\nplan: {title: t, period: \"2026\", body: [{title: a}]}\n")]
    [InlineData("cchc: 1\nissuer: {body: x, unit: huyện, name: y}\nagencies: {}\nplan: {title: t, period: \"2026\", body: [{title: a}]}\n")]
    [InlineData("cchc: 1\nissuer: {body: x, unit: phường, name: y}\nagencies: {}\nplan: {title: t, period: \"2026\", body: [{content: [a]}]}\n")]
    [InlineData("cchc: 1\nissuer: {body: x, unit: phường, name: y}\nagencies: {}\nplan: {title: t, body: [{title: a}]}\n")]
    public void Both_reject_a_schema_error(string yaml)
    {
        Assert.NotEmpty(Schema.Validate(YamlToJson.Convert(yaml)));
        Assert.Contains(PlanLoader.Load(yaml, "x.yaml").Diagnostics, d => d.Code is "E001" or "E015");
    }

    private const string TaskPlan = "cchc: 1\nissuer: {body: x, unit: phường, name: y}\nagencies: {vp: {name: V, abbr: VP}}\n"
        + "decision: {number: \"1\", date: DATE, title: t, bases: [{text: b}], executors: e, recipients: [r], archive: [vp], signer: {title: T, name: N}}\n"
        + "plan: {title: t, period: \"2026\", body: [{title: a}]}\n"
        + "appendices: [{kind: tasks, title: P, groups: [{area: tthc, tasks: [{id: a1, content: c, lead: vp, deadline: DEADLINE, products: PRODUCTS}]}]}]\n";

    [Theory]
    [InlineData("\"2026-01-12\"", "\"Quý I/2026\"", "\"Báo cáo\"", null)]
    [InlineData("\"2026-01-12\"", "\"Quý I/2026\"", "42", null)]
    [InlineData("\"2026-01-12\"", "\"Quý I/2026\"", "[42, \"Báo cáo\"]", null)]
    [InlineData("\"2026-01-12\"", "\"Quí I/2026\"", "\"Báo cáo\"", "E006")]
    [InlineData("\"2026-01-12\"", "\"Tháng 13/2026\"", "\"Báo cáo\"", "E008")]
    [InlineData("\"2026-01-12\"", "15", "\"Báo cáo\"", "E006")]
    [InlineData("\"2026-13-12\"", "\"Quý I/2026\"", "\"Báo cáo\"", "E008")]
    [InlineData("\"2028-02-29\"", "\"Quý I/2026\"", "\"Báo cáo\"", null)]
    [InlineData("\"2026-02-29\"", "\"Quý I/2026\"", "\"Báo cáo\"", "E008")]
    [InlineData("\"2026-01-12\"", "\"Quý I/2026\"", "{a: b}", "E001")]
    public void Schema_and_cchc_agree_on_products_dates_and_deadlines(string date, string deadline, string products, string? code)
    {
        var yaml = TaskPlan.Replace("DATE", date, StringComparison.Ordinal).Replace("DEADLINE", deadline, StringComparison.Ordinal).Replace("PRODUCTS", products, StringComparison.Ordinal);
        var loaded = PlanLoader.Load(yaml, "x.yaml");
        var all = loaded.Package is { } package ? [.. loaded.Diagnostics, .. Cchc.Validation.PlanValidator.Validate(package)] : loaded.Diagnostics;
        var errors = all.Where(d => d.IsError).Select(d => d.Code).ToList();
        var schemaErrors = Schema.Validate(YamlToJson.Convert(yaml));
        if (code is null)
        {
            Assert.Empty(errors);
            Assert.Empty(schemaErrors);
        }
        else
        {
            Assert.Contains(code, errors);
            Assert.NotEmpty(schemaErrors);
        }
    }

    [Fact]
    public void The_committed_schema_file_is_current()
    {
        var committed = Path.Combine(RepoPaths.Root, "schema", "cchc-plan.schema.json");
        Assert.True(File.Exists(committed), "schema/cchc-plan.schema.json is missing: run cchc schema > schema/cchc-plan.schema.json");
        var difference = LineDiff.Describe(File.ReadAllText(committed), JsonSchemaWriter.Write(), "schema/cchc-plan.schema.json", "cchc schema");
        Assert.True(difference is null, $"{difference}Regenerate it: cchc schema > schema/cchc-plan.schema.json");
    }

    [Fact]
    public void Descriptions_are_vietnamese()
    {
        var schema = JsonNode.Parse(JsonSchemaWriter.Write())!;
        var desc = schema["$defs"]!["Task"]!["properties"]!["deadline"]!["description"]!.GetValue<string>();
        Assert.Equal("Thời gian thực hiện/hoàn thành.", desc);
    }

    [Fact]
    public void Every_definition_and_property_has_a_vietnamese_title()
    {
        var defs = JsonNode.Parse(JsonSchemaWriter.Write())!["$defs"]!.AsObject();
        Assert.All(defs, def =>
        {
            Assert.Contains(def.Value!["title"]!.GetValue<string>(), c => c > '\u007F'); // Vietnamese, not the English $defs name
            foreach (var (key, prop) in def.Value!["properties"]?.AsObject() ?? [])
            {
                var title = prop!["title"]?.GetValue<string>();
                Assert.False(string.IsNullOrWhiteSpace(title), $"{def.Key}.{key} has no title");
                Assert.NotEqual(key, title);
            }
        });
    }
}
