using Cchc.Diff;
using Cchc.Model;
using YamlNode = Cchc.Yaml.YNode;

namespace Cchc.Import.Into;

/// <summary>
/// One line of a document list the plan writes as a sequence, one item a line (Nơi nhận, căn cứ, the Kế hoạch's
/// preamble): what the clerk retyped, added or deleted. The plan's items are the baseline's lines one for one, so a
/// line's old index is its item. An added line goes after the line above it that both sides have (else before the
/// one below it); a moved line, or one the callbacks cannot write, is reported.
/// </summary>
internal sealed class LineEdits(PlanTextEdits edits, Action<SourceSpan, string?, string, string> unplaced)
{
    /// <param name="seq">The plan's sequence.</param>
    /// <param name="added">The Word file's line (by its new index) as this sequence's YAML value.</param>
    /// <param name="retyped">Writes the Word file's line (new index) into the plan's item (old index); false when it cannot.</param>
    /// <param name="what">The list, for a report: "một dòng Nơi nhận" / "a Nơi nhận line".</param>
    public void Apply(FieldChange field, YamlNode seq, Func<int, string> added, Func<int, int, bool> retyped, (string Vi, string En) what)
    {
        var lines = field.Lines ?? [];
        var kept = lines.Where(l => l.OldIndex >= 0 && l.NewIndex >= 0 && !l.Moved).ToList();
        var removed = lines.Count(l => l.Kind == ChangeKind.Removed);
        foreach (var line in lines.Where(l => l.Kind is not ChangeKind.Unchanged))
        {
            var done = line switch
            {
                { Moved: true } => false,
                { OldIndex: >= 0, NewIndex: >= 0 } => retyped(line.OldIndex, line.NewIndex),
                { OldIndex: >= 0 } => removed < seq.Items.Count && edits.DeleteItem(seq, line.OldIndex),
                _ => edits.InsertValue(seq, Place(kept, line.NewIndex, seq.Items.Count), added(line.NewIndex)),
            };
            if (!done)
            {
                var at = line.OldIndex >= 0 && line.OldIndex < seq.Items.Count ? seq.Items[line.OldIndex].Span : seq.Span;
                unplaced(at, line.Text.New.Length > 0 ? line.Text.New : line.Text.Old, $"{what.Vi} ({Kind(line)})", $"{what.En} ({line.Kind})");
            }
        }
    }

    /// <summary>Where a new line goes among the plan's items: after the kept line above it, else before the one below, else last.</summary>
    private static int Place(List<LineChange> kept, int newIndex, int count) =>
        kept.LastOrDefault(k => k.NewIndex < newIndex) is { } above ? above.OldIndex + 1
        : kept.FirstOrDefault(k => k.NewIndex > newIndex) is { } below ? below.OldIndex
        : count;

    private static string Kind(LineChange line) => line.Moved ? "chuyển chỗ" : line.Kind switch
    {
        ChangeKind.Added => "thêm",
        ChangeKind.Removed => "xóa",
        _ => "sửa",
    };
}
