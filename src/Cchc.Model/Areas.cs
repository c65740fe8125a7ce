namespace Cchc.Model;

/// <summary>The fixed reform areas, in canonical order (§5).</summary>
public static class Areas
{
    public static readonly IReadOnlyList<(string Key, string Title)> Canonical =
    [
        ("chi_dao", "Công tác chỉ đạo, điều hành"),
        ("the_che", "Cải cách thể chế"),
        ("tthc", "Cải cách thủ tục hành chính"),
        ("bo_may", "Cải cách tổ chức bộ máy"),
        ("cong_vu", "Cải cách chế độ công vụ"),
        ("tai_chinh", "Cải cách tài chính công"),
        ("so", "Xây dựng và phát triển chính quyền điện tử, chính quyền số"),
    ];

    public static int Order(string key)
    {
        for (var i = 0; i < Canonical.Count; i++)
        {
            if (Canonical[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    public static bool IsKnown(string key) => Order(key) >= 0;

    public static string DefaultTitle(string key) => Canonical[Order(key)].Title;
}
