using System.Text;

namespace Cchc.Fuzz;

/// <summary>results.tsv in the output folder: one line per mutant run, appended, so a restarted run resumes and sums.</summary>
public sealed class ResultsLog(string outDir)
{
    private readonly Lock gate = new();

    public string Path { get; } = System.IO.Path.Combine(outDir, "results.tsv");

    /// <summary>index, exit codes (v,b,d,n; "-" when not run), failure kinds, seed file, mutations.</summary>
    public void Append(MutantResult r)
    {
        var exits = string.Join(',', r.Commands.Select(c => $"{c.Name}={(c.Exit is { } e ? e.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")}"));
        var kinds = r.Failures.Count == 0 ? "ok" : string.Join(',', r.Failures.Select(f => $"{f.Kind}@{f.Command}").Distinct());
        var line = $"{r.Mutant.Index}\t{exits}\t{kinds}\t{r.Mutant.FileName}\t{string.Join('+', r.Mutant.Mutations)}\t{r.Milliseconds}\n";
        lock (gate)
        {
            File.AppendAllText(Path, line);
        }
    }

    /// <summary>The last line of each index (a mutant re-run after a crash counts once).</summary>
    public Dictionary<long, string[]> Read()
    {
        var rows = new Dictionary<long, string[]>();
        if (File.Exists(Path))
        {
            foreach (var line in File.ReadLines(Path))
            {
                var cells = line.Split('\t');
                if (cells.Length >= 3 && long.TryParse(cells[0], out var index))
                {
                    rows[index] = cells;
                }
            }
        }

        return rows;
    }
}
