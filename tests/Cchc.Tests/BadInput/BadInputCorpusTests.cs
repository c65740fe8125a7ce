using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.BadInput;

/// <summary>
/// <c>cchc validate</c> on every bad input of the corpus: the declared code at the declared position as the only
/// error, the declared exit code, a message a user can act on, the source line with a caret, and never a stack trace.
/// </summary>
public class BadInputCorpusTests
{
    public static TheoryData<string> Files() => new(BadInputManifest.Cases.Select(c => c.File));

    [Theory]
    [MemberData(nameof(Files))]
    public void Validate_reports_the_declared_diagnostic(string file)
    {
        var c = BadInputManifest.Case(file);
        var temp = c.IsGenerated ? Directory.CreateTempSubdirectory("cchc-bad-input-").FullName : null;
        try
        {
            var path = temp is null ? Path.Combine(BadInputManifest.Folder, c.File) : BadInputManifest.Generate(c.Name, temp);
            var clock = Stopwatch.StartNew();
            var human = CliRun.Of("validate", path);
            clock.Stop();
            var json = CliRun.Of("validate", "--format", "json", path);

            var context = $"{c.File}:\n{human.All}";
            Assert.True(c.Exit == human.Exit, $"exit {human.Exit}, expected {c.Exit}; {context}");
            Assert.Equal(c.Exit, json.Exit);
            AssertNoStackTrace(human);
            AssertNoStackTrace(json);

            // The position, from the JSON output. Each input has one defect, so it gets exactly one error: a
            // second one would be a cascade (or a duplicate) that buries the real message.
            var errors = JsonDocument.Parse(json.Out).RootElement.EnumerateArray()
                .Where(d => d.GetProperty("severity").GetString() == "error")
                .Select(d => (Code: d.GetProperty("code").GetString(), Line: d.GetProperty("line").GetInt32(), Column: d.GetProperty("column").GetInt32()))
                .ToList();
            Assert.True(errors.SequenceEqual([(c.Code, c.Line, c.Column)]), $"expected one error, {c.Code} at ({c.Line},{c.Column}), got {string.Join(" ", errors)}; {context}");

            // The human output: "file(line,col): lỗi CODE: message", the source line, a caret.
            var lines = human.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            var header = c.Line > 0 ? $"{path}({c.Line},{c.Column}): lỗi {c.Code}: " : $"{path}: lỗi {c.Code}: ";
            var at = lines.FindIndex(l => l.StartsWith(header, StringComparison.Ordinal));
            Assert.True(at >= 0, $"no line starting \"{header}\"; {context}");
            Assert.Contains(c.Message, lines[at], StringComparison.Ordinal);
            if (c.Line > 0)
            {
                Assert.True(at + 2 < lines.Count && lines[at + 1].StartsWith("    ", StringComparison.Ordinal) && Regex.IsMatch(lines[at + 2], @"^ {4,}\^$"),
                    $"the source line and a caret should follow the header; {context}");
            }

            if (c.Seconds is { } limit)
            {
                Assert.True(clock.Elapsed.TotalSeconds < limit, $"took {clock.Elapsed.TotalSeconds:0.00} s, the bound is {limit} s");
            }
        }
        finally
        {
            if (temp is not null)
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    /// <summary>
    /// <c>cchc build</c> composes and writes a plan while validating it: on a bad input that work is dropped, the
    /// build reports the same error with the same exit code, writes nothing and never crashes.
    /// </summary>
    [Theory]
    [MemberData(nameof(Files))]
    public void Build_reports_the_declared_error_and_writes_nothing(string file)
    {
        var c = BadInputManifest.Case(file);
        var temp = Directory.CreateTempSubdirectory("cchc-bad-build-").FullName;
        try
        {
            var path = c.IsGenerated ? BadInputManifest.Generate(c.Name, temp) : Path.Combine(BadInputManifest.Folder, c.File);
            var output = Path.Combine(temp, "out");
            var run = CliRun.Of("build", path, "-o", output);

            Assert.True(c.Exit == run.Exit, $"exit {run.Exit}, expected {c.Exit}; {c.File}:\n{run.All}");
            var header = c.Line > 0 ? $"{path}({c.Line},{c.Column}): lỗi {c.Code}: " : $"lỗi {c.Code}: ";
            Assert.Contains(header, run.Err, StringComparison.Ordinal);
            AssertNoStackTrace(run);
            Assert.Equal("", run.Out);
            Assert.False(Directory.Exists(output), $"build wrote something for {c.File}");
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private static void AssertNoStackTrace(CliRun run)
    {
        Assert.DoesNotContain("   at ", run.All, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_file_of_the_corpus_is_in_the_manifest_and_every_row_has_its_file()
    {
        var onDisk = Directory.EnumerateFileSystemEntries(BadInputManifest.Folder).Select(p => Path.GetFileName(p))
            .Where(n => n is not ("expected.tsv" or "README.md")).Order(StringComparer.Ordinal).ToList();
        var declared = BadInputManifest.Cases.Where(c => !c.IsGenerated && c.Code != "E201").Select(c => c.File).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(declared, onDisk);
        Assert.All(BadInputManifest.Cases.Where(c => c.Code == "E201"), c => Assert.False(Path.Exists(Path.Combine(BadInputManifest.Folder, c.File))));
        Assert.True(onDisk.Count >= 40, $"the corpus has {onDisk.Count} committed inputs; at least 40 are required");
    }

    [Theory]
    [InlineData("legacy-tcvn3.yaml", "TCVN3")]
    [InlineData("legacy-vni.yaml", "VNI")]
    [InlineData("legacy-windows-1258.yaml", "Windows-1258")]
    public void A_legacy_encoding_is_named_in_english_too(string file, string encoding)
    {
        var run = CliRun.Of("validate", "--lang", "en", Path.Combine(BadInputManifest.Folder, file));
        Assert.Contains($"error E100: the file is not valid UTF-8; it is probably {encoding}", run.Out, StringComparison.Ordinal);
    }
}
