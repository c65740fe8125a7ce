using Xunit;
using static Cchc.Tests.Diff.DiffFixtures;
using static Cchc.Tests.Support.PlanYaml;

namespace Cchc.Tests.Redline;

/// <summary>Small plan pairs, one kind of change each, written in YAML as a user would edit a plan.</summary>
internal static class RedlinePairs
{
    public const string Reviewed = "Rà soát thủ tục hành chính thuộc thẩm quyền";
    public const string ReviewedAndPublished = "Rà soát và công bố thủ tục hành chính thuộc thẩm quyền";
    public const string Removed = "Tổ chức tự kiểm tra công tác cải cách hành chính tại các đơn vị";
    public const string Added = "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính";

    private static readonly string Tasks = Group("chi_dao",
            Task("cd-a", "Ban hành Kế hoạch cải cách hành chính năm 2026", "vhxh", "Trước ngày 15/01/2026"),
            Task("cd-b", Removed, "vhxh", "Cả năm 2026"))
        + Group("tthc",
            Task("tthc-a", Reviewed, "vp", "Quý II/2026"),
            Task("tthc-b", "Công khai thủ tục hành chính trên Cổng Dịch vụ công quốc gia", "vp", "Thường xuyên"));

    private const string Body = """
            - title: "NHIỆM VỤ TRỌNG TÂM"
              content:
                - "Đoạn thứ nhất về chỉ đạo, điều hành."
                - "Đoạn thứ hai về kiểm tra."
                - items:
                    - "Tuyên truyền về cải cách hành chính."
                    - "Khảo sát sự hài lòng của người dân."
            - title: "TỔ CHỨC THỰC HIỆN"
              content:
                - "Các phòng, đơn vị triển khai thực hiện."

        """;

    public static string Base => Plan(2026, Tasks, body: Body);

    /// <summary>(name, old YAML, new YAML).</summary>
    public static IEnumerable<(string Name, string Old, string New)> All()
    {
        yield return ("identical", Base, Base);
        yield return ("task removed", Base, Base.Replace(Task("cd-b", Removed, "vhxh", "Cả năm 2026"), "", StringComparison.Ordinal));
        yield return ("task added", Base, Base.Replace(Task("tthc-b", "Công khai thủ tục hành chính trên Cổng Dịch vụ công quốc gia", "vp", "Thường xuyên"),
            Task("tthc-b", "Công khai thủ tục hành chính trên Cổng Dịch vụ công quốc gia", "vp", "Thường xuyên")
            + Task("tthc-c", Added, "vp", "Cả năm 2026"), StringComparison.Ordinal));
        yield return ("task edited", Base, Base.Replace(Task("tthc-a", Reviewed, "vp", "Quý II/2026"),
            Task("tthc-a", ReviewedAndPublished, "ktht", "Quý III/2026", "Quyết định công bố"), StringComparison.Ordinal));
        yield return ("task moved to another group", Base, Base
            .Replace(Task("cd-b", Removed, "vhxh", "Cả năm 2026"), "", StringComparison.Ordinal)
            .Replace(Task("tthc-a", Reviewed, "vp", "Quý II/2026"), Task("tthc-a", Reviewed, "vp", "Quý II/2026") + Task("cd-b", Removed, "vhxh", "Cả năm 2026"), StringComparison.Ordinal));
        yield return ("products listed", Base, Base.Replace(Task("tthc-a", Reviewed, "vp", "Quý II/2026"),
            $"          - {{id: tthc-a, content: \"{Reviewed}\", lead: vp, deadline: \"Quý II/2026\", products: [\"Báo cáo\", \"Danh mục\"]}}\n", StringComparison.Ordinal));
        yield return ("paragraph added", Base, Base.Replace("- \"Đoạn thứ nhất về chỉ đạo, điều hành.\"\n",
            "- \"Đoạn thứ nhất về chỉ đạo, điều hành.\"\n        - \"Đoạn mới về chuyển đổi số.\"\n", StringComparison.Ordinal));
        yield return ("paragraph removed", Base, Base.Replace("        - \"Đoạn thứ hai về kiểm tra.\"\n", "", StringComparison.Ordinal));
        yield return ("paragraph edited", Base, Base.Replace("Đoạn thứ hai về kiểm tra.", "Đoạn thứ hai về kiểm tra, giám sát.", StringComparison.Ordinal));
        yield return ("list item inserted first", Base, Base.Replace("            - \"Tuyên truyền",
            "            - \"Ban hành văn bản hướng dẫn.\"\n            - \"Tuyên truyền", StringComparison.Ordinal));
        yield return ("sections swapped", Base, Plan(2026, Tasks, body: Swap(Body)));
        yield return ("appendix removed", Base, Base[..Base.IndexOf("appendices:", StringComparison.Ordinal)]);
        yield return ("appendix added", Base[..Base.IndexOf("appendices:", StringComparison.Ordinal)], Base);
        yield return ("next year", Base, Base.Replace("2026", "2027", StringComparison.Ordinal));
        var standalone = File.ReadAllText(RealPlan("xa-tan-minh-2026-2030.yaml"));
        yield return ("standalone plan dated and retitled", standalone, standalone
            .Replace("date: \"2025-09\"", "date: \"2025-10-02\"", StringComparison.Ordinal)
            .Replace("Thực hiện Chương trình tổng thể", "Triển khai Chương trình tổng thể", StringComparison.Ordinal));
    }

    public static TheoryData<string> Names() => [.. All().Select(c => c.Name)];

    public static (string Old, string New) Named(string name)
    {
        var pair = All().Single(c => c.Name == name);
        return (pair.Old, pair.New);
    }

    private static string Swap(string body)
    {
        var second = body.IndexOf("    - title: \"TỔ CHỨC", StringComparison.Ordinal);
        return body[second..].TrimEnd('\n') + "\n" + body[..second];
    }
}
