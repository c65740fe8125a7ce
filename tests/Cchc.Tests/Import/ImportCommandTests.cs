using System.Text.Json;
using System.Text.RegularExpressions;
using Cchc.Tests.Support;
using Cchc.Tests.Word;
using Cchc.Yaml;
using Xunit;

namespace Cchc.Tests.Import;

/// <summary><c>cchc import</c> as a clerk runs it: where it writes, what it refuses, its exit codes and messages.</summary>
public sealed partial class ImportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-import-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>The plan's built documents in the temporary folder: the Quyết định (when any), then the Kế hoạch.</summary>
    private List<string> Built(string plan)
    {
        var stem = Path.GetFileNameWithoutExtension(plan);
        var documents = BuiltDocuments.Compose(plan).ToList();
        var paths = new List<string>();
        foreach (var (document, i) in documents.Select((d, i) => (d, i)))
        {
            var path = Path.Combine(_dir, documents.Count == 2 && i == 0 ? $"{stem}-quyet-dinh.docx" : $"{stem}-ke-hoach.docx");
            File.WriteAllBytes(path, BuiltDocuments.Write(document));
            paths.Add(path);
        }

        return paths;
    }

    [Fact]
    public void Writes_beside_the_first_input_then_reports_the_findings_of_what_it_wrote()
    {
        var inputs = Built("phuong-hai-duong-2026.yaml");
        var run = CliRun.Of(["import", .. inputs]);

        Assert.Equal(0, run.Exit);
        var written = Path.ChangeExtension(inputs[0], ".yaml");
        var text = File.ReadAllText(written);
        Assert.StartsWith("# yaml-language-server: $schema=", text, StringComparison.Ordinal);
        Assert.False(PlanLoader.Load(text, written).HasErrors);
        // The Phụ lục is read now, so it is no longer reported as left out; a guessed area is said at its YAML line
        // and at its place in the Word file.
        Assert.DoesNotContain("Phụ lục chưa được nhập", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"\.yaml\(\d+,\d+\): cảnh báo W120: đoán là lĩnh vực ""[a-z_]+"" từ tiêu đề .*\[phuong-hai-duong-2026-ke-hoach\.docx\(¶\d+\)\]", run.Out);
        Assert.DoesNotContain("   at ", run.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_to_overwrite_without_force()
    {
        var inputs = Built("xa-tan-minh-2026-2030.yaml");
        var target = Path.Combine(_dir, "ke-hoach.yaml");
        File.WriteAllText(target, "# của tôi\n");

        var refused = CliRun.Of("import", inputs[0], "-o", target);
        Assert.Equal(2, refused.Exit);
        Assert.Contains("lỗi E309", refused.Out, StringComparison.Ordinal);
        Assert.Contains("--force", refused.Out, StringComparison.Ordinal);
        Assert.Equal("# của tôi\n", File.ReadAllText(target));

        var forced = CliRun.Of("import", inputs[0], "-o", target, "--force");
        Assert.Equal(0, forced.Exit);
        Assert.Contains("issuer:", File.ReadAllText(target), StringComparison.Ordinal);
    }

    public static IEnumerable<object[]> Unreadable() =>
    [
        ["cu.doc", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0 }, "soffice --headless --convert-to docx"],
        ["cat-cut.docx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0 }, "E302"],
        ["van-ban.docx", "Đây không phải tệp Word"u8.ToArray(), "E301"],
    ];

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void Unreadable_input_exits_2_writes_nothing_and_says_why(string name, byte[] bytes, string expected)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);

        var run = CliRun.Of("import", path);
        Assert.Equal(2, run.Exit);
        Assert.Contains(expected, run.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.ChangeExtension(path, ".yaml")));
        Assert.DoesNotContain("Exception", run.All, StringComparison.Ordinal);
    }

    [Fact]
    public void An_attached_plan_alone_gets_a_supplied_decision_marked_in_the_yaml_and_exits_0()
    {
        var inputs = Built("phuong-hai-duong-2026.yaml");
        var target = Path.Combine(_dir, "chi-ke-hoach.yaml");
        var run = CliRun.Of("import", inputs[1], "-o", target);

        Assert.Equal(0, run.Exit);
        var lines = File.ReadAllLines(target);
        var guess = GuessLine().Match(run.Out);
        Assert.True(guess.Success, run.Out);
        var line = int.Parse(guess.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("decision:", lines[line - 1]);
        var comment = line - 2;
        while (lines[comment - 1].TrimStart().StartsWith('#'))
        {
            comment--;
        }

        Assert.StartsWith("# cchc: bổ sung", lines[comment].TrimStart(), StringComparison.Ordinal);
        // From the "Kèm theo" line: the blank number and the date; the căn cứ from what the plan cites, the rest
        // Decree 30's defaults, all under the supplied mark for the clerk to check.
        Assert.Contains("  number: null", lines);
        Assert.Contains("  date: \"2026-01-12\"", lines);
        Assert.Contains("  bases:", lines);
        Assert.Contains("    - \"Như Điều 3\"", lines);
        Assert.Contains("đối chiếu với Quyết định thật", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("lỗi E0", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_and_english_messages()
    {
        var inputs = Built("phuong-ha-tu-2025.yaml");
        var run = CliRun.Of(["import", .. inputs, "-o", Path.Combine(_dir, "ha-tu.yaml"), "--format", "json", "--lang", "en"]);

        Assert.Equal(0, run.Exit);
        using var parsed = JsonDocument.Parse(run.Out);
        Assert.Contains(parsed.RootElement.EnumerateArray(), d => d.GetProperty("code").GetString() == "W120" && d.GetProperty("message").GetString()!.StartsWith("guessed area", StringComparison.Ordinal) && d.GetProperty("message").GetString()!.Contains("phuong-ha-tu-2025-ke-hoach.docx(¶", StringComparison.Ordinal));
        Assert.Contains("Wrote", run.Err, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"chi-ke-hoach\.yaml\((?<line>\d+),\d+\): cảnh báo W118: bổ sung .*\[phuong-hai-duong-2026-ke-hoach\.docx\(¶\d+\)\]")]
    private static partial Regex GuessLine();
}
