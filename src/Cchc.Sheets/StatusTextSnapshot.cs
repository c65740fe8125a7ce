using Cchc.Status;

namespace Cchc.Sheets;

/// <summary>
/// The state of each task as a status file records it, read by <c>Cchc.Status</c>'s loader (the one
/// <c>cchc status</c> uses): the entry in force on a day, as the spreadsheet side sees it.
/// </summary>
public sealed class StatusTextSnapshot : IStatusSnapshot
{
    private readonly StatusFile? _file;

    private StatusTextSnapshot(StatusFile? file) => _file = file;

    public static StatusTextSnapshot Empty { get; } = new(null);

    /// <summary>Null when the text cannot be read as a status file at all (its findings are <c>cchc status</c>'s to report).</summary>
    public static StatusTextSnapshot? Parse(string text, string path) =>
        StatusLoader.LoadText(text, path).File is { } file ? new StatusTextSnapshot(file) : null;

    public TaskState? At(string taskId, DateOnly day) => _file?.At(taskId, day) is { } e
        ? new TaskState(StatusWords.Key(e.Status), e.Completed, e.Result, e.Products, e.Note)
        : null;
}
