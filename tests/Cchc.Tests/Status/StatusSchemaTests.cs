using Cchc.Status;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Status;

/// <summary>schema/cchc-status.schema.json: current, valid for the real status file, and strict where the loader is.</summary>
public class StatusSchemaTests
{
    private static readonly SchemaCheck Schema = new(StatusSchema.Write(), "cchc-status.schema.json");

    [Fact]
    public void The_committed_schema_file_is_current()
    {
        var committed = Path.Combine(RepoPaths.Root, "schema", "cchc-status.schema.json");
        var difference = LineDiff.Describe(File.ReadAllText(committed), StatusSchema.Write(), "schema/cchc-status.schema.json", "cchc schema --status");
        Assert.True(difference is null, $"{difference}Regenerate it: cchc schema --status > schema/cchc-status.schema.json");
        var run = CliRun.Of("schema", "--status");
        Assert.Equal(StatusSchema.Write(), run.Out);
    }

    [Fact]
    public void The_real_status_file_validates()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Plans, "phuong-hai-duong-2026.status.yaml"));
        Assert.Empty(Schema.Validate(YamlToJson.Convert(text)));
        Assert.StartsWith("# yaml-language-server: $schema=../schema/cchc-status.schema.json\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cchc_status: 2\n")]
    [InlineData("cchc_status: 1\nextra: 1\n")]
    [InlineData("cchc_status: 1\ntasks:\n  t-1:\n    - {date: \"2026-13-01\", status: hoan_thanh}\n")]
    [InlineData("cchc_status: 1\ntasks:\n  t-1:\n    - {date: \"2026-03-01\", status: xong}\n")]
    [InlineData("cchc_status: 1\ntasks:\n  t-1:\n    - {date: \"2026-03-01\", status: huy, complted: \"2026-03-01\"}\n")]
    [InlineData("cchc_status: 1\ntasks:\n  t-1:\n    - {status: huy}\n")]
    [InlineData("cchc_status: 1\nindicators:\n  i-1:\n    - {date: \"2026-03-01\", value: mười}\n")]
    [InlineData("cchc_status: 1\ntasks:\n  T 1:\n    - {date: \"2026-03-01\", status: huy}\n")]
    public void What_the_loader_rejects_the_schema_rejects(string text)
    {
        Assert.NotEmpty(Schema.Validate(YamlToJson.Convert(text)));
        var loaded = StatusLoader.LoadText(text, "x.status.yaml");
        Assert.True(loaded.HasErrors || text.Contains("T 1", StringComparison.Ordinal), string.Join("; ", loaded.Diagnostics.Select(d => d.Code)));
    }
}
