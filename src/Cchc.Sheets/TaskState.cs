namespace Cchc.Sheets;

/// <summary>
/// The state of one task as the spreadsheet side sees it: the status key of the status file
/// ("chua_thuc_hien" …), the completion date, the result, the products and a note.
/// </summary>
public sealed record TaskState(string StatusKey, DateOnly? Completed, string? Result, IReadOnlyList<string> Products, string? Note)
{
    public static TaskState NotStarted { get; } = new(SheetStatusWords.NotStartedKey, null, null, [], null);

    public bool SameAs(TaskState other) =>
        StatusKey == other.StatusKey && Completed == other.Completed && Result == other.Result
        && Note == other.Note && Products.SequenceEqual(other.Products, StringComparer.Ordinal);
}

/// <summary>
/// Where export and import read the current state of a task: the adapter point to <c>Cchc.Status</c>
/// (<see cref="StatusTextSnapshot"/> reads it from a status file through <c>Cchc.Status</c>).
/// </summary>
public interface IStatusSnapshot
{
    /// <summary>The state of <paramref name="taskId"/> on <paramref name="day"/>: its latest entry dated on or before it; null without one.</summary>
    TaskState? At(string taskId, DateOnly day);
}
