using System.Text;
using Cchc.Cli;
using Cchc.Diff;
using Cchc.Model;
using Cchc.Tests.Support;
using Cchc.Yaml;
using Xunit;

namespace Cchc.Tests.Diff;

/// <summary>Small plans written in the test, the real plans, and the CLI run in-process.</summary>
internal static class DiffFixtures
{
    public static string RealPlan(string name) => Path.Combine(RepoPaths.Plans, name);

    public static Package Load(string path)
    {
        var loaded = PlanLoader.LoadFile(path, path);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics.Select(d => d.Message.Vi)));
        return loaded.Package!;
    }

    public static Package Parse(string yaml, string path = "test.yaml")
    {
        var loaded = PlanLoader.Load(yaml, path);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics.Select(d => $"{d.Span}: {d.Message.Vi}")));
        return loaded.Package!;
    }

    public static PlanDiff Compare(string oldYaml, string newYaml) => PlanDiffer.Compare(Parse(oldYaml, "old.yaml"), Parse(newYaml, "new.yaml"));

    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

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
}
