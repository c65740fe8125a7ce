using System.Globalization;
using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Import;
using Cchc.Model;
using Cchc.Tests.Support;
using Cchc.Tests.Word;
using Cchc.Yaml;
using Xunit;

namespace Cchc.Tests.Import;

/// <summary>
/// Indicator Phụ lục (plan-format.md §9, <c>kind: indicators</c>) read back: the fixture's body indicators replaced by
/// generated ones (random count, deadlines, agencies, some cells empty), the table listing all of them (<c>from:
/// body</c>) or a random subset in a random order (<c>rows</c>), with the default or other headers. Each plan is
/// built, imported and built again: the text is the same, paragraph for paragraph, table cells included.
/// </summary>
public sealed class IndicatorAppendixImportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-indicators-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Fixture => File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Cchc.Tests", "Plans", "fixtures", "phuong-ngoc-ha-2026.yaml"));

    private static readonly string[] Deadlines = ["Cả năm 2026", "Quý IV/2026", "Thường xuyên", "Trước ngày 15/12/2026", "Theo chỉ đạo của thành phố", "Tháng 6/2026"];
    private static readonly string[] Agencies = ["trung_tam_hcc", "phong_vh", "van_phong", "phong_kt", "[phong_vh, cong_an]"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Generated_indicator_tables_rebuild_to_the_same_text(int seed)
    {
        var random = new Random(seed);
        var count = random.Next(1, 9);
        var lines = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var value = random.Next(50, 100).ToString(CultureInfo.InvariantCulture);
            var fields = $"id: ct-{i}, text: \"Chỉ tiêu số {i + 1}: tỷ lệ hồ sơ đạt tối thiểu {value}% trong năm.\"";
            fields += random.Next(4) > 0 ? $", deadline: \"{Deadlines[random.Next(Deadlines.Length)]}\"" : "";
            fields += random.Next(4) > 0 ? $", responsible: {Agencies[random.Next(Agencies.Length)]}" : "";
            lines.Add("            - {" + fields + "}");
        }

        var all = seed % 2 == 1;
        var ids = Enumerable.Range(0, count).OrderBy(_ => random.Next()).Take(random.Next(1, count + 1)).Select(i => $"ct-{i}").ToList();
        var plan = Fixture;
        var start = plan.IndexOf("            - {id: ct-truc-tuyen", StringComparison.Ordinal);
        var end = plan.IndexOf("    - title: \"NHIỆM VỤ\"", StringComparison.Ordinal);
        plan = plan[..start] + string.Join("\n", lines) + "\n" + plan[end..];
        var rows = all ? "    from: body" : $"    rows: [{string.Join(", ", ids)}]";
        if (seed > 3)
        {
            rows = "    headers: [\"STT\", \"Chỉ tiêu\", \"Thời gian hoàn thành\", \"Cơ quan theo dõi\"]\n" + rows;
        }

        plan = plan.Replace("    from: body", rows, StringComparison.Ordinal);

        var (original, imported, yaml) = RoundTrip(plan);
        Assert.Equal(original, imported);
        var inOrder = all || ids.SequenceEqual(Enumerable.Range(0, count).Select(i => $"ct-{i}").Take(ids.Count)) && ids.Count == count;
        Assert.Equal(inOrder, yaml.Contains("    from: body", StringComparison.Ordinal));
        Assert.Equal(seed > 3, yaml.Contains("\"Cơ quan theo dõi\"", StringComparison.Ordinal));
    }

    private (List<string> Original, List<string> Imported, string Yaml) RoundTrip(string plan)
    {
        var package = Load(plan);
        var composed = Composer.Compose(package, TemplateSet.Builtin);
        Assert.False(composed.HasErrors);
        var paths = new List<string>();
        foreach (var (document, i) in new[] { composed.Decision!, composed.Plan }.Select((d, i) => (d, i)))
        {
            var path = Path.Combine(_dir, $"{i}.docx");
            File.WriteAllBytes(path, BuiltDocuments.Write(document));
            paths.Add(path);
        }

        var result = PlanImporter.Import(paths, "imported.yaml");
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError || d.Is(DiagnosticCatalog.W130));
        var rebuilt = Composer.Compose(Load(result.Yaml!), TemplateSet.Builtin);
        return (Texts(composed.Plan), Texts(rebuilt.Plan), result.Yaml!);
    }

    private static Package Load(string text)
    {
        var loaded = PlanLoader.Load(text, "plan.yaml");
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Span.Line}: {d.Message.Vi}")) + "\n" + text);
        return loaded.Package!;
    }

    private static List<string> Texts(Cchc.Model.Documents.Document document) =>
        [.. BuiltDocuments.Read(BuiltDocuments.Write(document)).Paragraphs.Select(p => p.DisplayText).Where(t => t.Trim().Length > 0)];
}
