using Cchc.Model.Documents;

namespace Cchc.Redline;

/// <summary>
/// A table of the redline: rows the diff paired (a task by id, an indicator, a group by area; header rows by
/// position) merged cell by cell, the others whole deleted or inserted rows. The derived TT column is text
/// like any other: a row renumbered shows its old number deleted and the new one inserted.
/// </summary>
internal sealed class TableMerge(Origins olds, Origins news)
{
    /// <summary>Above this many paragraph pairs a cell is aligned by position only.</summary>
    private const int MaxCellPairs = 10_000;

    public Table Merge(Table old, Table @new)
    {
        var pairs = Keys.Pair(olds.Keys(old.Rows), news.Keys(@new.Rows),
            (i, j) => old.Rows[i].Kind == @new.Rows[j].Kind && old.Rows[i].Cells.Count == @new.Rows[j].Cells.Count);
        var rows = new List<TableRow>(@new.Rows.Count);
        foreach (var step in SequenceMerge.Merge(old.Rows.Count, @new.Rows.Count, pairs))
        {
            rows.Add(step switch
            {
                { IsPair: true } => Row(old.Rows[step.Old], @new.Rows[step.New]),
                { New: >= 0 } => @new.Rows[step.New] with { Revision = Revision.Inserted },
                _ => old.Rows[step.Old] with { Revision = Revision.Deleted },
            });
        }

        return new Table(@new.ColumnWeights, rows);
    }

    private static TableRow Row(TableRow old, TableRow @new)
    {
        var cells = @new.Cells.Select((cell, c) => Cell(old.Cells[c], cell)).ToArray();
        return cells.Where((cell, c) => !ReferenceEquals(cell, @new.Cells[c])).Any() ? new TableRow(@new.Kind, cells) : @new;
    }

    /// <summary>
    /// A cell's paragraphs (one per product in a product list) paired by equal text, those left between two
    /// such pairs by position, and word-diffed; the new cell itself when nothing changed.
    /// </summary>
    private static TableCell Cell(TableCell old, TableCell @new)
    {
        var o = old.Paragraphs;
        var n = @new.Paragraphs;
        if (SameRuns(o, n))
        {
            return @new;
        }

        var changed = o.Count != n.Count;
        var paragraphs = new List<Paragraph>(n.Count);
        foreach (var step in SequenceMerge.Merge(o.Count, n.Count, Align(o, n)))
        {
            if (step.IsPair)
            {
                var runs = RunMerge.Merge(o[step.Old].Runs, n[step.New].Runs);
                changed |= runs is not null;
                paragraphs.Add(runs is null ? n[step.New] : n[step.New] with { Runs = runs });
            }
            else
            {
                changed = true;
                paragraphs.Add(step.New >= 0 ? n[step.New] with { Revision = Revision.Inserted } : o[step.Old] with { Revision = Revision.Deleted });
            }
        }

        return changed ? new TableCell(paragraphs) : @new;
    }

    /// <summary>
    /// As many paragraphs with runs of the same texts: what most cells of a big table are. The merge below would
    /// pair them all in place and find no text changed, so it is skipped.
    /// </summary>
    private static bool SameRuns(IReadOnlyList<Paragraph> o, IReadOnlyList<Paragraph> n)
    {
        if (o.Count != n.Count)
        {
            return false;
        }

        for (var k = 0; k < o.Count; k++)
        {
            var a = o[k].Runs;
            var b = n[k].Runs;
            if (a.Count != b.Count)
            {
                return false;
            }

            for (var r = 0; r < a.Count; r++)
            {
                if (!string.Equals(a[r].Text, b[r].Text, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static List<(int Old, int New)> Align(IReadOnlyList<Paragraph> o, IReadOnlyList<Paragraph> n)
    {
        var equal = (long)o.Count * n.Count <= MaxCellPairs ? CommonTexts(o, n) : [];
        var pairs = new List<(int, int)>();
        int i = 0, j = 0;
        foreach (var (ei, ej) in equal.Append((o.Count, n.Count)))
        {
            for (; i < ei && j < ej; i++, j++)
            {
                pairs.Add((i, j));
            }

            if (ei < o.Count)
            {
                pairs.Add((ei, ej));
            }

            (i, j) = (ei + 1, ej + 1);
        }

        return pairs;
    }

    /// <summary>A longest common subsequence of the paragraphs' texts.</summary>
    private static List<(int, int)> CommonTexts(IReadOnlyList<Paragraph> o, IReadOnlyList<Paragraph> n)
    {
        var a = o.Select(p => p.Text).ToArray();
        var b = n.Select(p => p.Text).ToArray();
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var result = new List<(int, int)>();
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (string.Equals(a[i], b[j], StringComparison.Ordinal))
            {
                result.Add((i++, j++));
            }
            else if (lcs[i + 1, j] >= lcs[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return result;
    }
}
