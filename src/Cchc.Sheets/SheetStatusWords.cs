using System.Text;
using Cchc.Model;

namespace Cchc.Sheets;

/// <summary>
/// The status words of the status file and the labels the sheet's drop-down shows, in the order of the list.
/// Mirrors <c>Cchc.Status.StatusWords</c> of the shared contract; at merge this maps onto it.
/// </summary>
public static class SheetStatusWords
{
    public const string NotStartedKey = "chua_thuc_hien";
    public const string DoneKey = "hoan_thanh";

    public static IReadOnlyList<(string Key, string Label)> All { get; } =
    [
        (NotStartedKey, "Chưa thực hiện"),
        ("dang_thuc_hien", "Đang thực hiện"),
        (DoneKey, "Đã hoàn thành"),
        ("tam_dung", "Tạm dừng"),
        ("huy", "Không thực hiện (hủy)"),
    ];

    public static string Label(string key) => All.First(w => w.Key == key).Label;

    public static bool IsKey(string key) => All.Any(w => w.Key == key);

    /// <summary>A label or a key, whatever the case, spacing or diacritics ("da hoan thanh", "HOAN_THANH").</summary>
    public static bool TryParse(string word, out string key)
    {
        var folded = Fold(word);
        foreach (var (k, label) in All)
        {
            if (folded == Fold(k) || folded == Fold(label))
            {
                key = k;
                return true;
            }
        }

        key = "";
        return false;
    }

    /// <summary>The closest label, for "did you mean".</summary>
    public static string? Closest(string word) =>
        Spelling.Closest(Fold(word), All.Select(w => Fold(w.Label))) is { } folded
            ? All.First(w => Fold(w.Label) == folded).Label
            : null;

    /// <summary>Lower case, without diacritics (đ → d), underscores and runs of spaces as one space.</summary>
    private static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Diacritics.IsMark(c))
            {
                continue;
            }

            var ch = char.ToLowerInvariant(Diacritics.BaseOf(c, out _)) switch { 'đ' => 'd', '_' => ' ', var x => x };
            if (!char.IsWhiteSpace(ch))
            {
                sb.Append(ch);
            }
            else if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }

        return sb.ToString().TrimEnd();
    }
}
