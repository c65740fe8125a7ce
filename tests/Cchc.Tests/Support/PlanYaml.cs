using System.Text;

namespace Cchc.Tests.Support;

/// <summary>
/// Plans written as YAML text for tests, the one generator of them: a small valid plan of a given year with the
/// appendix groups, body sections and indicators a test needs, and large plans for the scale tests.
/// </summary>
internal static class PlanYaml
{
    private static readonly string[] AreaKeys = ["chi_dao", "the_che", "tthc", "bo_may", "cong_vu", "tai_chinh", "so"];

    /// <summary>An indicator entry for <see cref="Plan"/>.</summary>
    public static string Indicator(string id, string text) => $"            - {{id: {id}, text: \"{text}\"}}\n";

    /// <summary>A valid plan of <paramref name="year"/> whose appendix holds <paramref name="groups"/> (YAML lines of a groups list).</summary>
    public static string Plan(int year, string groups, string body = "", string indicators = "")
    {
        var sb = new StringBuilder();
        sb.Append($$"""
            cchc: 1
            issuer: {body: "Ủy ban nhân dân", unit: phường, name: "Thử", province: "thành phố Hải Phòng"}
            agencies:
              vhxh: {name: "Phòng Văn hoá – Xã hội", short: "Phòng VHXH", abbr: "VHXH"}
              vp: {name: "Văn phòng HĐND và UBND phường", short: "Văn phòng", abbr: "VP"}
              ktht: {name: "Phòng Kinh tế, Hạ tầng và Đô thị", short: "Phòng KTHT", abbr: "KTHT"}
            decision:
              number: "12"
              date: "{{year}}-01-12"
              title: "Ban hành Kế hoạch cải cách hành chính năm {{year}}"
              bases:
                - {kind: "Nghị quyết", number: "76", symbol: "NQ-CP", date: "2021-07-15", issuer: "Chính phủ", title: "ban hành Chương trình tổng thể"}
              executors: "Trưởng các phòng, đơn vị liên quan"
              recipients: ["Như Điều 3"]
              archive: [VT, vhxh]
              signer: {title: "CHỦ TỊCH", name: "Nguyễn Văn A"}
            plan:
              title: "Cải cách hành chính năm {{year}}"
              period: "{{year}}"
              body:
                - title: "MỤC ĐÍCH, YÊU CẦU"
                  role: purpose
                  content:
                    - "Nâng cao chất lượng cải cách hành chính năm {{year}}."

            """);
        if (indicators.Length > 0)
        {
            sb.Append("    - title: \"Một số chỉ tiêu chủ yếu:\"\n      role: indicators\n      content:\n        - indicators:\n");
            sb.Append(indicators);
        }

        sb.Append(body);
        sb.Append("""
                - title: "KINH PHÍ"
                  role: funding
                  content: ["Kinh phí bố trí trong dự toán."]
            appendices:
              - kind: tasks
                title: "DANH MỤC NHIỆM VỤ"
                groups:

            """);
        sb.Append(groups);
        return sb.ToString();
    }

    public static string Task(string id, string content, string lead, string deadline, string products = "Báo cáo") =>
        $"          - {{id: {id}, content: \"{content}\", lead: {lead}, deadline: \"{deadline}\", products: \"{products}\"}}\n";

    public static string Group(string area, params string[] tasks) => $"      - area: {area}\n        tasks:\n" + string.Concat(tasks);

    /// <summary>
    /// A valid plan of 2026 with <paramref name="tasks"/> tasks spread over the seven areas, task i taking its
    /// id, content (null: left out) and deadline from the functions, for the scale tests.
    /// </summary>
    public static string ManyTasks(int tasks, Func<int, string> id, Func<int, string?> content, Func<int, string> deadline)
    {
        var groups = new StringBuilder();
        var perGroup = (tasks / AreaKeys.Length) + 1;
        for (var g = 0; g < AreaKeys.Length; g++)
        {
            var entries = Enumerable.Range(g * perGroup, perGroup).Where(i => i < tasks && content(i) is not null)
                .Select(i => Task(id(i), content(i)!, i % 2 == 0 ? "vhxh" : "vp", deadline(i))).ToArray();
            groups.Append(Group(AreaKeys[g], entries));
        }

        return Plan(2026, groups.ToString());
    }

    /// <summary>The content <see cref="ManyTasks"/> plans give task <paramref name="i"/> unless told otherwise.</summary>
    public static string TaskContent(int i) => $"Triển khai nhiệm vụ số {i} về cải cách hành chính, bảo đảm tiến độ và chất lượng theo kế hoạch";
}
