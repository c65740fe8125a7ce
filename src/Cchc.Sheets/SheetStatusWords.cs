using Cchc.Status;

namespace Cchc.Sheets;

/// <summary>
/// The status words as the sheet uses them: keys of the status file ("chua_thuc_hien" …) and the labels of the
/// drop-down, in list order — <see cref="StatusWords"/>'s, seen as strings.
/// </summary>
public static class SheetStatusWords
{
    public static readonly string NotStartedKey = StatusWords.Key(Cchc.Status.TaskStatus.NotStarted);
    public static readonly string DoneKey = StatusWords.Key(Cchc.Status.TaskStatus.Done);

    public static IReadOnlyList<(string Key, string Label)> All { get; } = [.. StatusWords.All.Select(s => (StatusWords.Key(s), StatusWords.Label(s)))];

    public static string Label(string key) => All.First(w => w.Key == key).Label;

    public static bool IsKey(string key) => All.Any(w => w.Key == key);

    /// <summary>A label or a key, whatever the case, spacing or diacritics ("da hoan thanh", "HOAN_THANH").</summary>
    public static bool TryParse(string word, out string key)
    {
        var ok = StatusWords.TryParse(word, out var status);
        key = ok ? StatusWords.Key(status) : "";
        return ok;
    }

    /// <summary>The closest label, for "did you mean".</summary>
    public static string? Closest(string word) => StatusWords.ClosestLabel(word);
}
