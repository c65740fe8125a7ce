using System.Text.Json.Nodes;
using Cchc.Tests.Build;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Word;

/// <summary>
/// tests/tools/nd30check.py, the Decree 30 checker written from nd30-format.md apart from cchc, and
/// tests/tools/make_faulty.py, which breaks one MUST rule at a time in a good file: the yardsticks `cchc check`
/// is measured with. Here they are measured themselves, on what cchc builds and on the seed corpus.
/// </summary>
public sealed class IndependentCheckerTests(BuiltPlans built) : IClassFixture<BuiltPlans>
{
    /// <summary>What nd30check finds in the documents cchc builds: nothing, except the supplied Quyết định of
    /// the 2025 ward plan, whose plan names no signer (its seed is a body fragment).</summary>
    private static readonly Dictionary<string, string[]> KnownFindings = new(StringComparer.Ordinal)
    {
        ["phuong-hai-duong-2025/quyet-dinh"] = ["signature"],
        ["phuong-hai-duong-2025/single"] = ["signature"],
    };

    private static readonly string[] AllRules =
    [
        "page-size", "page-margins", "font-family", "body-size", "national-title", "motto", "kind-name", "number-format",
        "date-format", "recipients", "signature", "appendix-orientation", "appendix-header-row", "legacy-encoding", "unicode-nfc",
    ];

    public static IEnumerable<object[]> Documents => BuiltPlans.Documents;

    /// <summary>The built documents nd30check passes: a variant of one with a finding would break two rules.</summary>
    public static IEnumerable<object[]> GoodDocuments => Documents.Where(d => !KnownFindings.ContainsKey($"{d[0]}/{d[1]}"));

    [SkippableTheory]
    [MemberData(nameof(Documents))]
    public void Nd30check_finds_no_must_fault_in_what_cchc_builds(string stem, string doc)
    {
        var python = Python.Require("lxml", "python3-lxml");
        var (exit, rules) = Check(python, built.DocumentPath(stem, doc));
        var expected = KnownFindings.GetValueOrDefault($"{stem}/{doc}", []);
        Assert.Equal(expected, rules);
        Assert.Equal(expected.Length == 0 ? 0 : 1, exit);
    }

    [SkippableTheory]
    [MemberData(nameof(GoodDocuments))]
    public void Each_faulty_variant_breaks_exactly_the_rule_its_manifest_names(string stem, string doc)
    {
        var python = Python.Require("lxml", "python3-lxml");
        var good = built.DocumentPath(stem, doc);
        var outDir = Path.Combine(built.Folder, "faulty", stem + "-" + doc);
        var made = Python.Tool(python, "make_faulty.py", good, outDir);
        Assert.True(made.Exit == 0, made.Stderr);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "manifest.json")))!.AsArray();
        Assert.True(manifest.Count >= 5, $"only {manifest.Count} variants of {good}");
        foreach (var entry in manifest)
        {
            var (exit, rules) = Check(python, Path.Combine(outDir, (string)entry!["file"]!));
            Assert.True(exit == 1 && rules.SequenceEqual([(string)entry["rule"]!]),
                $"{entry["file"]}: expected [{entry["rule"]}], nd30check found [{string.Join(", ", rules)}]");
        }

        if (doc == "single" && stem == "phuong-hai-duong-2026")
        {
            // The full document (QĐ + KH + landscape Phụ lục) gets a variant for every rule the checker has.
            Assert.Equal(AllRules.Order(StringComparer.Ordinal), manifest.Select(e => (string)e!["rule"]!).Order(StringComparer.Ordinal));
        }
    }

    /// <summary>The seed corpus as nd30check sees it: python-docx and LibreOffice files are set up to the decree,
    /// so what it finds there are the seeds' own faults; pandoc's default page and styles are not.</summary>
    [SkippableTheory]
    [InlineData("seed000-pydocx.docx")]
    [InlineData("seed000-lo.docx")]
    [InlineData("seed004-pydocx.docx")]
    [InlineData("seed004-lo.docx")]
    [InlineData("seed002-pydocx.docx", "recipients")]
    [InlineData("seed002-lo.docx", "recipients")]
    [InlineData("seed002-tracked.docx", "recipients")]
    [InlineData("seed003-pydocx.docx", "recipients")]
    [InlineData("seed003-lo.docx", "recipients")]
    public void Nd30check_finds_the_seeds_own_faults_in_the_corpus(string file, params string[] expected)
    {
        var python = Python.Require("lxml", "python3-lxml");
        var (_, rules) = Check(python, Path.Combine(SeedCorpusTests.Folder, file));
        Assert.Equal(expected, rules);
    }

    [SkippableTheory]
    [InlineData("seed000-pandoc.docx")]
    [InlineData("seed002-pandoc.docx")]
    [InlineData("seed003-pandoc.docx")]
    [InlineData("seed004-pandoc.docx")]
    public void Nd30check_finds_pandocs_default_page_and_fonts(string file)
    {
        var python = Python.Require("lxml", "python3-lxml");
        var (exit, rules) = Check(python, Path.Combine(SeedCorpusTests.Folder, file));
        Assert.Equal(1, exit);
        Assert.Superset(new HashSet<string> { "page-size", "page-margins", "font-family", "body-size" }, rules.ToHashSet());
    }

    [SkippableFact]
    public void Nd30check_exits_2_on_a_file_that_is_not_a_docx()
    {
        var python = Python.Require("lxml", "python3-lxml");
        var path = Path.Combine(built.Folder, "not-a-docx.docx");
        File.WriteAllText(path, "đây không phải tệp Word");
        Assert.Equal(2, Python.Tool(python, "nd30check.py", path).Exit);
    }

    /// <summary>nd30check's exit code and the distinct rules it found, in the order it found them.</summary>
    private static (int Exit, string[] Rules) Check(string python, string docx)
    {
        var (exit, stdout, stderr) = Python.Tool(python, "nd30check.py", docx);
        Assert.True(exit is 0 or 1, $"nd30check {docx}: exit {exit}: {stderr}");
        var violations = JsonNode.Parse(stdout)!["violations"]!.AsArray();
        return (exit, [.. violations.Select(v => (string)v!["rule"]!).Distinct()]);
    }
}
