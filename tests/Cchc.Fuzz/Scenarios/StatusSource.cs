using Cchc.Fuzz.Mutators;

namespace Cchc.Fuzz.Scenarios;

/// <summary>
/// Mutants of the real status files (plans/*.status.yaml): one to three mutations, status-aware ones
/// (<see cref="StatusMutations"/>) more often than the byte, line and YAML ones. Each goes through <c>status</c> (every
/// format, --by, --exit-code, --as-of), <c>report</c> (every period) and <c>tasks export</c>, beside its plan; none of
/// them may change the status file.
/// </summary>
public sealed class StatusSource : IMutantSource, IScenario
{
    private static readonly string[] Days = ["2026-03-31", "2026-12-31", "2025-01-01", "2030-06-30", "31/03/2026", "2026-06-30"];

    private static readonly string[] Periods = ["Quý I/2026", "6 tháng", "9 tháng", "năm", "Quý IV/2026", "Quý V/0000", "quý 1 năm 1900"];

    private readonly int seed;
    private readonly List<(Seed Status, Seed Plan)> seeds;
    private readonly Corpus corpus;

    public StatusSource(int seed, long count)
    {
        this.seed = seed;
        Count = count;
        var plans = Path.Combine(FuzzPaths.Root, "plans");
        seeds = [.. Directory.EnumerateFiles(plans, "*.status.yaml").Order(StringComparer.Ordinal)
            .Select(f => (new Seed(f, File.ReadAllBytes(f)), PlanOf(f)))];
        if (seeds.Count == 0)
        {
            throw new ArgumentException($"no status file in {plans}");
        }

        corpus = new Corpus(seeds.Select(s => s.Status.Path).Concat(seeds.Select(s => s.Plan.Path)));
    }

    public long Count { get; }

    public Mutant Get(long index)
    {
        var rng = new Random(MutantGenerator.Mix(seed, index));
        var (status, _) = seeds[rng.Next(seeds.Count)];
        var (bytes, names) = MutantGenerator.Stack(status.Bytes, rng, corpus, 6, 9, r => r.Next(3) == 0 ? Mutations.All : StatusMutations.All);
        return new Mutant(index, status, names, bytes, Scenario: this);
    }

    public void Stage(Mutant m, string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "out"));
        var plan = PlanFor(m);
        File.WriteAllBytes(Path.Combine(folder, Path.GetFileName(plan.Path)), plan.Bytes);
        File.WriteAllBytes(Path.Combine(folder, m.FileName), m.Bytes);
    }

    public IReadOnlyList<string> CommandLines(Mutant m, string folder)
    {
        var plan = Path.Combine(folder, Path.GetFileName(PlanFor(m).Path));
        var status = Path.Combine(folder, m.FileName);
        var i = m.Index;
        var day = Days[i % Days.Length];
        var format = new[] { "human", "json", "markdown", "github" }[i % 4];
        var by = new[] { "", "\0--by\0area", "\0--by\0agency", "\0--by\0quarter" }[i / 4 % 4];
        var lang = i % 7 == 0 ? "\0--lang\0en" : "";
        return
        [
            $"status\0{plan}\0--status\0{status}\0--as-of\0{day}\0--format\0{format}{by}{lang}" + (i % 2 == 0 ? "\0--exit-code" : ""),
            $"report\0{plan}\0--period\0{Periods[i % Periods.Length]}\0--status\0{status}\0-o\0{Path.Combine(folder, "out")}" + (i % 3 == 0 ? $"\0--as-of\0{day}" : "") + lang,
            $"tasks\0export\0{plan}\0--status\0{status}\0-o\0{Path.Combine(folder, "out", "nhiem-vu.xlsx")}" + (i % 2 == 1 ? $"\0--date\0{day}" : ""),
        ];
    }

    /// <summary>status, report and tasks export only read the status file.</summary>
    public IEnumerable<Failure> Check(Mutant m, string folder, IReadOnlyList<CommandOutcome> outcomes) =>
        File.ReadAllBytes(Path.Combine(folder, m.FileName)).AsSpan().SequenceEqual(m.Bytes)
            ? []
            : [new Failure("input-changed", string.Join(",", outcomes.Select(o => o.Name)), $"{m.FileName} was changed by a command that only reads it")];

    private Seed PlanFor(Mutant m) => seeds.First(s => s.Status.Path == m.Seed.Path).Plan;

    /// <summary>The plan a status file follows: its sibling without ".status".</summary>
    private static Seed PlanOf(string status)
    {
        var plan = status[..^".status.yaml".Length] + ".yaml";
        return new Seed(plan, File.ReadAllBytes(plan));
    }
}
