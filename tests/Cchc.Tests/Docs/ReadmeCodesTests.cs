using System.Text;
using Cchc.Model;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Docs;

/// <summary>The README's table of diagnostic codes lists exactly what cchc can report.</summary>
public class ReadmeCodesTests
{
    [Fact]
    public void Readme_lists_every_diagnostic_code()
    {
        var readme = Path.Combine(RepoPaths.Root, "README.md");
        var text = File.ReadAllText(readme);
        const string begin = "<!-- codes:begin -->\n";
        const string end = "<!-- codes:end -->";
        var start = text.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
        var stop = text.IndexOf(end, StringComparison.Ordinal);
        var expected = Table();
        if (Accept.IsOn)
        {
            File.WriteAllText(readme, text[..start] + expected + text[stop..]);
            return;
        }

        var difference = LineDiff.Describe(expected, text[start..stop], "catalog", "README.md");
        Assert.True(difference is null, $"README.md's table of codes differs from the catalog: {difference}To regenerate it: CCHC_ACCEPT=1 dotnet test tests/Cchc.Tests --filter FullyQualifiedName~ReadmeCodesTests");
    }

    private static string Table()
    {
        var sb = new StringBuilder("| code | severity | meaning | ý nghĩa |\n|---|---|---|---|\n");
        foreach (var e in DiagnosticCatalog.All)
        {
            sb.Append($"| {e.Code} | {(e.Severity == Severity.Error ? "error" : "warning")} | {e.Description.En} | {e.Description.Vi} |\n");
        }

        return sb.ToString();
    }
}
