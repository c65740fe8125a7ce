using Cchc.Diff.Matching;
using Cchc.Model;

namespace Cchc.Diff.Compare;

/// <summary>What every comparer of one diff run shares: both plans, the year shift, the vocabulary, the options.</summary>
internal sealed class DiffContext(Package? oldPlan, Package? newPlan, DiffOptions options)
{
    public Package? OldPlan { get; } = oldPlan;

    public Package? NewPlan { get; } = newPlan;

    public DiffOptions Options { get; } = options;

    public int Shift { get; } = oldPlan is null || newPlan is null ? 0 : newPlan.Plan.Period.First - oldPlan.Plan.Period.First;

    public Vocabulary Vocabulary { get; } = new();

    public int[] OldWords(string text) => Vocabulary.Words(text, Shift);

    public int[] NewWords(string text) => Vocabulary.Words(text, 0);

    public TextDiff Text(string oldText, string newText) => WordDiff.Compare(oldText, newText, Shift);

    public double Ratio(string oldText, string newText) =>
        string.Equals(oldText, newText, StringComparison.Ordinal) ? 1 : Similarity.Ratio(OldWords(oldText), NewWords(newText));

    public FieldChange Field(string name, string? oldText, string? newText)
    {
        var diff = Text(oldText ?? "", newText ?? "");
        return new FieldChange(name, diff.Kind, diff);
    }

    /// <summary>A list field: elements paired exactly (after folding), then by similarity, the rest added or removed.</summary>
    public FieldChange Lines(string name, IReadOnlyList<string> olds, IReadOnlyList<string> news)
    {
        if (olds.SequenceEqual(news, StringComparer.Ordinal))
        {
            return new FieldChange(name, ChangeKind.Unchanged, null,
                olds.Select((t, i) => new LineChange(ChangeKind.Unchanged, i, i, WordDiff.Compare(t, t), false)).ToList());
        }

        var lines = ListAligner.Align(this, olds, news);
        var kind = lines.All(l => l.Kind == ChangeKind.Unchanged && !l.Moved) ? ChangeKind.Unchanged
            : lines.All(l => l.Kind is ChangeKind.Unchanged or ChangeKind.Shifted && !l.Moved) ? ChangeKind.Shifted
            : ChangeKind.Modified;
        return new FieldChange(name, kind, null, lines);
    }
}
