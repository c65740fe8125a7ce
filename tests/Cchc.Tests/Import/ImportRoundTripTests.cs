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
using M = Cchc.Model.Documents;

namespace Cchc.Tests.Import;

/// <summary>
/// build → import → build: the imported plan loads without error and its documents say the same, paragraph for
/// paragraph, as the documents it was imported from (every paragraph's text as the Word reader sees it).
/// </summary>
public sealed class ImportRoundTripTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-import-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Every plan in plans/ and the test fixture plans.</summary>
    public static IEnumerable<object[]> Plans() => RepoPaths.PlanFiles.Append(Fixture).Select(f => new object[] { f });

    private static string Fixture => Path.Combine(RepoPaths.Root, "tests", "Cchc.Tests", "Plans", "fixtures", "phuong-ngoc-ha-2026.yaml");

    /// <summary>The Quyết định, the letterheads, titles, preamble, body paragraphs and signatures: everything but the Phụ lục.</summary>
    [Theory]
    [MemberData(nameof(Plans))]
    public void Frame_and_plain_body_rebuild_to_the_same_text(string plan)
    {
        var (original, imported) = RoundTrip(plan, Recognizers.Plain);
        Assert.True(original.Sum(d => d.Count) > 40);
        Assert.Equal(original.Count, imported.Count);
        for (var i = 0; i < original.Count; i++)
        {
            Assert.Equal(WithoutAppendices(original[i]), imported[i]);
        }
    }

    /// <summary>The whole text, the Phụ lục included (task tables and the fixture's indicator table), paragraph for paragraph.</summary>
    [Theory]
    [MemberData(nameof(Plans))]
    public void Whole_documents_rebuild_to_the_same_text(string plan)
    {
        var (original, imported) = RoundTrip(plan, Recognizers.Default);
        Assert.Equal(original, imported);
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void One_file_with_every_document_imports_like_separate_files(string plan)
    {
        var separate = Import(plan, Recognizers.Plain, single: false);
        var single = Import(plan, Recognizers.Plain, single: true);
        Assert.Equal(separate.Yaml, single.Yaml);
    }

    private (List<List<string>> Original, List<List<string>> Imported) RoundTrip(string plan, Recognizers recognizers)
    {
        var result = Import(plan, recognizers, single: false);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var original = Directory.GetFiles(_dir, "*.docx").Order(StringComparer.Ordinal).Select(f => Texts(File.ReadAllBytes(f))).ToList();
        var rebuilt = Compose(Load(result.Yaml!, "imported.yaml")).Select(d => Texts(BuiltDocuments.Write(d))).ToList();
        return (original, rebuilt);
    }

    private ImportResult Import(string plan, Recognizers recognizers, bool single)
    {
        var composed = Composer.Compose(Load(plan), TemplateSet.Builtin);
        var documents = single ? [composed.Single] : composed.Decision is null ? [composed.Plan] : new[] { composed.Decision, composed.Plan };
        var paths = new List<string>();
        foreach (var (document, i) in documents.Select((d, i) => (d, i)))
        {
            var path = Path.Combine(_dir, $"{(single ? "z" : "")}{i}-{Path.GetFileNameWithoutExtension(plan)}.docx");
            File.WriteAllBytes(path, BuiltDocuments.Write(document));
            paths.Add(path);
        }

        // Any order: the Kế hoạch first.
        paths.Reverse();
        var result = PlanImporter.Import(paths, "imported.yaml", recognizers);
        Assert.NotNull(result.Yaml);
        return result;
    }

    private static Package Load(string path) => Load(File.ReadAllText(path), path);

    private static Package Load(string text, string name)
    {
        var loaded = PlanLoader.Load(text, name);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Span.Line}: {d.Message.Vi}")) + "\n" + text);
        return loaded.Package!;
    }

    private static IEnumerable<M.Document> Compose(Package package)
    {
        var result = Composer.Compose(package, TemplateSet.Builtin);
        Assert.False(result.HasErrors);
        return result.Decision is null ? [result.Plan] : [result.Decision, result.Plan];
    }

    /// <summary>The non-empty paragraph texts as the Word reader sees them (labels included).</summary>
    private static List<string> Texts(byte[] docx) => [.. BuiltDocuments.Read(docx).Paragraphs.Select(p => p.DisplayText).Where(t => t.Trim().Length > 0)];

    private static List<string> WithoutAppendices(List<string> texts)
    {
        var at = texts.FindIndex(t => t == "Phụ lục" || t.StartsWith("Phụ lục ", StringComparison.Ordinal) && t.Length <= 14);
        return at < 0 ? texts : texts[..at];
    }
}
