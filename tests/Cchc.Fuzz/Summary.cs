using System.Text;

namespace Cchc.Fuzz;

/// <summary>The figures of a run, from results.tsv: mutants, exit codes per command, failures by kind, reproducers.</summary>
public sealed record Summary(string Text, int Failing)
{
    /// <summary>Every kind of failure, in the order the summary lists them.</summary>
    public static readonly string[] Kinds =
    [
        "crash", "hang", "exception", "unexpected-error", "internal-error", "exit-code", "stack-trace", "unpositioned", "bad-json",
        "hidden-findings", "partial-file", "input-changed", "reload", "malformed-docx", "openxml-invalid",
    ];

    public static Summary From(Dictionary<long, string[]> rows, TimeSpan elapsed, string outDir)
    {
        var exits = new SortedDictionary<string, SortedDictionary<string, int>>(StringComparer.Ordinal);
        var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failing = 0;
        foreach (var cells in rows.Values)
        {
            foreach (var pair in cells[1].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var (cmd, code) = (pair.Split('=')[0], pair.Split('=')[^1]);
                var perCommand = exits.TryGetValue(cmd, out var d) ? d : exits[cmd] = new(StringComparer.Ordinal);
                perCommand[code] = perCommand.GetValueOrDefault(code) + 1;
            }

            if (cells[2] != "ok")
            {
                failing++;
                foreach (var kind in cells[2].Split(',').Select(k => k.Split('@')[0]).Distinct())
                {
                    kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
                }
            }
        }

        var sb = new StringBuilder()
            .AppendLine($"cchc-fuzz: {rows.Count} mutants in {elapsed.TotalSeconds:F0} s ({rows.Count / Math.Max(0.001, elapsed.TotalSeconds):F1}/s), {failing} failing")
            .AppendLine("exit codes: " + string.Join("; ", exits.Select(e => $"{e.Key} " + string.Join(" ", e.Value.Select(v => $"{v.Key}:{v.Value}")))));
        foreach (var k in Kinds)
        {
            sb.Append($"{k}: {kinds.GetValueOrDefault(k)}  ");
        }

        sb.AppendLine();
        var failures = Path.Combine(outDir, "failures");
        if (failing > 0 && Directory.Exists(failures))
        {
            sb.AppendLine($"reproducers ({failures}):");
            foreach (var dir in Directory.GetDirectories(failures).Order(StringComparer.Ordinal).Take(200))
            {
                var first = File.ReadLines(Path.Combine(dir, "repro.txt")).SkipWhile(l => !l.StartsWith("- ", StringComparison.Ordinal)).FirstOrDefault() ?? "";
                sb.AppendLine($"  {Path.GetFileName(dir)}: {first[..Math.Min(first.Length, 200)]}");
            }
        }

        return new Summary(sb.ToString(), failing);
    }
}
