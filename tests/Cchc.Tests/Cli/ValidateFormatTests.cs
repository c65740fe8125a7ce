using System.Text.Json;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Cli;

/// <summary><c>cchc validate --format json|github|sarif</c>: machine-readable findings with exact positions.</summary>
public class ValidateFormatTests
{
    [Fact]
    public void Json_gives_every_field_of_a_finding()
    {
        var run = CliRun.Of("validate", "--format", "json", Inputs.UnknownAgency);
        Assert.Equal(1, run.Exit);
        var all = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        var e = Assert.Single(all, d => d.GetProperty("severity").GetString() == "error");
        Assert.Equal(Inputs.UnknownAgency, e.GetProperty("file").GetString());
        Assert.Equal(30, e.GetProperty("line").GetInt32());
        Assert.Equal(77, e.GetProperty("column").GetInt32());
        Assert.Equal(30, e.GetProperty("endLine").GetInt32());
        Assert.Equal(80, e.GetProperty("endColumn").GetInt32()); // just past "vpp"
        Assert.Equal("E004", e.GetProperty("code").GetString());
        Assert.Contains("có phải ý bạn là \"vp\"", e.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.All(all.Where(d => d.GetProperty("code").GetString()!.StartsWith('W')), w => Assert.Equal("warning", w.GetProperty("severity").GetString()));
    }

    [Fact]
    public void Json_of_a_clean_plan_is_an_empty_array()
    {
        var run = CliRun.Of("validate", "--format", "json", Inputs.Clean);
        Assert.Equal(0, run.Exit);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(run.Out).RootElement.ValueKind);
        Assert.Equal(0, JsonDocument.Parse(run.Out).RootElement.GetArrayLength());
    }

    [Fact]
    public void Json_in_english()
    {
        var run = CliRun.Of("validate", "--format", "json", "--lang", "en", Inputs.UnknownAgency);
        var e = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().Single(d => d.GetProperty("code").GetString() == "E004");
        Assert.Equal("agency code \"vpp\" is not declared in agencies; did you mean \"vp\"?", e.GetProperty("message").GetString());
    }

    [Fact]
    public void Github_writes_one_workflow_command_per_finding()
    {
        var run = CliRun.Of("validate", "--format", "github", Inputs.UnknownAgency);
        Assert.Equal(1, run.Exit);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.Matches(@"^::(error|warning) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[EW]\d{3}::[EW]\d{3}: .+$", l));
        Assert.Contains($"::error file={Inputs.UnknownAgency},line=30,col=77,endLine=30,endColumn=80,title=E004::E004: mã cơ quan \"vpp\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Github_escapes_commas_and_colons_in_the_file_name()
    {
        var folder = Directory.CreateTempSubdirectory("cchc-gh-").FullName;
        try
        {
            var path = Path.Combine(folder, "kế hoạch, bản 2.yaml");
            File.Copy(Inputs.UnknownAgency, path);
            var run = CliRun.Of("validate", "--format", "github", path);
            var escaped = path.Replace("%", "%25", StringComparison.Ordinal).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
            Assert.Contains("kế hoạch%2C bản 2.yaml", escaped, StringComparison.Ordinal);
            Assert.Contains($"::error file={escaped},line=30,col=77,", run.Out, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Sarif_is_a_2_1_0_log_with_rules_and_located_results()
    {
        var (log, paths) = SarifTests.Sarif(Inputs.UnknownAgency);
        var root = JsonDocument.Parse(log).RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var sarifRun = root.GetProperty("runs")[0];
        var driver = sarifRun.GetProperty("tool").GetProperty("driver");
        Assert.Equal("cchc", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains("E004", rules);
        Assert.Equal(rules.Distinct().Count(), rules.Count);

        var results = sarifRun.GetProperty("results").EnumerateArray().ToList();
        Assert.All(results, r =>
        {
            Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()]);
            Assert.Matches("^(error|warning)$", r.GetProperty("level").GetString());
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("message").GetProperty("text").GetString()));
        });
        var e004 = results.Single(r => r.GetProperty("ruleId").GetString() == "E004");
        Assert.Equal("error", e004.GetProperty("level").GetString());
        var location = e004.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.StartsWith("file:///", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.All(paths, p => Assert.Equal(Inputs.UnknownAgency, p));
        var region = location.GetProperty("region");
        Assert.Equal(30, region.GetProperty("startLine").GetInt32());
        Assert.Equal(77, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(30, region.GetProperty("endLine").GetInt32());
        Assert.Equal(80, region.GetProperty("endColumn").GetInt32());
    }

    [Fact]
    public void Human_output_in_english_with_lang_en()
    {
        var run = CliRun.Of("validate", "--lang", "en", Inputs.UnknownAgency);
        Assert.Contains($"{Inputs.UnknownAgency}(30,77): error E004: agency code \"vpp\" is not declared in agencies; did you mean \"vp\"?", run.Out, StringComparison.Ordinal);
        Assert.Contains("warning W105: ", run.Out, StringComparison.Ordinal);
        Assert.Contains("1 file(s) checked: 1 error(s), 12 warning(s).", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("lỗi", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Human_output_in_vietnamese_by_default()
    {
        var run = CliRun.Of("validate", Inputs.UnknownAgency);
        Assert.Contains($"{Inputs.UnknownAgency}(30,77): lỗi E004: mã cơ quan \"vpp\" chưa được khai báo trong agencies; có phải ý bạn là \"vp\"?", run.Out, StringComparison.Ordinal);
        Assert.Contains("Đã kiểm tra 1 tệp: 1 lỗi, 12 cảnh báo.", run.Out, StringComparison.Ordinal);
    }
}
