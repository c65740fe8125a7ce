using Cchc.Model.Documents;

namespace Cchc.Composition;

/// <summary>
/// Where the composed blocks and table rows come from, for tools that relate a document back to its plan (a
/// redline). Filled only when handed to <see cref="Composer.Compose(Cchc.Model.Package, Templates.TemplateSet, CompositionTrace?)"/>;
/// blocks and rows are looked up by reference. Origins are plan model objects: a <see cref="Cchc.Model.Node"/> for
/// a section heading (a run-in heading with its first paragraph included), a <see cref="Cchc.Model.ParagraphBlock"/>,
/// list <see cref="Cchc.Model.Item"/>, <see cref="Cchc.Model.Indicator"/> or <see cref="Cchc.Model.IndicatorGroup"/>
/// for a body paragraph, a <see cref="PreambleLine"/>; a <see cref="Cchc.Model.TaskGroup"/>,
/// <see cref="Cchc.Model.PlanTask"/> or <see cref="Cchc.Model.Indicator"/> for a table row. Other blocks
/// (titles, "Kèm theo" lines, rules, header rows) have none.
/// </summary>
public sealed class CompositionTrace
{
    private readonly Dictionary<object, object> _origins = new(ReferenceEqualityComparer.Instance);

    public object? OriginOf(DocBlock block) => _origins.GetValueOrDefault(block);

    public object? OriginOf(TableRow row) => _origins.GetValueOrDefault(row);

    internal void Record(object composed, object origin) => _origins[composed] = origin;
}

/// <summary>The plan's preamble paragraph at <see cref="Index"/>.</summary>
public sealed record PreambleLine(int Index);
