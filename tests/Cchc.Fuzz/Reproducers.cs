using System.Text;

namespace Cchc.Fuzz;

/// <summary>A failing mutant saved as failures/INDEX-KIND/: the mutant under its seed's name, the seed, and repro.txt.</summary>
public static class Reproducers
{
    public static string Save(string outDir, Mutant m, IEnumerable<Failure> failures)
    {
        var list = failures.ToList();
        var dir = Path.Combine(outDir, "failures", $"{m.Index:D7}-{list[0].Kind}");
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, m.FileName), m.Bytes);
        File.WriteAllBytes(Path.Combine(dir, "seed-" + m.FileName), m.Seed.Bytes);
        var text = new StringBuilder()
            .AppendLine($"mutant {m.Index} of seed {m.Seed.Path}; mutations: {string.Join(" + ", m.Mutations)}")
            .AppendLine("reproduce (in this folder):");
        foreach (var line in MutantRun.CommandLines(m, m.FileName, "seed-" + m.FileName, "out"))
        {
            text.AppendLine("  cchc " + string.Join(' ', line.Split('\0').Select(Quote)));
        }

        text.AppendLine("failed:");
        foreach (var f in list)
        {
            text.AppendLine($"- {f.Kind} in {f.Command}: {f.Detail}");
        }

        File.WriteAllText(Path.Combine(dir, "repro.txt"), text.ToString());
        return dir;
    }

    private static string Quote(string a) => a.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'') ? $"'{a}'" : a;
}
