using System.Globalization;
using System.Text;

// Writes synthetic but realistic plans for benchmarks:
//   plangen tasks N OUT.yaml     one plan with N tasks in its appendix
//   plangen plans N DIR          N plans (45 tasks each, the size of a real ward plan)
//   plangen document PLAN OUT    PLAN's whole documents as cchc composes them, for the peers: OUT.json, OUT.html
//   plangen paragraph N random|near OLD.yaml NEW.yaml
//                                two plans whose funding paragraph has N words: "random" draws both from the same
//                                words in different orders (an edit distance near 2N), "near" changes every 100th word
if (args.Length == 5 && args[0] == "paragraph" && int.TryParse(args[1], CultureInfo.InvariantCulture, out var words) && args[2] is "random" or "near")
{
    var (oldText, newText) = LongParagraph.Pair(words, args[2] == "near");
    File.WriteAllText(args[3], LongParagraph.Into(PlanText.Generate("Bến Thủy", 45), oldText), new UTF8Encoding(false));
    File.WriteAllText(args[4], LongParagraph.Into(PlanText.Generate("Bến Thủy", 45), newText), new UTF8Encoding(false));
    return 0;
}

if (args.Length == 3 && args[0] == "document")
{
    return WholeDocument.Write(args[1], args[2]);
}

if (args.Length != 3 || !int.TryParse(args[1], CultureInfo.InvariantCulture, out var n) || n < 1)
{
    Console.Error.WriteLine("usage: plangen tasks N OUT.yaml | plangen document PLAN OUT | plangen plans N DIR | plangen paragraph N random|near OLD NEW");
    return 2;
}

if (args[0] == "tasks")
{
    File.WriteAllText(args[2], PlanText.Generate("Bến Thủy", n), new UTF8Encoding(false));
    return 0;
}

Directory.CreateDirectory(args[2]);
for (var i = 1; i <= n; i++)
{
    File.WriteAllText(Path.Combine(args[2], $"phuong-{i:D4}-2026.yaml"), PlanText.Generate($"Số {i}", 45), new UTF8Encoding(false));
}

return 0;

internal sealed record SyntheticTask(int Id, string Area, string GroupTitle, string Content, string Lead, string LeadName, string Co, string Deadline, string[] Products);

internal static class PlanText
{
    public static readonly (string Area, string Title)[] Areas =
    [
        ("chi_dao", "Công tác chỉ đạo, điều hành"), ("the_che", "Cải cách thể chế"), ("tthc", "Cải cách thủ tục hành chính"),
        ("bo_may", "Cải cách tổ chức bộ máy"), ("cong_vu", "Cải cách chế độ công vụ"), ("tai_chinh", "Cải cách tài chính công"),
        ("so", "Xây dựng và phát triển chính quyền điện tử, chính quyền số"),
    ];

    private static readonly string[] Deadlines =
    [
        "Cả năm 2026", "Thường xuyên", "Quý I/2026", "Quý III,IV/2026", "Tháng 11 /2026", "Trước ngày 15/01/2026",
        "Tháng 01/2026 đến tháng 5/2026", "Theo yêu cầu của thành phố", "6 tháng đầu năm 2026",
    ];

    private static readonly string[] Leads = ["vhxh", "vp", "ttpvhcc", "ktht"];

    private static readonly string[] LeadNames = ["Phòng VHXH", "Văn phòng HĐND&UBND", "Trung tâm phục vụ HCC", "Phòng KTHT&ĐT"];

    public static IEnumerable<SyntheticTask> Tasks(int tasks)
    {
        var perGroup = tasks / Areas.Length;
        var id = 0;
        for (var g = 0; g < Areas.Length; g++)
        {
            var count = g == Areas.Length - 1 ? tasks - (perGroup * (Areas.Length - 1)) : perGroup;
            for (var t = 0; t < count; t++)
            {
                id++;
                yield return new SyntheticTask(id, Areas[g].Area, Areas[g].Title,
                    $"Triển khai nhiệm vụ số {id} về {Areas[g].Title.ToLowerInvariant()}, bảo đảm tiến độ và chất lượng theo kế hoạch",
                    Leads[id % Leads.Length], LeadNames[id % Leads.Length], "Các phòng, đơn vị chuyên môn",
                    Deadlines[id % Deadlines.Length], ["Kế hoạch;", "Báo cáo kết quả thực hiện"]);
            }
        }
    }

    public static string Generate(string ward, int tasks)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $$"""
            cchc: 1
            issuer: {body: "Ủy ban nhân dân", unit: phường, name: "{{ward}}", province: "thành phố Hải Phòng"}
            agencies:
              vhxh: {name: "Phòng Văn hoá – Xã hội", short: "Phòng VHXH", abbr: "VHXH"}
              vp: {name: "Văn phòng HĐND và UBND phường", short: "Văn phòng HĐND&UBND", abbr: "VP"}
              ttpvhcc: {name: "Trung tâm phục vụ hành chính công", short: "Trung tâm phục vụ HCC", abbr: "PVHCC"}
              ktht: {name: "Phòng Kinh tế, Hạ tầng và Đô thị", short: "Phòng KTHT&ĐT", abbr: "KTHT&ĐT"}
              cac_phong_cm: {name: "Các phòng, đơn vị chuyên môn", kind: group}
            decision:
              number: "15"
              date: "2026-01-12"
              title: "Ban hành Kế hoạch Cải cách hành chính nhà nước phường {{ward}} năm 2026"
              bases:
                - {kind: "Luật", title: "Tổ chức chính quyền địa phương", date: "2025-06-16", date_style: long}
                - {kind: "Nghị quyết", number: "76", symbol: "NQ-CP", date: "2021-07-15", date_style: long, issuer: "Chính phủ", title: "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030"}
              proposer: "Trưởng phòng Văn hoá – Xã hội"
              executors: "Chánh Văn phòng HĐND&UBND phường, Trưởng các phòng, cơ quan, đơn vị liên quan"
              recipients: ["Như Điều 3", "Sở Nội vụ", {to: "Ban Chỉ đạo CCHC phường", note: "b/c"}]
              archive: [VT, vhxh]
              signer: {title: "CHỦ TỊCH", name: "Nguyễn Văn An"}
            plan:
              title: "Cải cách hành chính nhà nước phường {{ward}} năm 2026"
              period: "2026"
              preamble: ["Ủy ban nhân dân phường ban hành Kế hoạch cải cách hành chính nhà nước năm 2026 với các nội dung cụ thể như sau:"]
              body:
                - title: "MỤC ĐÍCH, YÊU CẦU"
                  role: purpose
                  content:
                    - {items: ["Công tác cải cách hành chính tiếp tục được xác định là nhiệm vụ trọng tâm.", "Nâng cao mức độ hài lòng của người dân, tổ chức và doanh nghiệp."], style: alpha_vi}
                    - title: "Một số chỉ tiêu chủ yếu:"
                      role: indicators
                      content:
                        - indicators:
                            - {id: ind-hai-long, text: "Mức độ hài lòng của người dân và doanh nghiệp về giải quyết thủ tục hành chính đạt tối thiểu 90%.", targets: [{op: ge, value: 90}], area: tthc}
                          style: alpha_vi
                - title: "NHIỆM VỤ, GIẢI PHÁP"
                  role: tasks
                  content:

            """);
        foreach (var (area, _) in Areas)
        {
            sb.Append(CultureInfo.InvariantCulture, $"        - {{area: {area}, content: [{{items: [\"Tổ chức thực hiện đồng bộ, có hiệu quả các nhiệm vụ của lĩnh vực.\", \"Tăng cường kiểm tra, đôn đốc việc thực hiện.\"], style: alpha_vi}}]}}\n");
        }

        sb.Append("""
                    - "(Danh mục nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này)."
                - {title: "KINH PHÍ", role: funding, content: ["Kinh phí thực hiện Kế hoạch được bố trí trong nguồn kinh phí cải cách hành chính nhà nước năm 2026 của phường."]}
                - title: "TỔ CHỨC THỰC HIỆN"
                  role: implementation
                  content:
                    - {title: "Phòng Văn hoá – Xã hội:", role: responsibility, agency: vhxh, leads: [chi_dao], content: [{items: ["Chủ trì, phối hợp tổ chức thực hiện Kế hoạch."]}]}
                    - "Trong quá trình tổ chức thực hiện Kế hoạch này, nếu phát sinh vướng mắc, các phòng, đơn vị báo cáo Ủy ban nhân dân phường xem xét, quyết định./."
            appendices:
              - kind: tasks
                title: "DANH MỤC NHIỆM VỤ, CÔNG VIỆC CỤ THỂ TRIỂN KHAI,\nTHỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026"
                groups:

            """);
        foreach (var group in Tasks(tasks).GroupBy(t => t.Area))
        {
            sb.Append(CultureInfo.InvariantCulture, $"      - area: {group.Key}\n        tasks:\n");
            foreach (var t in group)
            {
                sb.Append(CultureInfo.InvariantCulture,
                    $"          - {{id: t{t.Id:D5}, content: \"{t.Content}\", lead: {t.Lead}, co: cac_phong_cm, deadline: \"{t.Deadline}\", products: [\"{t.Products[0]}\", \"{t.Products[1]}\"]}}\n");
            }
        }

        return sb.ToString();
    }
}

/// <summary>One very long paragraph of plan text (a pasted report), in two versions.</summary>
internal static class LongParagraph
{
    private const string Funding = "Kinh phí thực hiện Kế hoạch được bố trí trong nguồn kinh phí cải cách hành chính nhà nước năm 2026 của phường.";

    private static readonly string[] Vocabulary =
        "cải cách hành chính nhà nước phường thủ tục người dân doanh nghiệp chính quyền số công vụ tài chính công tổ chức bộ máy thể chế kiểm tra đôn đốc triển khai thực hiện bảo đảm tiến độ chất lượng hiệu quả nâng cao mức độ hài lòng giải quyết hồ sơ trực tuyến dịch vụ công"
            .Split(' ');

    public static (string Old, string New) Pair(int words, bool near)
    {
        var random = new Random(20261202);
        var old = Enumerable.Range(0, words).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).ToArray();
        var neu = near
            ? old.Select((w, i) => i % 100 == 50 ? Vocabulary[random.Next(Vocabulary.Length)] + " mới" : w).ToArray()
            : Enumerable.Range(0, words).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).ToArray();
        return (string.Join(' ', old) + ".", string.Join(' ', neu) + ".");
    }

    public static string Into(string plan, string paragraph) => plan.Replace(Funding, paragraph, StringComparison.Ordinal);
}
