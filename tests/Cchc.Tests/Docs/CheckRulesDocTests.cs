using System.Text;
using Cchc.Check;
using Cchc.Model;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Docs;

/// <summary>docs/check-rules.md is the rule table of cchc check, generated from <see cref="CheckRules"/>.</summary>
public sealed class CheckRulesDocTests
{
    private static string Path => System.IO.Path.Combine(RepoPaths.Root, "docs", "check-rules.md");

    [Fact]
    public void Every_N_code_is_one_rule_and_every_rule_a_catalog_code()
    {
        var codes = DiagnosticCatalog.All.Where(c => c.Code.StartsWith('N')).Select(c => c.Code).Order(StringComparer.Ordinal);
        Assert.Equal(codes, CheckRules.All.Select(r => r.Code.Code).Order(StringComparer.Ordinal));
        Assert.Equal(CheckRules.All.Count, CheckRules.All.Select(r => r.Code.Code).Distinct().Count());
        Assert.All(CheckRules.All, r => Assert.StartsWith("§", r.Spec, StringComparison.Ordinal));
    }

    [Fact]
    public void The_rule_table_is_current()
    {
        var expected = Table();
        if (Accept.IsOn)
        {
            File.WriteAllText(Path, expected);
            return;
        }

        var difference = LineDiff.Describe(expected, File.Exists(Path) ? File.ReadAllText(Path) : "", "CheckRules", "docs/check-rules.md");
        Assert.True(difference is null, $"docs/check-rules.md differs from the rules: {difference}To regenerate it: CCHC_ACCEPT=1 dotnet test tests/Cchc.Tests --filter FullyQualifiedName~CheckRulesDocTests");
    }

    private static string Kinds(DocumentKind k) => k == DocumentKind.All
        ? "mọi văn bản"
        : string.Join(", ", new[] { (DocumentKind.Decision, "Quyết định"), (DocumentKind.Plan, "Kế hoạch"), (DocumentKind.Appendix, "Phụ lục") }
            .Where(x => (k & x.Item1) != 0).Select(x => x.Item2));

    private static string Table()
    {
        var sb = new StringBuilder();
        sb.Append("# Quy tắc của `cchc check` (Nghị định 30/2020/NĐ-CP)\n\n");
        sb.Append("<!-- Generated from src/Cchc.Check/CheckRules.cs by tests/Cchc.Tests/Docs/CheckRulesDocTests.cs: CCHC_ACCEPT=1 rewrites it. -->\n\n");
        sb.Append("Severity: **error** where the decree's text requires it (MUST), **warning** where it comes from the decree's samples or common practice (SHOULD). ");
        sb.Append("§ refers to the Decree 30 format spec (nd30-format), whose §9 is the OOXML checklist. See docs/check.md for how the check reads a file.\n\n");
        sb.Append("| code | severity | applies to | what it checks | kiểm tra | spec | Nghị định 30 |\n|---|---|---|---|---|---|---|\n");
        foreach (var r in CheckRules.All)
        {
            sb.Append($"| {r.Code.Code} | {(r.Code.Severity == Severity.Error ? "error" : "warning")} | {Kinds(r.AppliesTo)} | {Cell(r.Code.Description.En)} | {Cell(r.Code.Description.Vi)} | {r.Spec} | {Cell(r.Decree)} |\n");
        }

        return sb.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
