using System.Text;

namespace Cchc.Fuzz;

/// <summary>A failing mutant saved as failures/INDEX-KIND/: the mutant and the files beside it as its scenario stages them, and repro.txt.</summary>
public static class Reproducers
{
    /// <param name="outcomes">What each command printed, kept in output.txt (none for a crash).</param>
    public static string Save(string outDir, Mutant m, IEnumerable<Failure> failures, IReadOnlyList<CommandOutcome>? outcomes = null)
    {
        var list = failures.ToList();
        var dir = Path.Combine(outDir, "failures", $"{m.Index:D7}-{list[0].Kind}");
        Directory.CreateDirectory(dir);
        m.Runs.Stage(m, dir);
        var text = new StringBuilder()
            .AppendLine($"mutant {m.Index} of seed {m.Seed.Path}; mutations: {string.Join(" + ", m.Mutations)}")
            .AppendLine("reproduce (in this folder):");
        foreach (var line in m.Runs.CommandLines(m, "."))
        {
            text.AppendLine("  cchc " + string.Join(' ', line.Split('\0').Select(Quote)));
        }

        text.AppendLine("failed:");
        foreach (var f in list)
        {
            text.AppendLine($"- {f.Kind} in {f.Command}: {f.Detail}");
        }

        File.WriteAllText(Path.Combine(dir, "repro.txt"), text.ToString());
        if (outcomes is { Count: > 0 })
        {
            File.WriteAllText(Path.Combine(dir, "output.txt"), string.Concat(outcomes.Select(o =>
                $"$ cchc {string.Join(' ', o.Args.Select(Quote))}\nexit {o.Exit}\n{Cut(o.Stdout)}\n--- stderr\n{Cut(o.Stderr)}\n\n")));
        }

        return dir;
    }

    private static string Cut(string text) => text.Length <= 20_000 ? text : text[..20_000] + "\n…";

    private static string Quote(string a) => a.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'') ? $"'{a}'" : a;
}
