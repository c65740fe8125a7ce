using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Import;
using Cchc.Import.Recognition;
using Cchc.Model;
using Cchc.Tests.Support;
using Cchc.Tests.Word;
using Cchc.Word;
using Cchc.Yaml;
using Xunit;
using Xunit.Abstractions;

namespace Cchc.Tests.Import;

/// <summary>
/// The shapes real plans take, imported from the seed corpus (python-docx, LibreOffice, pandoc) and from plan
/// bodies cut out of every plan cchc builds: each imports with no error and its rebuilt plan reproduces at least
/// 98% of the file's words in order (the corpus yardstick, <see cref="WordRecovery"/>).
/// </summary>
public sealed partial class SeedShapesImportTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(SeedCorpusTests.Files), MemberType = typeof(SeedCorpusTests))]
    public void Every_seed_file_imports_with_no_error_and_rebuilds_98_percent_of_its_words(string expectedJson)
    {
        var facts = SeedCorpusTests.Load(expectedJson);
        var result = PlanImporter.Import([Path.Combine(SeedCorpusTests.Folder, facts.File)], "imported.yaml");
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Code} {d.Span.Line}: {d.Message.Vi}")));
        var package = PlanLoader.Load(result.Yaml!, "imported.yaml").Package!;
        var r = WordRecovery.Measure(SeedCorpusTests.ExpectedText(facts), Rebuilt(package));
        output.WriteLine($"{facts.File}: {r}");
        Assert.True(r.Share >= 0.98, $"{facts.File}: {r}");
        Assert.Equal(facts.Tasks, package.Appendices.OfType<TaskAppendix>().SelectMany(a => a.Groups).Sum(g => g.Tasks.Count));
        Assert.Equal(facts.Parts.Contains("ke-hoach-body"), result.Diagnostics.Any(d => d.Is(DiagnosticCatalog.W131)));
    }

    [Theory]
    [InlineData("seed000-pydocx.docx")]
    [InlineData("seed000-lo.docx")]
    [InlineData("seed000-pandoc.docx")]
    public void A_body_fragment_gets_its_frame_from_the_wording_and_the_rest_marked_supplied(string file)
    {
        var result = PlanImporter.Import([Path.Combine(SeedCorpusTests.Folder, file)], "imported.yaml");
        var package = PlanLoader.Load(result.Yaml!, "imported.yaml").Package!;
        // Seed 000 says "Kế hoạch cải cách hành chính năm 2025 của phường" and "thành phố Hải Phòng", never the ward's name.
        Assert.Equal("phường", package.Issuer.Unit);
        Assert.Equal("thành phố Hải Phòng", package.Issuer.Province);
        Assert.Equal("2025", package.Plan.Period.ToString());
        Assert.Equal(Path.GetFileNameWithoutExtension(file).Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]), package.Issuer.Name.Split(' '));
        Assert.Contains(result.Diagnostics, d => d.Is(DiagnosticCatalog.W131) && d.Message.Vi.Contains("lấy từ tên tệp", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Is(DiagnosticCatalog.W118));
        Assert.Contains("# cchc: bổ sung", result.Yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("seed001-pydocx.docx")]
    [InlineData("seed001-lo.docx")]
    [InlineData("seed001-pandoc.docx")]
    public void An_attached_plan_alone_without_letterhead_takes_its_issuer_and_decision_from_the_kem_theo_line(string file)
    {
        var result = PlanImporter.Import([Path.Combine(SeedCorpusTests.Folder, file)], "imported.yaml");
        Assert.False(result.HasErrors);
        var package = PlanLoader.Load(result.Yaml!, "imported.yaml").Package!;
        // "(Kèm theo Quyết định số /QĐ-UBND ngày tháng năm 2026 của Chủ tịch Ủy ban nhân dân thành phố Hải Phòng)"
        Assert.Equal(("thành phố", "Hải Phòng"), (package.Issuer.Unit, package.Issuer.Name));
        Assert.Null(package.Decision!.Number);
        Assert.Equal("2026", package.Decision.Date!.Date.ToString());
        Assert.Equal("2026-2030", package.Plan.Period.ToString());
        Assert.Contains(result.Diagnostics, d => d.Is(DiagnosticCatalog.W118));
        // The phases "- Giai đoạn …:" with their "+" indicators are indicator groups; "2.1." labels rebuild as written.
        Assert.Equal(["Giai đoạn 2026 - 2027:", "Giai đoạn 2028 - 2030:"], Groups(package.Plan.Body).Select(g => g.Group));
        Assert.Equal(["2026-2027", "2028-2030"], Groups(package.Plan.Body).Select(g => g.Period.ToString()));
        Assert.All(Groups(package.Plan.Body), g => Assert.Equal(3, g.Indicators.Count));
        var rebuilt = Rebuilt(package);
        Assert.Contains("\n2.1. Văn phòng HĐND và UBND\n", rebuilt, StringComparison.Ordinal);
        Assert.Contains("\nV. TỔ CHỨC THỰC HIỆN\n", rebuilt, StringComparison.Ordinal);
    }

    private static IEnumerable<IndicatorGroup> Groups(IEnumerable<Node> nodes) => nodes.SelectMany(n => n.Content).SelectMany(b => b switch
    {
        IndicatorListBlock list => list.Entries.OfType<IndicatorGroup>(),
        NodeBlock node => Groups([node.Node]),
        _ => [],
    });

    public static IEnumerable<object[]> Plans() => RepoPaths.PlanFiles
        .Append(Path.Combine(RepoPaths.Root, "tests", "Cchc.Tests", "Plans", "fixtures", "phuong-ngoc-ha-2026.yaml")).Select(f => new object[] { f });

    /// <summary>
    /// Every plan's built Kế hoạch with its letterhead, tên loại, title, "Kèm theo" line, preamble and signature cut
    /// off: the body alone (with its Phụ lục) imports with no error, the unit and period the body's own words give,
    /// and ≥98% of the fragment's words back.
    /// </summary>
    [Theory]
    [MemberData(nameof(Plans))]
    public void The_body_of_every_plan_cut_out_imports_as_a_fragment(string plan)
    {
        var original = PlanLoader.Load(File.ReadAllText(plan), plan).Package!;
        var document = BuiltDocuments.Read(BuiltDocuments.Write(Composer.Compose(original, TemplateSet.Builtin).Plan));
        var blocks = document.Blocks.ToList();
        var first = blocks.FindIndex(b => b is WordParagraph p && p.DisplayText.StartsWith("I.", StringComparison.Ordinal));
        var kept = blocks.Skip(first).Where(b => !Cchc.Import.Recognition.Frame.SignatureBlock.IsSignature(b)).ToList();
        var fragment = document with { Blocks = kept, Sections = [new WordSection(0, 0, kept.Count)] };
        var text = string.Join("\n", fragment.Paragraphs.Select(p => p.DisplayText));

        var result = PlanImporter.Import([(fragment, new ImportContext("than-ke-hoach.docx"))], "imported.yaml", Recognizers.Default, []);
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        // A Phụ lục's "(Kèm theo Quyết định số …)" line names the decision itself, not a căn cứ.
        if (fragment.Paragraphs.Any(p => !p.Text.StartsWith("(Kèm theo", StringComparison.Ordinal) && CitesOrNamesItsProgramme().IsMatch(p.Text)))
        {
            Assert.False(result.HasErrors, string.Join("\n", errors.Select(d => $"{d.Code} {d.Span.Line}: {d.Message.Vi}")));
        }
        else
        {
            // Nothing in the text to take a căn cứ from: the one error names exactly that, nothing is made up.
            var error = Assert.Single(errors);
            Assert.True(error.Is(DiagnosticCatalog.E012) && error.Message.Vi.EndsWith("thiếu: bases", StringComparison.Ordinal), error.Message.Vi);
        }

        var package = PlanLoader.Load(result.Yaml!, "imported.yaml").Package!;
        var r = WordRecovery.Measure(text, Rebuilt(package));
        output.WriteLine($"{Path.GetFileName(plan)}: {r}; issuer {package.Issuer.Unit} {package.Issuer.Name}; period {package.Plan.Period}");
        Assert.True(r.Share >= 0.98, r.ToString());
        Assert.Equal(original.Issuer.Unit, package.Issuer.Unit);
        var period = original.Plan.Period.ToString();
        var stated = period.Contains('-', StringComparison.Ordinal) ? "giai đoạn " + period.Replace("-", " - ", StringComparison.Ordinal) : "năm " + period;
        if (text.Contains(stated, StringComparison.Ordinal))
        {
            Assert.Equal(period, package.Plan.Period.ToString());
        }
        else
        {
            Assert.Matches(@"^20\d\d(-20\d\d)?$", package.Plan.Period.ToString());
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư|Kết luận) số \S+ ngày \d|Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030")]
    private static partial System.Text.RegularExpressions.Regex CitesOrNamesItsProgramme();

    private static string Rebuilt(Package package)
    {
        var composed = Composer.Compose(package, TemplateSet.Builtin);
        Assert.False(composed.HasErrors);
        var documents = composed.Decision is null ? new[] { composed.Plan } : [composed.Decision, composed.Plan];
        return string.Join("\n", documents.SelectMany(d => BuiltDocuments.Read(BuiltDocuments.Write(d)).Paragraphs.Select(p => p.DisplayText)));
    }
}
