using System.Globalization;
using System.Text;
using Cchc.Model;

namespace Cchc.Cli.Init;

/// <summary>The issuing unit named on the command line: "phường Hải Dương" is unit "phường", name "Hải Dương".</summary>
internal sealed record IssuingUnit(string Unit, string Name)
{
    /// <summary>The unit words the plan format knows (issuer.unit), longest first so "thành phố" wins over nothing shorter.</summary>
    public static readonly IReadOnlyList<string> Units = ["thành phố", "đặc khu", "phường", "tỉnh", "xã"];

    public string Full => $"{Unit} {Name}";

    /// <summary>Parses "phường X", "xã Y", … (the unit word in any case); null when no known unit word starts it or no name follows.</summary>
    public static IssuingUnit? Parse(string text)
    {
        var trimmed = Diacritics.Compose(text).Trim();
        foreach (var unit in Units)
        {
            if (trimmed.Length > unit.Length && trimmed.StartsWith(unit, StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(trimmed[unit.Length]))
            {
                var name = trimmed[unit.Length..].Trim();
                return name.Length == 0 ? null : new IssuingUnit(unit, name);
            }
        }

        return null;
    }

    /// <summary>The file-name form: "phường Hải Dương" → "phuong-hai-duong" (no diacritics, đ → d, other characters → "-"; managed, as string.Normalize does nothing under invariant globalization).</summary>
    public string Slug()
    {
        var builder = new StringBuilder();
        foreach (var c in Diacritics.Compose(Full).ToLowerInvariant())
        {
            if (Diacritics.IsMark(c))
            {
                continue;
            }

            var letter = c == 'đ' ? 'd' : Diacritics.BaseOf(c, out _);
            builder.Append(letter is >= 'a' and <= 'z' or >= '0' and <= '9' ? letter : '-');
        }

        var slug = string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "ke-hoach" : slug;
    }
}

/// <summary>
/// The starter plan <c>cchc init</c> writes: a small plan of the seeds' shape (Quyết định, Kế hoạch with purpose,
/// tasks in every area and implementation, a task table with a task per area) for one unit and year, which validates with only draft warnings.
/// </summary>
internal static class StarterPlan
{
    public static string FileName(IssuingUnit unit, int year) => $"{unit.Slug()}-{year}.yaml";

    /// <summary>The plan text: every value that holds the unit's name is a double-quoted scalar with the name escaped.</summary>
    public static string Text(IssuingUnit unit, int year) => Template
        .Replace("{{FULL}}", Escape(unit.Full), StringComparison.Ordinal)
        .Replace("{{NAME}}", Escape(unit.Name), StringComparison.Ordinal)
        .Replace("{{UNIT}}", Escape(unit.Unit), StringComparison.Ordinal)
        .Replace("{{YEAR}}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{{PREVIOUS}}", (year - 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>The inside of a YAML double-quoted scalar: backslash, quote and every non-printable character escaped.</summary>
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]);
            _ = c switch
            {
                '\\' => builder.Append(@"\\"),
                '"' => builder.Append("\\\""),
                _ when c < ' ' || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c) && !paired =>
                    builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    private const string Template = """
        # yaml-language-server: $schema=../schema/cchc-plan.schema.json
        # Kế hoạch cải cách hành chính {{FULL}} năm {{YEAR}}: bản khởi đầu do `cchc init` tạo.
        # Sửa nội dung cho đúng đơn vị, ghi số, ngày ban hành và tên người ký khi trình ký.
        # Kiểm tra: cchc validate plans    Soạn văn bản: cchc build plans -o out
        cchc: 1
        issuer:
          body: "Ủy ban nhân dân"
          unit: "{{UNIT}}"
          name: "{{NAME}}"
        style: {ref_date: long, attached_date: long}
        agencies:
          vhxh: {name: "Phòng Văn hóa - Xã hội", short: "Phòng VHXH", abbr: "VHXH"}
          cac_phong_cm: {name: "Các phòng, đơn vị chuyên môn", kind: group}
        areas:
          chi_dao: {group_title: "Chỉ đạo điều hành, kiểm tra và tuyên truyền", lead: vhxh}
        decision:
          # Chưa có số và ngày ký (cảnh báo W107 cho đến khi điền).
          number: null
          date: "{{YEAR}}-01"
          title: "Ban hành Kế hoạch cải cách hành chính nhà nước {{FULL}} năm {{YEAR}}"
          bases:
            - {kind: "Luật", title: "Tổ chức chính quyền địa phương", date: "2025-06-16", date_style: long}
            - kind: "Nghị quyết"
              number: "76"
              symbol: "NQ-CP"
              date: "2021-07-15"
              issuer: "Chính phủ"
              title: "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030"
          proposer: "Trưởng phòng Văn hóa - Xã hội"
          executors: "Chánh Văn phòng HĐND và UBND, Trưởng các phòng, cơ quan, đơn vị liên quan"
          recipients:
            - "Như Điều 3"
            - "Sở Nội vụ"
            - {to: "Ban Chỉ đạo cải cách hành chính", note: "b/c"}
          archive: [VT, vhxh]
          signer: {title: "CHỦ TỊCH"}
        plan:
          title: "Cải cách hành chính nhà nước {{FULL}} năm {{YEAR}}"
          period: "{{YEAR}}"
          preamble:
            - "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030; Ủy ban nhân dân {{FULL}} ban hành Kế hoạch cải cách hành chính nhà nước năm {{YEAR}} với các nội dung cụ thể như sau:"
          body:
            - title: "MỤC ĐÍCH, YÊU CẦU"
              role: purpose
              content:
                - items:
                    - "Công tác cải cách hành chính tiếp tục được xác định là nhiệm vụ trọng tâm trong lãnh đạo, chỉ đạo, điều hành của {{FULL}} năm {{YEAR}}."
                    - "Nâng cao mức độ hài lòng của người dân, tổ chức và doanh nghiệp; khắc phục kịp thời những tồn tại, hạn chế của năm {{PREVIOUS}}."
                  style: alpha_vi
            - title: "NHIỆM VỤ, GIẢI PHÁP"
              role: tasks
              content:
                - area: chi_dao
                  content:
                    - items:
                        - "Chỉ đạo, điều hành tổ chức thực hiện đồng bộ, có hiệu quả các nhiệm vụ cải cách hành chính; xác định rõ trách nhiệm của từng phòng, đơn vị."
                      style: alpha_vi
                - area: the_che
                  content:
                    - items:
                        - "Rà soát, kiểm tra văn bản quy phạm pháp luật thuộc phạm vi quản lý; kịp thời xử lý văn bản không còn phù hợp."
                      style: alpha_vi
                - area: tthc
                  content:
                    - items:
                        - "Tiếp nhận, giải quyết thủ tục hành chính đúng hạn; tăng cường cung cấp dịch vụ công trực tuyến."
                      style: alpha_vi
                - area: bo_may
                  content:
                    - items:
                        - "Rà soát chức năng, nhiệm vụ của các phòng, đơn vị; bảo đảm tinh gọn, hiệu lực, hiệu quả."
                      style: alpha_vi
                - area: cong_vu
                  content:
                    - items:
                        - "Tăng cường kỷ luật, kỷ cương hành chính; đào tạo, bồi dưỡng cán bộ, công chức theo vị trí việc làm."
                      style: alpha_vi
                - area: tai_chinh
                  content:
                    - items:
                        - "Quản lý, sử dụng ngân sách tiết kiệm, hiệu quả; công khai tài chính theo quy định."
                      style: alpha_vi
                - area: so
                  content:
                    - items:
                        - "Đẩy mạnh xử lý văn bản, hồ sơ công việc trên môi trường số; ký số văn bản điện tử."
                      style: alpha_vi
                - "(Danh mục nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này)."
            - title: "TỔ CHỨC THỰC HIỆN"
              role: implementation
              content:
                - title: "Phòng Văn hóa - Xã hội:"
                  role: responsibility
                  agency: vhxh
                  content:
                    - "Chủ trì, phối hợp với các phòng, đơn vị có liên quan theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả theo quy định."
                - "Trong quá trình thực hiện, nếu phát sinh nội dung cần sửa đổi, bổ sung, các phòng, đơn vị báo cáo Ủy ban nhân dân (qua phòng Văn hóa - Xã hội) xem xét, quyết định./."
        appendices:
          - kind: tasks
            title: "DANH MỤC NHIỆM VỤ, CÔNG VIỆC CỤ THỂ TRIỂN KHAI,\nTHỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM {{YEAR}}"
            groups:
              - area: chi_dao
                tasks:
                  - id: cd-ban-hanh-kh
                    content: "Ban hành Kế hoạch cải cách hành chính năm {{YEAR}}"
                    lead: vhxh
                    co: cac_phong_cm
                    deadline: "Quý I/{{YEAR}}"
                    products: "Kế hoạch của UBND"
              - area: the_che
                tasks:
                  - id: tche-ra-soat-vb
                    content: "Rà soát văn bản quy phạm pháp luật do Ủy ban nhân dân ban hành"
                    lead: vhxh
                    co: cac_phong_cm
                    deadline: "Cả năm {{YEAR}}"
                    products: "Báo cáo kết quả rà soát"
              - area: tthc
                tasks:
                  - id: tthc-cong-khai
                    content: "Công khai đầy đủ thủ tục hành chính tại nơi tiếp nhận và trên Cổng Dịch vụ công"
                    lead: vhxh
                    co: cac_phong_cm
                    deadline: "Thường xuyên"
                    products: "Báo cáo kết quả thực hiện"
              - area: bo_may
                tasks:
                  - id: bm-ra-soat-chuc-nang
                    content: "Rà soát chức năng, nhiệm vụ, cơ cấu tổ chức của các phòng, đơn vị"
                    lead: vhxh
                    co: cac_phong_cm
                    deadline: "Quý II/{{YEAR}}"
                    products: "Báo cáo rà soát"
              - area: cong_vu
                tasks:
                  - id: cv-boi-duong
                    content: "Cử cán bộ, công chức tham gia đào tạo, bồi dưỡng theo kế hoạch"
                    lead: vhxh
                    co: cac_phong_cm
                    deadline: "Cả năm {{YEAR}}"
                    products: "Danh sách, báo cáo kết quả"
              - area: tai_chinh
                tasks:
                  - id: tc-cong-khai-ngan-sach
                    content: "Công khai dự toán, quyết toán ngân sách theo quy định"
                    lead: vhxh
                    co: cac_phong_cm
                    deadline: "Thường xuyên"
                    products: "Báo cáo công khai ngân sách"
              - area: so
                tasks:
                  - id: so-van-ban-dien-tu
                    content: "Xử lý văn bản, hồ sơ công việc trên môi trường điện tử"
                    lead: vhxh
                    co: cac_phong_cm
                    deadline: "Thường xuyên"
                    products: "Báo cáo kết quả thực hiện"

        """;
}
