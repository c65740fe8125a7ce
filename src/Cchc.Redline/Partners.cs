using Cchc.Diff;

namespace Cchc.Redline;

/// <summary>
/// What the semantic diff paired, as old → new: model objects by reference (sections, body paragraphs, list
/// items, indicators, task groups, tasks) and list positions (preamble paragraphs, appendices by title).
/// </summary>
internal sealed class Partners
{
    private readonly Dictionary<object, object> _objects = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<int, int> _preamble;
    private readonly Dictionary<int, int> _appendices;

    public Partners(PlanDiff diff)
    {
        foreach (var s in diff.Sections)
        {
            Add(s.Old, s.New);
        }

        foreach (var p in diff.Paragraphs)
        {
            Add(p.Old?.Source, p.New?.Source);
        }

        foreach (var i in diff.Indicators)
        {
            Add(i.Old, i.New);
        }

        foreach (var g in diff.TaskGroups)
        {
            Add(g.Old, g.New);
        }

        foreach (var t in diff.Tasks)
        {
            Add(t.Old, t.New);
        }

        _preamble = Lines(diff, "plan.preamble");
        _appendices = Lines(diff, "appendices.title");
    }

    /// <summary>The new side's counterpart of an old model object, if the diff paired it.</summary>
    public object? Of(object old) => _objects.GetValueOrDefault(old);

    /// <summary>The new position of the old preamble paragraph <paramref name="index"/>, or -1.</summary>
    public int Preamble(int index) => _preamble.GetValueOrDefault(index, -1);

    /// <summary>The new position of the old appendix <paramref name="index"/> paired by its title, or -1.</summary>
    public int Appendix(int index) => _appendices.GetValueOrDefault(index, -1);

    private void Add(object? old, object? @new)
    {
        if (old is not null && @new is not null)
        {
            _objects.TryAdd(old, @new);
        }
    }

    private static Dictionary<int, int> Lines(PlanDiff diff, string field) =>
        diff.Document.FirstOrDefault(f => f.Field == field)?.Lines?
            .Where(l => l.OldIndex >= 0 && l.NewIndex >= 0)
            .GroupBy(l => l.OldIndex)
            .ToDictionary(g => g.Key, g => g.First().NewIndex)
        ?? [];
}
