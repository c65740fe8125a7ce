using Cchc.Model;

namespace Cchc.Diff;

/// <summary>
/// A task of a task appendix, paired by id (or, when its id exists on one side only, by content: "có thể là").
/// <see cref="OldRow"/>/<see cref="NewRow"/> are the 1-based rows across the appendix (the TT of continuous
/// numbering), -1 when absent. A redline writer finds the table rows through them or through the model objects.
/// </summary>
public sealed record TaskChange(
    ChangeKind Kind,
    PlanTask? Old,
    PlanTask? New,
    string? OldArea,
    string? NewArea,
    int OldRow,
    int NewRow,
    bool Moved,
    bool ProbablyRenamed,
    bool SuspectedReuse,
    double Similarity,
    IReadOnlyList<FieldChange> Fields)
{
    public string Id => New?.Id ?? Old!.Id;
}

/// <summary>An indicator with an id, paired like a task; <see cref="Moved"/> when its section or area changed.</summary>
public sealed record IndicatorChange(
    ChangeKind Kind,
    Indicator? Old,
    Indicator? New,
    Node? OldSection,
    Node? NewSection,
    bool Moved,
    bool ProbablyRenamed,
    bool SuspectedReuse,
    double Similarity,
    IReadOnlyList<FieldChange> Fields)
{
    public string Id => New?.Id ?? Old?.Id ?? "";
}

/// <summary>A group (one area) of a task appendix; <see cref="Moved"/> when the groups were reordered.</summary>
public sealed record GroupChange(ChangeKind Kind, TaskGroup? Old, TaskGroup? New, bool Moved, IReadOnlyList<FieldChange> Fields)
{
    public string Area => New?.Area ?? Old!.Area;
}

/// <summary>An entry of the agency registry, paired by code.</summary>
public sealed record AgencyChange(ChangeKind Kind, Agency? Old, Agency? New, IReadOnlyList<FieldChange> Fields)
{
    public string Code => New?.Code ?? Old!.Code;
}
