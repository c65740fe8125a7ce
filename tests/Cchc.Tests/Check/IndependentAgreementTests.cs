using System.Text.Json.Nodes;
using Cchc.Check;
using Cchc.Model;
using Cchc.Tests.Build;
using Cchc.Tests.Support;
using Cchc.Tests.Word;
using Cchc.Word;
using Xunit;

namespace Cchc.Tests.Check;

/// <summary>
/// `cchc check` against tests/tools/nd30check.py, a Decree 30 checker written from nd30-format.md apart from cchc:
/// on every fault make_faulty.py plants in what cchc builds, and on the seed corpus written by other programs, both
/// must agree on whether the document breaks a MUST rule, and cchc must find every fault nd30check finds.
/// </summary>
public sealed class IndependentAgreementTests(BuiltPlans built) : IClassFixture<BuiltPlans>
{
    /// <summary>nd30check's rules and the cchc codes that cover each. The two appendix rules are SHOULD in
    /// nd30-format.md (§1, §6: observed practice, not the decree's words): cchc gives them as warnings.</summary>
    private static readonly Dictionary<string, DiagnosticCode[]> Covers = new(StringComparer.Ordinal)
    {
        ["page-size"] = [DiagnosticCatalog.N001],
        ["page-margins"] = [DiagnosticCatalog.N002],
        ["font-family"] = [DiagnosticCatalog.N010, DiagnosticCatalog.N012],
        // nd30check's body-size is any text outside 13–14 pt; make_faulty's "body paragraph" may be the trích yếu or
        // the "Kèm theo" line, whose sizes cchc checks as those components.
        ["body-size"] = [DiagnosticCatalog.N046, DiagnosticCatalog.N047, DiagnosticCatalog.N031, DiagnosticCatalog.N034],
        ["national-title"] = [DiagnosticCatalog.N020, DiagnosticCatalog.N021],
        ["motto"] = [DiagnosticCatalog.N020, DiagnosticCatalog.N022],
        ["kind-name"] = [DiagnosticCatalog.N030],
        ["number-format"] = [DiagnosticCatalog.N027],
        ["date-format"] = [DiagnosticCatalog.N028],
        ["recipients"] = [DiagnosticCatalog.N060, DiagnosticCatalog.N061, DiagnosticCatalog.N062, DiagnosticCatalog.N066],
        ["signature"] = [DiagnosticCatalog.N064, DiagnosticCatalog.N065, DiagnosticCatalog.N066],
        ["appendix-orientation"] = [DiagnosticCatalog.N004],
        ["appendix-header-row"] = [DiagnosticCatalog.N085],
        ["legacy-encoding"] = [DiagnosticCatalog.N012, DiagnosticCatalog.N013],
        ["unicode-nfc"] = [DiagnosticCatalog.N014],
    };

    private static readonly HashSet<string> ShouldRules = new(["appendix-orientation", "appendix-header-row"], StringComparer.Ordinal);

    /// <summary>A plan that names no signer builds a draft (W107): cchc check reads the empty name as a draft's blank,
    /// as it reads "Số:      /QĐ-UBND"; nd30check, which has no notion of a draft, calls it a fault.</summary>
    private static readonly HashSet<string> DraftWithoutSigner = new(["phuong-hai-duong-2025/quyet-dinh", "phuong-hai-duong-2025/single"], StringComparer.Ordinal);

    public static IEnumerable<object[]> Documents => BuiltPlans.Documents;

    public static IEnumerable<object[]> CorpusFiles =>
        Directory.EnumerateFiles(SeedCorpusTests.Folder, "*.docx").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    [SkippableTheory]
    [MemberData(nameof(Documents))]
    public void Both_checkers_agree_on_every_planted_fault(string stem, string doc)
    {
        var python = Python.Require("lxml", "python3-lxml");
        var outDir = Path.Combine(built.Folder, "agreement", stem + "-" + doc);
        var made = Python.Tool(python, "make_faulty.py", built.DocumentPath(stem, doc), outDir);
        Assert.True(made.Exit == 0, made.Stderr);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "manifest.json")))!.AsArray();
        Assert.NotEmpty(manifest);
        foreach (var entry in manifest)
        {
            Agree(python, Path.Combine(outDir, (string)entry!["file"]!), DraftWithoutSigner.Contains($"{stem}/{doc}") ? "signature" : null);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(CorpusFiles))]
    public void Both_checkers_agree_on_the_foreign_corpus(string file) =>
        Agree(Python.Require("lxml", "python3-lxml"), Path.Combine(SeedCorpusTests.Folder, file));

    private static void Agree(string python, string docx, string? draftRule = null)
    {
        var (exit, stdout, stderr) = Python.Tool(python, "nd30check.py", docx);
        Assert.True(exit is 0 or 1, $"nd30check {docx}: exit {exit}: {stderr}");
        var theirs = JsonNode.Parse(stdout)!["violations"]!.AsArray().Select(v => (string)v!["rule"]!).Where(r => r != draftRule).ToHashSet(StringComparer.Ordinal);
        var read = WordReader.Read(docx);
        Assert.NotNull(read.Document);
        var ours = DocumentChecker.Check(read.Document, Path.GetFileName(docx));
        var name = Path.GetFileName(docx);

        foreach (var rule in theirs)
        {
            Assert.True(Covers.ContainsKey(rule), $"{name}: nd30check rule \"{rule}\" has no counterpart in cchc check");
            Assert.True(ours.Any(d => Covers[rule].Any(d.Is)),
                $"{name}: nd30check finds \"{rule}\", cchc check none of {string.Join(", ", Covers[rule].Select(c => c.Code))}; it found: {Codes(ours)}");
        }

        // Agreement is judged on the rules both checkers have: cchc check also checks page numbers and the lines
        // under the letterhead (MUST in §3), which nd30check does not look at.
        var theirMust = theirs.Where(r => !ShouldRules.Contains(r)).ToList();
        var shared = Covers.Values.SelectMany(c => c).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var ourErrors = ours.Where(d => d.IsError && shared.Contains(d.Code)).Select(d => d.Code).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(theirMust.Count > 0 == ourErrors.Count > 0,
            $"{name}: nd30check MUST faults [{string.Join(", ", theirMust)}], cchc check errors [{string.Join(", ", ourErrors)}]");
        Assert.True(ourErrors.Count >= theirMust.Count, $"{name}: cchc check finds fewer faults ({ourErrors.Count}) than nd30check ({theirMust.Count})");
    }

    private static string Codes(IEnumerable<Diagnostic> found) => string.Join(", ", found.Select(d => d.Code).Distinct(StringComparer.Ordinal));
}
