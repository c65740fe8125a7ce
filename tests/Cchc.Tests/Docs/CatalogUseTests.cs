using System.Text.RegularExpressions;
using Cchc.Model;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Docs;

/// <summary>
/// Diagnostic codes are defined once, in src/Cchc.Model/DiagnosticCatalog.cs: no other source file writes a code
/// as a string literal, and every code of the catalog is reported from somewhere in src.
/// </summary>
public partial class CatalogUseTests
{
    private static readonly string Catalog = Path.Combine("src", "Cchc.Model", "DiagnosticCatalog.cs");

    /// <summary>Every C# file of src but the catalog, by its path from the repository root.</summary>
    public static IEnumerable<(string Path, string Text)> Sources() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj") && f != Catalog)
            .Order(StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(Path.Combine(RepoPaths.Root, f))));

    /// <summary>Each string literal that is a diagnostic code ("E006", @"W110", $"T001"), as "line: literal".</summary>
    public static IEnumerable<string> CodeLiterals(string source) =>
        CodeLiteral().Matches(source).Select(m => $"{1 + source.AsSpan(0, m.Index).Count('\n')}: {m.Value}");

    [Fact]
    public void No_source_file_but_the_catalog_writes_a_code_as_a_string_literal()
    {
        var found = Sources().SelectMany(s => CodeLiterals(s.Text).Select(hit => $"{s.Path}({hit})")).ToList();
        Assert.True(found.Count == 0,
            "Create findings from the catalog (DiagnosticCatalog.E123.At(span, vi, en)), not from a string code:\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_literal_scan_finds_codes_however_the_literal_is_written()
    {
        const string sample = "var a = new Diagnostic(\"E006\", span);\nvar b = @\"W110\";\nvar c = $\"T001\";\nvar d = \"lỗi E006 ở đây\"; var e = DiagnosticCatalog.E006;\nvar f = \"I001\" + \"O002\";\n";
        Assert.Equal(["1: \"E006\"", "2: @\"W110\"", "3: $\"T001\"", "5: \"I001\"", "5: \"O002\""], CodeLiterals(sample));
    }

    [Fact]
    public void Every_catalog_code_is_reported_somewhere_in_src()
    {
        var sources = Sources().ToList();
        var unused = DiagnosticCatalog.All.Where(code => !sources.Any(s => Refers(s.Text, code.Code))).Select(c => c.Code).ToList();
        Assert.True(unused.Count == 0, $"Codes in the catalog that nothing in src reports (report them or remove them, and regenerate the README table): {string.Join(", ", unused)}");
    }

    [Fact]
    public void Every_catalog_entry_is_listed_in_All_once()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, Catalog));
        var declared = Declaration().Matches(text).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(declared);
        Assert.Equal(declared.Order(StringComparer.Ordinal), DiagnosticCatalog.All.Select(c => c.Code).Order(StringComparer.Ordinal));
        Assert.Equal(DiagnosticCatalog.All.Count, DiagnosticCatalog.All.Select(c => c.Code).Distinct().Count());
    }

    /// <summary><c>DiagnosticCatalog.E006</c>, or a bare <c>E006</c> where the file imports the catalog with <c>using static</c>.</summary>
    private static bool Refers(string source, string code) =>
        Regex.IsMatch(source, $@"\bDiagnosticCatalog\.{code}\b")
        || (source.Contains("using static Cchc.Model.DiagnosticCatalog;", StringComparison.Ordinal) && Regex.IsMatch(source, $@"(?<![""\w]){code}\b(?!"")"));

    [GeneratedRegex(@"[$@]{0,2}""[EWTION][0-9]{3}""")]
    private static partial Regex CodeLiteral();

    [GeneratedRegex(@"public static readonly DiagnosticCode (\w+) = new\(""\1""")]
    private static partial Regex Declaration();
}
