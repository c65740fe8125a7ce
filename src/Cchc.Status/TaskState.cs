using Cchc.Model;

namespace Cchc.Status;

/// <summary>
/// One task of the plan on the day of a summary. <see cref="Due"/> is the end of the deadline's interval (null for a
/// free-text or conditional deadline); <see cref="Entry"/> is the status entry in force that day (null: no report yet,
/// the task counts as not started).
/// </summary>
public sealed record TaskState(
    PlanTask Task,
    string Area,
    string AreaTitle,
    string Lead,
    IReadOnlyList<string> LeadKeys,
    DateOnly? Start,
    DateOnly? Due,
    TaskStatus Status,
    StatusEntry? Entry,
    TaskClass Class,
    string QuarterKey,
    string QuarterLabel)
{
    public string Id => Task.Id;

    /// <summary>The due day is known and is on or before the day of the summary.</summary>
    public bool IsDue { get; init; }

    /// <summary>The note of the entry in force ("lý do chậm", "lý do tạm dừng"), if any.</summary>
    public string? Note => Entry?.Note;
}

/// <summary>The tasks of one area, one lead agency or one quarter of deadline, with their counts.</summary>
public sealed record StatusGroup(string Key, string Label, StatusCounts Counts, IReadOnlyList<TaskState> Tasks);

/// <summary>Why a task is in the completion rate's denominator.</summary>
public enum CountedReason
{
    /// <summary>Its due day is on or before the day of the summary (and it is not cancelled).</summary>
    Due,

    /// <summary>Not due yet, but already done: done work counts.</summary>
    DoneEarly,

    /// <summary>Done, with a free-text or conditional deadline.</summary>
    DoneNoDeadline,
}

public sealed record CountedTask(TaskState Task, CountedReason Reason);

/// <summary>
/// The plan's completion rate: <see cref="Done"/> ÷ <see cref="Counted"/>. A task counts when it is due by the day
/// (cancelled ones excepted) or when it is done; <see cref="Tasks"/> lists each with its reason. Null percent when
/// nothing counts yet.
/// </summary>
public sealed record CompletionRate(int Done, int Counted, decimal? Percent, IReadOnlyList<CountedTask> Tasks);
