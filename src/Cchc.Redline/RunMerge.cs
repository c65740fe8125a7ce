using Cchc.Diff;
using Cchc.Model.Documents;

namespace Cchc.Redline;

/// <summary>
/// The runs of a paragraph paired with an old one: the word diff of their texts, as runs. Equal words keep
/// the new runs' formatting; deleted words keep the old runs' formatting and are marked deleted; inserted
/// words are marked inserted. The old runs' texts join to the old text, the new runs' to the new text.
/// </summary>
internal static class RunMerge
{
    /// <summary>The merged runs, or null when the two texts are the same (a change of formatting alone is not tracked).</summary>
    public static IReadOnlyList<Run>? Merge(IReadOnlyList<Run> oldRuns, IReadOnlyList<Run> newRuns)
    {
        var oldText = string.Concat(oldRuns.Select(r => r.Text));
        var newText = string.Concat(newRuns.Select(r => r.Text));
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            return null;
        }

        var olds = new RunReader(oldRuns);
        var news = new RunReader(newRuns);
        var merged = new List<Run>();
        foreach (var edit in WordDiff.Compare(oldText, newText).Edits)
        {
            switch (edit.Op)
            {
                case EditOp.Equal:
                    olds.Skip(edit.Old.Length);
                    merged.AddRange(news.Take(edit.New.Length, Revision.None));
                    break;
                case EditOp.Delete:
                    merged.AddRange(olds.Take(edit.Old.Length, Revision.Deleted));
                    break;
                case EditOp.Insert:
                    merged.AddRange(news.Take(edit.New.Length, Revision.Inserted));
                    break;
                default:
                    // Shifted years only come with a year shift; here a changed year is a change.
                    merged.AddRange(olds.Take(edit.Old.Length, Revision.Deleted));
                    merged.AddRange(news.Take(edit.New.Length, Revision.Inserted));
                    break;
            }
        }

        return Compact(merged);
    }

    /// <summary>Every run marked <paramref name="revision"/>.</summary>
    public static IReadOnlyList<Run> Marked(IReadOnlyList<Run> runs, Revision revision) =>
        runs.Select(r => r with { Revision = revision }).ToArray();

    /// <summary>Neighbouring runs of the same formatting and revision as one.</summary>
    private static List<Run> Compact(List<Run> runs)
    {
        var result = new List<Run>(runs.Count);
        foreach (var run in runs)
        {
            if (result.Count > 0 && result[^1] is { } last && last.Bold == run.Bold && last.Italic == run.Italic && last.Revision == run.Revision)
            {
                result[^1] = last with { Text = last.Text + run.Text };
            }
            else
            {
                result.Add(run);
            }
        }

        return result;
    }

    /// <summary>Reads a paragraph's runs as one text, handing out pieces with the formatting of the runs they come from.</summary>
    private sealed class RunReader(IReadOnlyList<Run> runs)
    {
        private int _run;
        private int _offset;

        public void Skip(int length)
        {
            foreach (var _ in Take(length, Revision.None))
            {
            }
        }

        public IEnumerable<Run> Take(int length, Revision revision)
        {
            while (length > 0)
            {
                if (_run >= runs.Count)
                {
                    throw new InvalidOperationException("The word diff covers more text than the runs hold.");
                }

                var run = runs[_run];
                var count = Math.Min(length, run.Text.Length - _offset);
                if (count > 0)
                {
                    yield return run with { Text = run.Text.Substring(_offset, count), Revision = revision };
                }

                length -= count;
                _offset += count;
                if (_offset >= run.Text.Length)
                {
                    (_run, _offset) = (_run + 1, 0);
                }
            }
        }
    }
}
