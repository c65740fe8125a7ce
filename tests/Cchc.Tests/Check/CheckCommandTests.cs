using System.Text.Json;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Check;

/// <summary>cchc check on files: exit codes, formats, languages; an unreadable file does not hide the others.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-check-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void A_built_document_exits_0()
    {
        var built = Checked.Built("phuong-hai-duong-2026.yaml");
        var run = CliRun.Of("check", Write("qd.docx", built["quyet-dinh"]), Write("kh.docx", built["ke-hoach"]));
        Assert.Equal(0, run.Exit);
        Assert.Contains("Đã kiểm tra 2 tệp: 0 lỗi", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Faults_exit_1_and_an_unreadable_file_exits_2_without_hiding_them()
    {
        var corpus = Path.Combine(Word.Corpus.Folder, "pydocx-plan.docx");
        var faulty = CliRun.Of("check", corpus);
        Assert.Equal(1, faulty.Exit);
        Assert.Contains("pydocx-plan.docx(phần 1): lỗi N001: Khổ giấy 216 × 279 mm", faulty.Out, StringComparison.Ordinal);

        var doc = Write("cu.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]]);
        var both = CliRun.Of("check", doc, corpus);
        Assert.Equal(2, both.Exit);
        Assert.Contains("lỗi E301", both.Out, StringComparison.Ordinal);
        Assert.Contains("N001", both.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", both.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_and_english_messages()
    {
        var corpus = Path.Combine(Word.Corpus.Folder, "pandoc-plan.docx");
        var run = CliRun.Of("check", corpus, "--format", "json", "--lang", "en");
        Assert.Equal(1, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        var all = json.RootElement.EnumerateArray().Select(e => e.ToString()).ToList();
        Assert.Contains(all, e => e.Contains("\"N001\"", StringComparison.Ordinal) && e.Contains("Decree 30 requires A4", StringComparison.Ordinal)
            && e.Contains("pandoc-plan.docx\"", StringComparison.Ordinal) && e.Contains("\"place\": \"section 1\"", StringComparison.Ordinal));
    }
}

public sealed class CheckSarifTests
{
    /// <summary>A Word file has no lines: SARIF gets the file as the artifact and the paragraph or section as a
    /// logical location, so a code-scanning upload finds the file (the URI once carried "(¶12)").</summary>
    [Fact]
    public void Word_positions_are_logical_locations_of_a_valid_log()
    {
        var corpus = Path.Combine(Word.Corpus.Folder, "pandoc-plan.docx");
        var run = CliRun.Of("check", corpus, "--format", "sarif");
        Assert.Equal(1, run.Exit);
        Assert.Empty(SchemaCheck.Sarif.Validate(run.Out));
        using var json = JsonDocument.Parse(run.Out);
        var locations = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0]).ToList();
        Assert.NotEmpty(locations);
        Assert.All(locations, l => Assert.EndsWith("pandoc-plan.docx", l.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal));
        Assert.Contains(locations, l => l.TryGetProperty("logicalLocations", out var logical) && logical[0].GetProperty("name").GetString() == "phần 1");
    }
}
