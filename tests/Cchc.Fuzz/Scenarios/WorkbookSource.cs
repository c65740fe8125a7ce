using Cchc.Fuzz.Mutators;
using Cchc.Model;
using Cchc.Sheets;
using Cchc.Yaml;

namespace Cchc.Fuzz.Scenarios;

/// <summary>
/// Mutants of the workbooks <c>tasks export</c> writes for the plans of plans/ (every task, and per lead agency; as
/// exported and as a department filled it in), through <c>tasks import --into</c> the plan's status file (every
/// format, with and without --date, sometimes --dry-run), and beside a workbook with bad cells whose findings
/// must all still be printed. The status file written must load again; with --dry-run it must not change.
/// </summary>
public sealed class WorkbookSource : IMutantSource, IScenario
{
    private const string CompanionName = "companion-hong.xlsx";

    private static readonly string[] Days = ["2026-03-31", "2026-12-31", "31/03/2026", "2025-01-01", "2026-01-15"];

    private static readonly DateOnly Exported = new(2026, 3, 31);

    private readonly int seed;
    private readonly List<Book> books = [];
    private readonly Corpus corpus;
    private readonly Dictionary<string, byte[]> companions = new(StringComparer.Ordinal);

    private sealed record Book(Seed Workbook, Seed Plan, Seed? Status);

    public WorkbookSource(int seed, long count)
    {
        this.seed = seed;
        Count = count;
        var plans = Path.Combine(FuzzPaths.Root, "plans");
        foreach (var file in Directory.EnumerateFiles(plans, "*.yaml").Where(f => !f.EndsWith(".status.yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            if (PlanLoader.LoadFile(file, Path.GetFileName(file)).Package is not { } plan)
            {
                continue;
            }

            var planSeed = new Seed(file, File.ReadAllBytes(file));
            var statusPath = file[..^".yaml".Length] + ".status.yaml";
            var status = File.Exists(statusPath) ? new Seed(statusPath, File.ReadAllBytes(statusPath)) : null;
            IStatusSnapshot snapshot = status is null ? StatusTextSnapshot.Empty : StatusTextSnapshot.Parse(File.ReadAllText(statusPath), statusPath) ?? StatusTextSnapshot.Empty;
            var agencies = plan.Registry.Keys.Where(a => TaskSheetWriter.TasksOf(plan, a).Count > 0).Order(StringComparer.Ordinal).Take(2);
            foreach (var agency in new string?[] { null }.Concat(agencies))
            {
                var stem = Path.GetFileNameWithoutExtension(file) + "-" + (agency ?? "tat-ca");
                var exported = TaskSheetWriter.Write(plan, agency, snapshot, Exported);
                if (agency is null && TaskSheetWriter.TasksOf(plan, null).Count >= 3)
                {
                    // Three bad cells at known places: a status off the list, a negative date, a date on a task not done.
                    companions[file] = WorkbookMutations.Fill(exported, [("Xong rồi", null), ("Đã hoàn thành", -5), ("Đang thực hiện", 46112)]);
                }

                books.Add(new Book(new Seed(Path.Combine(plans, stem + ".xlsx"), exported), planSeed, status));
                books.Add(new Book(new Seed(Path.Combine(plans, stem + "-da-dien.xlsx"), WorkbookMutations.Fill(exported, Answers())), planSeed, status));
            }
        }

        if (books.Count == 0)
        {
            throw new ArgumentException($"no plan to export in {plans}");
        }

        corpus = new Corpus(books.Select(b => b.Plan.Path).Distinct());
    }

    public long Count { get; }

    public Mutant Get(long index)
    {
        var rng = new Random(MutantGenerator.Mix(seed, index));
        var book = books[rng.Next(books.Count)];
        var (bytes, names) = MutantGenerator.Stack(book.Workbook.Bytes, rng, corpus, 5, 8, r => r.Next(25) == 0 ? WorkbookMutations.Zip : WorkbookMutations.All);
        return new Mutant(index, book.Workbook, names, bytes, Scenario: this);
    }

    public void Stage(Mutant m, string folder)
    {
        var book = BookOf(m);
        File.WriteAllBytes(Path.Combine(folder, Path.GetFileName(book.Plan.Path)), book.Plan.Bytes);
        if (book.Status is { } status)
        {
            File.WriteAllBytes(Path.Combine(folder, Path.GetFileName(status.Path)), status.Bytes);
        }

        File.WriteAllBytes(Path.Combine(folder, m.FileName), m.Bytes);
        if (WithCompanion(m))
        {
            File.WriteAllBytes(Path.Combine(folder, CompanionName), companions[book.Plan.Path]);
        }
    }

    public IReadOnlyList<string> CommandLines(Mutant m, string folder)
    {
        var i = m.Index;
        var into = StatusPath(m, folder);
        var sheet = Path.Combine(folder, m.FileName);
        var format = new[] { "human", "json", "github", "sarif" }[i % 4];
        var options = (i % 2 == 0 ? $"\0--date\0{Days[i / 2 % Days.Length]}" : "") + (DryRun(m) ? "\0--dry-run" : "") + (i % 7 == 0 ? "\0--lang\0en" : "");
        List<string> lines = [$"tasks\0import\0{sheet}\0--into\0{into}\0--format\0{format}{options}"];
        if (WithCompanion(m))
        {
            lines.Add($"tasks\0import\0{sheet}\0{Path.Combine(folder, CompanionName)}\0--into\0{into}\0--dry-run");
        }

        return lines;
    }

    public IEnumerable<Failure> Check(Mutant m, string folder, IReadOnlyList<CommandOutcome> outcomes)
    {
        var into = StatusPath(m, folder);
        var failures = Promises.StatusReloads(into, "tasks-import").ToList();
        if (DryRun(m) && BookOf(m).Status is { } status && !File.ReadAllBytes(into).AsSpan().SequenceEqual(status.Bytes))
        {
            failures.Add(new("input-changed", "tasks-import", $"{Path.GetFileName(into)} changed under --dry-run"));
        }

        if (outcomes.Count > 1)
        {
            var companionPath = Path.Combine(folder, CompanionName);
            failures.AddRange(Promises.CompanionFindingsKept(outcomes[1], companionPath, ["tasks", "import", companionPath, "--into", into, "--dry-run"]));
        }

        return failures;
    }

    private static bool DryRun(Mutant m) => m.Index % 5 == 0;

    private bool WithCompanion(Mutant m) => m.Index % 4 == 1 && companions.ContainsKey(BookOf(m).Plan.Path);

    private Book BookOf(Mutant m) => books.First(b => b.Workbook.Path == m.Seed.Path);

    private string StatusPath(Mutant m, string folder) =>
        Path.Combine(folder, Path.GetFileNameWithoutExtension(BookOf(m).Plan.Path) + ".status.yaml");

    /// <summary>A department's answers for its first rows: done on a day, in progress, paused, cancelled.</summary>
    private static List<(string, double?)> Answers() =>
        [("Đã hoàn thành", ExcelDates.Serial(new DateOnly(2026, 3, 20))), ("Đang thực hiện", null), ("Tạm dừng", null), ("Đã hoàn thành", ExcelDates.Serial(new DateOnly(2026, 2, 2))), ("Không thực hiện (hủy)", null)];
}
