namespace Cchc.Diff;

/// <summary>Which plan a side of the diff is: its path as given and its period ("2025", "2026-2030"); empty for a missing side.</summary>
public sealed record DiffSide(string Path, string Period);

/// <summary>
/// The change set between two plans. Every list holds every item of both plans, unchanged ones included, in
/// the new plan's order followed by what only the old plan had. <see cref="YearShift"/> is new period start −
/// old period start: old years moved by it count as <see cref="ChangeKind.Shifted"/>, not as changes.
/// </summary>
public sealed record PlanDiff(
    DiffSide Old,
    DiffSide New,
    int YearShift,
    IReadOnlyList<FieldChange> Document,
    IReadOnlyList<AgencyChange> Agencies,
    IReadOnlyList<SectionChange> Sections,
    IReadOnlyList<ParagraphChange> Paragraphs,
    IReadOnlyList<IndicatorChange> Indicators,
    IReadOnlyList<GroupChange> TaskGroups,
    IReadOnlyList<TaskChange> Tasks)
{
    private DiffSummary? _summary;

    public DiffSummary Summary => _summary ??= DiffSummary.Of(this);

    public bool HasDifferences => Summary.HasDifferences;
}
