using Cchc.Cli;
using Cchc.Fuzz.Mutators;
using Cchc.Import;

namespace Cchc.Fuzz.Scenarios;

/// <summary>
/// Mutants of Word files for <c>import</c> and <c>import --into</c>: the documents <c>build</c> writes for the plans of
/// plans/ (the Quyết định and Kế hoạch, and the single file), imported with the unmutated rest of their package, and
/// the files of the Word corpus (tests/Cchc.Tests/WordCorpus). The --into target is the plan a built document came
/// from, or what importing the unmutated corpus file gave. Every fourth mutant is also imported beside a damaged
/// file whose finding must still be printed. The YAML written must load again; with --dry-run the plan must not change.
/// </summary>
public sealed class WordSource : IMutantSource, IScenario
{
    private const string CompanionName = "companion-hong.docx";
    private const string IntoName = "ke-hoach-dich.yaml";

    private readonly int seed;
    private readonly List<Doc> docs = [];
    private readonly byte[] companion;
    private readonly Corpus corpus;

    /// <param name="Siblings">The other documents of the same build, imported with it.</param>
    /// <param name="Plan">The --into target; null when there is none.</param>
    private sealed record Doc(Seed Seed, IReadOnlyList<Seed> Siblings, Lazy<byte[]?> Plan);

    public WordSource(int seed, long count, string scratch)
    {
        this.seed = seed;
        Count = count;
        var plans = Path.Combine(FuzzPaths.Root, "plans");
        var work = Path.Combine(scratch, $"word-{Environment.ProcessId}");
        try
        {
            foreach (var plan in Directory.EnumerateFiles(plans, "*.yaml").Where(f => !f.EndsWith(".status.yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                var planBytes = File.ReadAllBytes(plan);
                foreach (var single in new[] { false, true })
                {
                    var outDir = Path.Combine(work, Path.GetFileNameWithoutExtension(plan) + (single ? "-single" : ""));
                    using var sink = new StringWriter();
                    if (CliApp.Run(single ? ["build", plan, "-o", outDir, "--single"] : ["build", plan, "-o", outDir], sink, sink) != 0)
                    {
                        continue;
                    }

                    var built = Directory.EnumerateFiles(outDir, "*.docx").Order(StringComparer.Ordinal).Select(f => new Seed(Path.Combine(plans, (single ? "single-" : "") + Path.GetFileName(f)), File.ReadAllBytes(f))).ToList();
                    docs.AddRange(built.Select(d => new Doc(d, [.. built.Where(o => o != d)], new Lazy<byte[]?>(() => planBytes))));
                }
            }
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }

        if (docs.Count == 0)
        {
            throw new ArgumentException($"no plan of {plans} builds");
        }

        var wordCorpus = Path.Combine(FuzzPaths.Root, "tests", "Cchc.Tests", "WordCorpus");
        if (Directory.Exists(wordCorpus))
        {
            foreach (var file in Directory.EnumerateFiles(wordCorpus, "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                docs.Add(new Doc(new Seed(file, File.ReadAllBytes(file)), [], new Lazy<byte[]?>(() => ImportedPlan(file))));
            }
        }

        var first = docs[0].Seed.Bytes;
        companion = first[..(first.Length / 2)];
        corpus = new Corpus([Directory.EnumerateFiles(plans, "*.yaml").Order(StringComparer.Ordinal).First()]);
    }

    public long Count { get; }

    public Mutant Get(long index)
    {
        var rng = new Random(MutantGenerator.Mix(seed, index));
        var doc = docs[rng.Next(docs.Count)];
        _ = doc.Plan.Value; // the first import of a corpus file, outside the mutant's deadline
        var (bytes, names) = MutantGenerator.Stack(doc.Seed.Bytes, rng, corpus, 5, 8, r => r.Next(30) == 0 ? WordMutations.Zip : WordMutations.All);
        return new Mutant(index, doc.Seed, names, bytes, Scenario: this);
    }

    public void Stage(Mutant m, string folder)
    {
        var doc = DocOf(m);
        Directory.CreateDirectory(Path.Combine(folder, "out"));
        File.WriteAllBytes(Path.Combine(folder, m.FileName), m.Bytes);
        foreach (var s in doc.Siblings)
        {
            File.WriteAllBytes(Path.Combine(folder, Path.GetFileName(s.Path)), s.Bytes);
        }

        if (doc.Plan.Value is { } plan)
        {
            File.WriteAllBytes(Path.Combine(folder, IntoName), plan);
        }

        if (WithCompanion(m))
        {
            File.WriteAllBytes(Path.Combine(folder, CompanionName), companion);
        }
    }

    public IReadOnlyList<string> CommandLines(Mutant m, string folder)
    {
        var doc = DocOf(m);
        var i = m.Index;
        var mutant = Path.Combine(folder, m.FileName);
        List<string> words = [mutant];
        if (i % 3 != 0)
        {
            words.AddRange(doc.Siblings.Select(s => Path.Combine(folder, Path.GetFileName(s.Path))));
            if (i % 2 == 0)
            {
                words.Reverse();
            }
        }

        var formats = new[] { "human", "json", "github", "sarif" };
        var lang = i % 7 == 0 ? "\0--lang\0en" : "";
        var files = string.Join('\0', words);
        List<string> lines = [$"import\0{files}\0-o\0{Path.Combine(folder, "out", "nhap.yaml")}\0--force\0--format\0{formats[i % 4]}{lang}"];
        if (doc.Plan.Value is not null)
        {
            lines.Add($"import\0{files}\0--into\0{Path.Combine(folder, IntoName)}\0--format\0{formats[(i + 1) % 4]}" + (DryRun(m) ? "\0--dry-run" : "") + (i % 2 == 0 ? "\0--force" : "") + lang);
        }

        if (WithCompanion(m))
        {
            lines.Add($"import\0{mutant}\0{Path.Combine(folder, CompanionName)}\0-o\0{Path.Combine(folder, "out", "kem.yaml")}\0--force");
        }

        return lines;
    }

    public IEnumerable<Failure> Check(Mutant m, string folder, IReadOnlyList<CommandOutcome> outcomes)
    {
        var failures = Promises.PlanReloads(Path.Combine(folder, "out", "nhap.yaml"), "import").ToList();
        var into = Path.Combine(folder, IntoName);
        if (DocOf(m).Plan.Value is { } plan)
        {
            failures.AddRange(Promises.PlanReloads(into, "import-into"));
            if (DryRun(m) && !File.ReadAllBytes(into).AsSpan().SequenceEqual(plan))
            {
                failures.Add(new("input-changed", "import-into", $"{IntoName} changed under --dry-run"));
            }
        }

        if (WithCompanion(m))
        {
            var companionPath = Path.Combine(folder, CompanionName);
            failures.AddRange(Promises.CompanionFindingsKept(outcomes[^1], companionPath, ["import", companionPath, "-o", Path.Combine(folder, "out", "kem-rieng.yaml"), "--force"]));
        }

        return failures;
    }

    private static bool DryRun(Mutant m) => m.Index % 3 == 0;

    private static bool WithCompanion(Mutant m) => m.Index % 4 == 1;

    private Doc DocOf(Mutant m) => docs.First(d => d.Seed.Path == m.Seed.Path);

    /// <summary>The plan importing the unmutated corpus file gives, when it gives one.</summary>
    private static byte[]? ImportedPlan(string file)
    {
        var result = PlanImporter.Import([file], IntoName);
        return result.Yaml is { } yaml && !result.HasErrors ? System.Text.Encoding.UTF8.GetBytes(yaml) : null;
    }
}
