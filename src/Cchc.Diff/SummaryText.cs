namespace Cchc.Diff;

/// <summary>The one-paragraph Vietnamese summary that every output format starts with.</summary>
internal static class SummaryText
{
    public static string Vietnamese(DiffSummary s)
    {
        if (!s.HasDifferences)
        {
            return "Hai kế hoạch không có khác biệt.";
        }

        var sentences = new List<string>();
        var t = s.Tasks;
        if (t.Any || t.Unchanged > 0)
        {
            var fields = Parts(("đổi nội dung", s.TaskFields.Content), ("đổi cơ quan chủ trì", s.TaskFields.Lead),
                ("đổi cơ quan phối hợp", s.TaskFields.Co), ("đổi thời hạn", s.TaskFields.Deadline), ("đổi sản phẩm", s.TaskFields.Products));
            var extra = Parts(("chuyển nhóm", t.Moved), ("có thể đổi mã", t.Renamed), ("chỉ đổi năm", t.Shifted), ("trùng mã nhưng khác việc", t.SuspectedReuse));
            sentences.Add($"Thêm {t.Added} nhiệm vụ, bỏ {t.Removed}, sửa {t.Modified}"
                + (fields.Count > 0 ? $" ({string.Join(", ", fields)})" : "")
                + (extra.Count > 0 ? ", " + string.Join(", ", extra) : ""));
        }

        Add(sentences, "Chỉ tiêu", s.Indicators, "chuyển mục");
        Add(sentences, "Mục", s.Sections, "chuyển chỗ");
        Add(sentences, "Đoạn văn", s.Paragraphs, "chuyển chỗ");
        Add(sentences, "Nhóm nhiệm vụ", s.Groups, "đổi thứ tự");
        Add(sentences, "Cơ quan", s.Agencies, "");
        Add(sentences, "Thông tin văn bản", s.Document, "");
        return string.Join(". ", sentences) + ".";
    }

    private static void Add(List<string> sentences, string what, ItemCounts c, string movedWord)
    {
        var parts = Parts(("thêm", c.Added), ("bỏ", c.Removed), ("sửa", c.Modified), (movedWord, c.Moved),
            ("có thể đổi mã", c.Renamed), ("chỉ đổi năm", c.Shifted), ("trùng mã nhưng khác việc", c.SuspectedReuse));
        if (parts.Count > 0)
        {
            sentences.Add($"{what}: {string.Join(", ", parts)}");
        }
    }

    private static List<string> Parts(params (string Label, int Count)[] parts) =>
        parts.Where(p => p.Count > 0 && p.Label.Length > 0).Select(p => $"{p.Label} {p.Count}").ToList();
}
