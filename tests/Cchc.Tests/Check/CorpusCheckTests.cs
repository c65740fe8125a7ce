using Cchc.Check;
using Cchc.Model;
using Cchc.Tests.Support;
using Cchc.Tests.Word;
using Cchc.Word;
using Xunit;

namespace Cchc.Tests.Check;

/// <summary>The foreign Word files of the corpus have real Decree 30 faults; the check names them where they are.</summary>
public sealed class CorpusCheckTests
{
    private static List<Diagnostic> CheckCorpus(string name) => [.. DocumentChecker.Check(Corpus.Read(name), name)];

    private static void Has(List<Diagnostic> findings, DiagnosticCode code, string where, string text)
    {
        Assert.Contains(findings, d => d.Code == code.Code && d.Span.Describe() == where && d.Message.Vi.Contains(text, StringComparison.Ordinal));
    }

    [Fact]
    public void Python_docx_keeps_its_template_paper_and_fonts()
    {
        var f = CheckCorpus("pydocx-plan.docx");
        Has(f, DiagnosticCatalog.N001, "pydocx-plan.docx(phần 1)", "Khổ giấy 216 × 279 mm");
        Has(f, DiagnosticCatalog.N002, "pydocx-plan.docx(phần 1)", "Lề phải 3,18 cm; Nghị định 30 quy định 1,5 cm–2 cm");
        Has(f, DiagnosticCatalog.N070, "pydocx-plan.docx(phần 1)", "Không có số trang");
        Has(f, DiagnosticCatalog.N023, "pydocx-plan.docx(bảng 1, dòng 1, cột 2)", "Không có đường kẻ dưới \"Độc lập - Tự do - Hạnh phúc\"");
        Has(f, DiagnosticCatalog.N074, "pydocx-plan.docx(phần 2)", "Phụ lục không đánh số trang lại từ 1");
    }

    [Fact]
    public void Pandoc_uses_its_theme_fonts_and_letter_paper()
    {
        var f = CheckCorpus("pandoc-plan.docx");
        Has(f, DiagnosticCatalog.N001, "pandoc-plan.docx(phần 1)", "Khổ giấy 216 × 279 mm");
        Has(f, DiagnosticCatalog.N010, "pandoc-plan.docx(¶3)", "Phông \"Cambria\"");
        Assert.Contains(f, d => d.Code == "N010" && d.Message.Vi.Contains("\"Calibri\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("lo-html.docx")]
    [InlineData("lo-odt.docx")]
    public void LibreOffice_files_have_narrow_margins_and_no_letterhead(string name)
    {
        var f = CheckCorpus(name);
        Has(f, DiagnosticCatalog.N002, $"{name}(phần 1)", "Lề trái 2 cm; Nghị định 30 quy định 3 cm–3,5 cm");
        Has(f, DiagnosticCatalog.N010, $"{name}(¶1)", "Phông \"Liberation Serif\"");
        Has(f, DiagnosticCatalog.N020, $"{name}(¶1)", "không có Quốc hiệu");
        Has(f, DiagnosticCatalog.N030, $"{name}(¶1)", "Tên loại \"KẾ HOẠCH\", cỡ 12");
    }

    /// <summary>Every corpus file and every built document is checked without an exception, in both languages.</summary>
    [Fact]
    public void The_check_never_throws_on_the_corpus()
    {
        foreach (var file in Directory.EnumerateFiles(Corpus.Folder, "*.docx"))
        {
            var doc = Corpus.Read(Path.GetFileName(file));
            Assert.NotEmpty(DocumentChecker.Check(doc, file, "vi"));
            Assert.All(DocumentChecker.Check(doc, file, "en"), d => Assert.DoesNotContain("Exception", d.Message.En, StringComparison.Ordinal));
        }
    }

    /// <summary>Every distinct Unicode line of the plans (NFC Vietnamese) is not legacy text; every line of the legacy seed files is.</summary>
    [Fact]
    public void Legacy_text_is_told_from_Unicode_Vietnamese()
    {
        var unicode = RepoPaths.PlanFiles.SelectMany(File.ReadAllLines).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(unicode.Count > 500);
        Assert.All(unicode, line => Assert.False(TextRules.IsLegacyText(line), line));

        foreach (var name in new[] { "legacy-tcvn3.yaml", "legacy-vni.yaml" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "tests", "Cchc.Tests", "bad-inputs", name));
            // A .VnTime or VNI-Times document stores each legacy byte as the Latin-1 character of that code.
            var lines = System.Text.Encoding.Latin1.GetString(bytes).Split('\n').Where(l => l.Any(c => c > 0x7F)).ToList();
            Assert.NotEmpty(lines);
            Assert.All(lines, line => Assert.True(TextRules.IsLegacyText(line), $"{name}: {line}"));
        }
    }
}
