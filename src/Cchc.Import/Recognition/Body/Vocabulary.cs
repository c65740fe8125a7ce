using Cchc.Import.Recognition.Ids;

namespace Cchc.Import.Recognition.Body;

/// <summary>The words of a heading that say what a section is (its role) or which reform area it covers.</summary>
internal static class Vocabulary
{
    // First match wins; phrases are folded and lower-cased, matched on word boundaries.
    private static readonly (string Phrase, string Role)[] Roles =
    [
        ("to chuc thuc hien", "implementation"),
        ("kinh phi", "funding"),
        ("chi tieu", "indicators"),
        ("muc dich", "purpose"),
        ("yeu cau", "requirements"),
        ("muc tieu", "goals"),
        ("nhiem vu", "tasks"),
        ("giai phap", "solutions"),
    ];

    private static readonly (string Phrase, string Area)[] AreaPhrases =
    [
        ("chi dao dieu hanh", "chi_dao"),
        ("the che", "the_che"),
        ("thu tuc hanh chinh", "tthc"),
        ("tthc", "tthc"),
        ("bo may", "bo_may"),
        ("cong vu", "cong_vu"),
        ("tai chinh cong", "tai_chinh"),
        ("chinh phu so", "so"),
        ("chinh phu dien tu", "so"),
        ("chinh quyen dien tu", "so"),
        ("chinh quyen so", "so"),
        ("chuyen doi so", "so"),
    ];

    public static string? RoleOf(string heading) => First(Roles, heading);

    public static string? AreaOf(string heading) => First(AreaPhrases, heading);

    private static string? First((string Phrase, string Value)[] table, string heading)
    {
        var key = " " + TextFold.Key(heading) + " ";
        foreach (var (phrase, value) in table)
        {
            if (key.Contains(" " + phrase + " ", StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }
}
