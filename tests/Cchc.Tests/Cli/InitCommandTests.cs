using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Cchc.Cli.Init;
using Cchc.Tests.Support;
using Cchc.Validation;
using Cchc.Yaml;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Cchc.Tests.Cli;

/// <summary><c>cchc init</c>: a fresh git repository gets a plan that validates and builds, CI, editor and git settings.</summary>
public sealed class InitCommandTests : IDisposable
{
    /// <summary>The schema the kit writes beside the plan, which the editor checks it against.</summary>
    private static readonly SchemaCheck PlanSchema = new(JsonSchemaWriter.Write(), "cchc-plan.schema.json");

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cchc-init-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [SkippableFact]
    public void A_fresh_git_repository_gets_a_plan_that_validates_and_builds_and_the_ci_editor_and_git_files()
    {
        Tools.Require("git", "git", "git");
        Directory.CreateDirectory(_dir);
        Git("init", "-q");

        var init = CliRun.Of("init", _dir, "--unit", "phường Hải Dương", "--year", "2027");
        Assert.True(init.Exit == 0, init.All);
        Assert.Contains("Đã tạo 7 tệp cho phường Hải Dương, năm 2027:", init.Out, StringComparison.Ordinal);
        Assert.Contains("  git config diff.cchc.command \"cchc diff --git\"", init.Out, StringComparison.Ordinal);
        var plan = Path.Combine(_dir, "plans", "phuong-hai-duong-2027.yaml");
        Assert.StartsWith("# yaml-language-server: $schema=../schema/cchc-plan.schema.json\n", File.ReadAllText(plan), StringComparison.Ordinal);
        Assert.Equal(JsonSchemaWriter.Write(), File.ReadAllText(Path.Combine(_dir, "schema", "cchc-plan.schema.json")));

        var validate = CliRun.Of("validate", Path.Combine(_dir, "plans"));
        Assert.True(validate.Exit == 0, validate.All);
        Assert.Contains("0 lỗi, 3 cảnh báo", validate.Out, StringComparison.Ordinal);
        // Only the draft markers a clerk fills in before signing: number, day and signer's name.
        Assert.Equal(3, validate.Out.Split('\n').Count(l => l.Contains(": cảnh báo W107: ", StringComparison.Ordinal)));

        var build = CliRun.Of("build", Path.Combine(_dir, "plans"), "-o", Path.Combine(_dir, "out"));
        Assert.True(build.Exit == 0, build.All);
        foreach (var docx in new[] { "phuong-hai-duong-2027-quyet-dinh.docx", "phuong-hai-duong-2027-ke-hoach.docx" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(_dir, "out", docx));
            Assert.True(bytes.Length > 1000 && bytes[0] == 'P' && bytes[1] == 'K', $"{docx} is not a .docx");
        }

        // git itself routes the plan to the cchc driver.
        Assert.Contains("plans/**/*.yaml text eol=lf diff=cchc", File.ReadAllLines(Path.Combine(_dir, ".gitattributes")));
        Assert.EndsWith(": diff: cchc", Git("check-attr", "diff", "--", "plans/phuong-hai-duong-2027.yaml").Trim(), StringComparison.Ordinal);

        var steps = WorkflowSteps();
        Assert.Contains(steps, s => s.Run?.Contains("dotnet tool install -g Cchc.Tool", StringComparison.Ordinal) == true);
        Assert.Contains(steps, s => s.Run == "cchc validate plans --format github");
        Assert.Contains(steps, s => s.Run?.StartsWith("cchc validate plans --format sarif > cchc.sarif", StringComparison.Ordinal) == true);
        Assert.Contains(steps, s => s.Uses?.StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal) == true && s.With.GetValueOrDefault("sarif_file") == "cchc.sarif");
        Assert.Contains(steps, s => s.Run == "cchc build plans -o out");
        Assert.Contains(steps, s => s.Uses?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true && s.With.GetValueOrDefault("path") == "out/");

        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, ".vscode", "settings.json")));
        var globs = settings.RootElement.GetProperty("yaml.schemas").GetProperty("./schema/cchc-plan.schema.json").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("plans/**/*.yaml", globs);

        var readme = File.ReadAllText(Path.Combine(_dir, "README.md"));
        Assert.Contains("cchc validate plans", readme, StringComparison.Ordinal);
        Assert.Contains("cchc build plans -o out", readme, StringComparison.Ordinal);
        Assert.Contains("git config diff.cchc.command \"cchc diff --git\"", readme, StringComparison.Ordinal);
        Assert.Contains("VS Code", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_init_reports_E207_for_every_file_writes_nothing_and_force_rewrites()
    {
        Assert.Equal(0, CliRun.Of("init", _dir, "--unit", "xã Tân Minh", "--year", "2027").Exit);
        var files = Directory.GetFiles(_dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(7, files.Count);
        File.WriteAllText(Path.Combine(_dir, "README.md"), "của phường\n");
        var before = files.ToDictionary(f => f, File.ReadAllBytes);

        var again = CliRun.Of("init", _dir, "--unit", "xã Tân Minh", "--year", "2027");
        Assert.Equal(2, again.Exit);
        foreach (var file in files)
        {
            Assert.Contains($"{file}: lỗi E207: tệp \"{file}\" đã có, không ghi đè; dùng --force để ghi đè", again.Err, StringComparison.Ordinal);
        }

        Assert.Equal(files.Count, again.Err.Split('\n').Count(l => l.Contains("lỗi E207", StringComparison.Ordinal)));
        Assert.All(files, f => Assert.Equal(before[f], File.ReadAllBytes(f)));

        var english = CliRun.Of("init", _dir, "--unit", "xã Tân Minh", "--year", "2027", "--lang", "en");
        Assert.Equal(2, english.Exit);
        Assert.Contains($"{files[0]}: error E207: \"{files[0]}\" already exists and is not overwritten; use --force to overwrite", english.Err, StringComparison.Ordinal);

        var forced = CliRun.Of("init", _dir, "--unit", "xã Tân Minh", "--year", "2027", "--force");
        Assert.True(forced.Exit == 0, forced.All);
        Assert.Contains("# Kế hoạch cải cách hành chính xã Tân Minh", File.ReadAllText(Path.Combine(_dir, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void One_existing_file_stops_every_file_from_being_written()
    {
        Directory.CreateDirectory(Path.Combine(_dir, ".vscode"));
        File.WriteAllText(Path.Combine(_dir, ".vscode", "settings.json"), "{}");
        var run = CliRun.Of("init", _dir, "--unit", "phường Hà Tu", "--year", "2026");
        Assert.Equal(2, run.Exit);
        Assert.Single(run.Err.Split('\n'), l => l.Contains("lỗi E207", StringComparison.Ordinal));
        Assert.Equal([Path.Combine(_dir, ".vscode", "settings.json")], Directory.GetFiles(_dir, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Hải Dương")]
    [InlineData("quận Hoàn Kiếm")]
    [InlineData("phường")]
    [InlineData("phường   ")]
    public void A_unit_without_a_known_unit_word_and_a_name_exits_2_in_vietnamese(string unit)
    {
        var run = CliRun.Of("init", _dir, "--unit", unit);
        Assert.Equal(2, run.Exit);
        Assert.Contains("--unit cần tên đơn vị ban hành, ví dụ --unit \"phường Hải Dương\"", run.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_dir));
    }

    [Fact]
    public void No_unit_exits_2_and_writes_nothing()
    {
        var run = CliRun.Of("init", _dir);
        Assert.Equal(2, run.Exit);
        Assert.Contains("--unit cần tên đơn vị ban hành", run.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_dir));
    }

    /// <summary>
    /// Names with every ASCII punctuation character, YAML indicators at the start, every precomposed Vietnamese
    /// letter, decomposed input, line breaks and other control characters: each plan loads with the name exactly
    /// as given (composed) in the issuer, validates with no error and conforms to the schema the editor uses.
    /// </summary>
    public static TheoryData<string, string> Units()
    {
        var names = new List<string>
        {
            "Hải Dương",
            "Ea H'leo: \"mới\"",
            string.Concat(Enumerable.Range(0x21, 0x7E - 0x20).Select(c => (char)c).Where(c => !char.IsAsciiLetterOrDigit(c))) + " Tân",
            "- ? : , [ ] { } # & * ! | > ' \" % @ `",
            "Tân\\nMinh \\\" \\u0041",
            "Tân\tMinh\u0085Hai\u2028Ba\u2029Bốn\u00A0Năm\u200BSáu\uFEFF",
            "Đồng Tháp 😀",
            "Ho\u0302\u0300 Lie\u0302\u0301n", // decomposed: "Hồ Liên"
            "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ",
            "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ",
        };
        names.AddRange(Enumerable.Range(1, 0x1F).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => $"Tân{(char)c}Minh"));
        var data = new TheoryData<string, string>();
        foreach (var unit in IssuingUnit.Units)
        {
            foreach (var name in names)
            {
                data.Add(unit, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Units))]
    public void The_starter_plan_validates_with_no_error_for_any_unit_name(string unitWord, string name)
    {
        var unit = IssuingUnit.Parse($"{unitWord} {name}");
        Assert.NotNull(unit);
        var text = StarterPlan.Text(unit, 2027);
        var loaded = PlanLoader.Load(Encoding.UTF8.GetBytes(text), "plans/" + StarterPlan.FileName(unit, 2027));
        Assert.True(loaded.Package is not null && !loaded.HasErrors, string.Join('\n', loaded.Diagnostics));
        Assert.Equal(unitWord, loaded.Package.Issuer.Unit);
        Assert.Equal(Cchc.Model.Diacritics.Compose(name).Trim(), loaded.Package.Issuer.Name);
        var errors = PlanValidator.Validate(loaded.Package).Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*-2027\\.yaml$", StarterPlan.FileName(unit, 2027));
        Assert.Empty(PlanSchema.Validate(YamlToJson.Convert(text)));
    }

    [Theory]
    [InlineData("phường Hải Dương", "phuong-hai-duong")]
    [InlineData("xã Ea H'leo", "xa-ea-h-leo")]
    [InlineData("THÀNH PHỐ Hạ Long", "thanh-pho-ha-long")]
    [InlineData("đặc khu Côn Đảo", "dac-khu-con-dao")]
    [InlineData("tỉnh Quảng Ninh", "tinh-quang-ninh")]
    [InlineData("xã Ho\u0302\u0300 Lie\u0302\u0301n", "xa-ho-lien")]
    [InlineData("phường 😀", "phuong")]
    public void The_plan_file_is_named_after_the_unit_without_diacritics(string unit, string slug)
    {
        Assert.Equal(slug, IssuingUnit.Parse(unit)!.Slug());
    }

    private sealed record Step(string? Run, string? Uses, Dictionary<string, string> With);

    private List<Step> WorkflowSteps()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(_dir, ".github", "workflows", "cchc.yml"))));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        Assert.True(root.Children.ContainsKey("on"));
        var jobs = (YamlMappingNode)root["jobs"];
        return [.. jobs.Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>())
            .Select(step => new Step(Scalar(step, "run")?.Trim(), Scalar(step, "uses"),
                step.Children.TryGetValue("with", out var with)
                    ? ((YamlMappingNode)with).Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value!)
                    : []))];
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value : null;

    private string Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {process.StandardError.ReadToEnd()}");
        return stdout;
    }
}
