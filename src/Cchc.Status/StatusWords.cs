using Cchc.Model;

namespace Cchc.Status;

/// <summary>The state a department reports for a task (the status file's <c>status:</c>).</summary>
public enum TaskStatus
{
    NotStarted,
    InProgress,
    Done,
    Paused,
    Cancelled,
}

/// <summary>The words of <see cref="TaskStatus"/>: the key written in the file and the label users read.</summary>
public static class StatusWords
{
    private static readonly (TaskStatus Status, string Key, string Label, string En)[] Words =
    [
        (TaskStatus.NotStarted, "chua_thuc_hien", "Chưa thực hiện", "Not started"),
        (TaskStatus.InProgress, "dang_thuc_hien", "Đang thực hiện", "In progress"),
        (TaskStatus.Done, "hoan_thanh", "Đã hoàn thành", "Done"),
        (TaskStatus.Paused, "tam_dung", "Tạm dừng", "Paused"),
        (TaskStatus.Cancelled, "huy", "Không thực hiện (hủy)", "Cancelled"),
    ];

    public static IReadOnlyList<TaskStatus> All { get; } = [.. Words.Select(w => w.Status)];

    public static IReadOnlyList<string> Keys { get; } = [.. Words.Select(w => w.Key)];

    public static string Key(TaskStatus s) => Words[(int)s].Key;

    public static string Label(TaskStatus s) => Words[(int)s].Label;

    public static string EnglishLabel(TaskStatus s) => Words[(int)s].En;

    /// <summary>Accepts the keys and the labels, whatever the case, the diacritics, and spaces or underscores
    /// ("Đã hoàn thành", "hoàn thành", "HOAN_THANH", "tạm dừng").</summary>
    public static bool TryParse(string word, out TaskStatus s)
    {
        var folded = Fold(word);
        foreach (var (status, forms) in Accepted)
        {
            if (forms.Contains(folded))
            {
                s = status;
                return true;
            }
        }

        s = TaskStatus.NotStarted;
        return false;
    }

    /// <summary>The label closest to a word that is none of them, for "did you mean" (null when none is close).</summary>
    public static string? ClosestLabel(string word) =>
        Spelling.Closest(Fold(word), Words.Select(w => Fold(w.Label))) is { } folded ? Words.First(w => Fold(w.Label) == folded).Label : null;

    /// <summary>Every folded form <see cref="TryParse"/> accepts, for "did you mean".</summary>
    internal static IEnumerable<string> AcceptedForms => Accepted.SelectMany(a => a.Forms);

    // Per status: the key, the folded label, the label without "đã", and for huy the label without its parenthesis.
    private static readonly (TaskStatus Status, string[] Forms)[] Accepted = [.. Words.Select(w => (w.Status, new[]
        {
            w.Key, Fold(w.Label), Fold(w.Label).Replace("da_", "", StringComparison.Ordinal),
            w.Status == TaskStatus.Cancelled ? "khong_thuc_hien" : w.Key,
        }.Distinct(StringComparer.Ordinal).ToArray()))];

    /// <summary>Lower case, no tone or vowel marks, đ as d, runs of spaces and punctuation as one underscore.</summary>
    internal static string Fold(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        var pendingSeparator = false;
        foreach (var ch in Diacritics.Compose(text.Trim()).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (pendingSeparator && sb.Length > 0)
                {
                    sb.Append('_');
                }

                pendingSeparator = false;
                sb.Append(ch == 'đ' ? 'd' : Diacritics.BaseOf(ch, out _));
            }
            else if (!Diacritics.IsMark(ch))
            {
                pendingSeparator = true;
            }
        }

        return sb.ToString();
    }
}
