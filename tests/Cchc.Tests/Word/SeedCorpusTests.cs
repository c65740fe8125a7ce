using System.Text.Json.Nodes;
using Cchc.Tests.Support;
using Cchc.Word;
using Xunit;

namespace Cchc.Tests.Word;

/// <summary>
/// The seed-shaped corpus of WordCorpus/seeds (made by WordCorpus/make_seed_docs.py with python-docx, LibreOffice
/// and pandoc): each file holds what its expected facts say, as the Word reader sees it. This is the baseline the
/// import measures against: what the reader gives, the importer can lose but never gain.
/// </summary>
public sealed class SeedCorpusTests
{
    public static string Folder => Path.Combine(Corpus.Folder, "seeds");

    public static IEnumerable<string> ExpectedFiles =>
        Directory.EnumerateFiles(Folder, "*.expected.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    public static TheoryData<string> Files() => [.. ExpectedFiles];

    public sealed record Facts(string File, string Producer, string Text, List<string> Parts, bool WordNumbering,
        bool MergedLeadCells, int Paragraphs, int Words, int Tasks, int TasksAllFive, int TaskGroups);

    public static Facts Load(string expectedJson)
    {
        var j = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, expectedJson)))!;
        return new Facts(
            (string)j["file"]!, (string)j["producer"]!, (string)j["text"]!,
            [.. j["parts"]!.AsArray().Select(p => (string)p!)], (bool)j["word_numbering"]!, (bool)j["merged_lead_cells"]!,
            (int)j["paragraphs"]!, (int)j["words"]!, (int)j["tasks"]!, (int)j["tasks_all_five"]!, (int)j["task_groups"]!);
    }

    public static string ExpectedText(Facts facts) => File.ReadAllText(Path.Combine(Folder, facts.Text));

    private static WordDocument Read(Facts facts)
    {
        var result = WordReader.Read(Path.Combine(Folder, facts.File));
        Assert.Empty(result.Diagnostics);
        return result.Document!;
    }

    [Fact]
    public void The_corpus_has_every_seed_in_every_flavour()
    {
        var files = ExpectedFiles.ToList();
        foreach (var seed in new[] { "000", "001", "002", "003", "004" })
        {
            foreach (var flavour in new[] { "pydocx", "lo", "pandoc" })
            {
                Assert.Contains($"seed{seed}-{flavour}.expected.json", files);
            }
        }

        Assert.Contains("seed002-tracked.expected.json", files);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_reader_shows_every_word_of_the_file_in_order(string expectedJson)
    {
        var facts = Load(expectedJson);
        var text = string.Join("\n", Read(facts).Paragraphs.Select(p => p.DisplayText));
        var r = WordRecovery.Measure(ExpectedText(facts), text);
        Assert.Equal(facts.Words, r.Words);
        Assert.True(r.Reproduced == r.Words, $"{facts.File}: the reader shows {r}");
    }

    /// <summary>LibreOffice's own text export (labels included) is the view of the files that owes nothing to
    /// cchc: it must show every word of each file's expected text, in order — the corpus is what it claims.</summary>
    [SkippableFact]
    public void LibreOffice_shows_every_word_of_every_corpus_file_in_order()
    {
        Tools.RequireLibreOffice();
        var outDir = Path.Combine(Path.GetTempPath(), "cchc-seed-corpus-" + Guid.NewGuid().ToString("N"));
        try
        {
            var facts = ExpectedFiles.Select(Load).ToList();
            var (exit, _, stderr) = LibreOffice.Run("soffice", TimeSpan.FromMinutes(5),
                ["--headless", "--norestore", $"-env:UserInstallation={new Uri(Path.Combine(outDir, "profile")).AbsoluteUri}",
                 "--convert-to", "txt:Text (encoded):UTF8", "--outdir", outDir, .. facts.Select(f => Path.Combine(Folder, f.File))]);
            Assert.True(exit == 0, stderr);
            foreach (var f in facts)
            {
                var shown = File.ReadAllText(Path.Combine(outDir, Path.ChangeExtension(f.File, ".txt")));
                var r = WordRecovery.Measure(ExpectedText(f), shown);
                Assert.True(r.Reproduced == r.Words, $"{f.File}: LibreOffice shows {r}");
            }
        }
        finally
        {
            if (Directory.Exists(outDir))
            {
                Directory.Delete(outDir, recursive: true);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Task_tables_hold_the_expected_rows_with_their_header_row(string expectedJson)
    {
        var facts = Load(expectedJson);
        var tables = Read(facts).Tables.Where(t => t.Rows.Count > 0 && t.Rows[0].Cells.Count == 6).ToList();
        if (facts.Tasks == 0)
        {
            Assert.Empty(tables);
            return;
        }

        var table = Assert.Single(tables);
        Assert.Equal(1, table.HeaderRows);
        var taskRows = table.Rows.Where(r => int.TryParse(r.Cells[0].Text, out _)).ToList();
        Assert.Equal(facts.Tasks, taskRows.Count);
        Assert.Equal(facts.TaskGroups, table.Rows.Count - 1 - taskRows.Count);
        var merged = taskRows.Count(r => r.CellAt(2)!.VerticalMerge == VerticalMerge.Continue);
        Assert.Equal(facts.MergedLeadCells, merged > 0);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Word_numbering_landscape_appendix_and_tracked_changes_are_where_the_facts_say(string expectedJson)
    {
        var facts = Load(expectedJson);
        var doc = Read(facts);
        var numbered = doc.Paragraphs.Count(p => p.Numbering is not null && p.Label is { Length: > 0 });
        Assert.Equal(facts.WordNumbering, numbered > 0);
        var landscape = doc.Sections.Any(s => s.Orientation == PageOrientation.Landscape);
        Assert.Equal(facts.Parts.Contains("phu-luc") && !facts.Producer.StartsWith("pandoc", StringComparison.Ordinal), landscape);
    }
}
