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

    [Fact]
    public void The_spec_example_passes_both()
    {
        var spec = RepoPaths.Shared is { } shared ? Path.Combine(shared, "spec", "plan-format.md") : null;
        if (spec is null || !File.Exists(spec))
        {
            return; // the shared material is not beside this checkout
        }

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

    [Fact]
    public void The_committed_schema_file_is_current()
    {
        var committed = Path.Combine(RepoPaths.Root, "schema", "cchc-plan.schema.json");
        Assert.True(File.Exists(committed), "schema/cchc-plan.schema.json is missing: run cchc schema > schema/cchc-plan.schema.json");
        Assert.Equal(JsonSchemaWriter.Write(), File.ReadAllText(committed));
    }

    [Fact]
    public void Descriptions_are_vietnamese()
    {
        var schema = JsonNode.Parse(JsonSchemaWriter.Write())!;
        var desc = schema["$defs"]!["Task"]!["properties"]!["deadline"]!["description"]!.GetValue<string>();
        Assert.Equal("Thời gian thực hiện/hoàn thành.", desc);
    }
}
