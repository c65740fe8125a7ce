using Cchc.Model;
using static Cchc.Tests.Composition.Build;

namespace Cchc.Tests.Composition;

/// <summary>The example of plan-format §12 (phường Hải Dương 2026), built by hand.</summary>
internal static class SpecExample
{
    public static Package Package() => Build.Package(
        new Issuer("Ủy ban nhân dân", "phường", "Hải Dương", "thành phố Hải Phòng", null, null, "UBND", null, Spans),
        Plan(),
        Decision(),
        agencies:
        [
            Agency("vhxh", "Phòng Văn hoá – Xã hội", "Phòng VHXH", "VHXH"),
            Agency("ttpvhcc", "Trung tâm phục vụ hành chính công", "Trung tâm phục vụ HCC", "PVHCC"),
            Agency("ktht", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng KTHT&ĐT", "KTHT&ĐT"),
            Agency("cac_phong_cm", "Các phòng, đơn vị chuyên môn", kind: AgencyKind.Group),
        ],
        areas:
        [
            new AreaSetting("chi_dao", null, "Chỉ đạo điều hành, kiểm tra và tuyên truyền", "vhxh", Spans),
            new AreaSetting("tthc", null, null, "ttpvhcc", Spans),
            new AreaSetting("so", null, "Xây dựng Chính quyền điện tử, Chính quyền số", "vhxh", Spans),
        ],
        appendices: [Appendix()]);

    private static Decision Decision() => Build.Decision(
        "Ban hành Kế hoạch Cải cách hành chính nhà nước phường Hải Dương năm 2026",
        [
            Ref("Luật", title: "Tổ chức chính quyền địa phương", date: "2025-06-16", dateStyle: DateStyle.Long),
            Ref("Nghị quyết", "76", "NQ-CP", "2021-07-15", DateStyle.Long, "Chính phủ",
                "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030"),
        ],
        number: null,
        date: "2026-01-12",
        proposer: "Trưởng phòng Văn hoá – Xã hội",
        executors: "Chánh Văn phòng HĐND&UBND phường, Trưởng các phòng, cơ quan, đơn vị liên quan",
        recipients: [Recipient("Như Điều 3"), Recipient("Sở Nội vụ"), Recipient("Ban Chỉ đạo CCHC phường", "b/c")],
        archive: [Archive("VT"), Archive("vhxh")],
        signer: Signer("CHỦ TỊCH", "Phạm Thị Thanh Vân"));

    private static PlanDocument Plan() => Build.Plan(
        "Cải cách hành chính nhà nước phường Hải Dương năm 2026",
        [
            Node("MỤC ĐÍCH, YÊU CẦU",
            [
                Section("Mục đích, yêu cầu:", [List(NumberingStyle.AlphaVi, Item("Công tác cải cách hành chính tiếp tục được xác định là nhiệm vụ trọng tâm, …"))]),
                Section("Một số chỉ tiêu chủ yếu:",
                [
                    Indicators(NumberingStyle.AlphaVi,
                        Indicator("Chỉ số cải cách hành chính (PAR Index) phấn đấu trong top 15 khối phường, Chỉ số chuyển đổi số (DTI) phấn đấu trong top 20 khối phường.", "ind-par-dti", responsible: Expr("vhxh")),
                        Indicator("Mức độ hài lòng của người dân và doanh nghiệp về giải quyết thủ tục hành chính đạt tối thiểu 90%.", "ind-hai-long")),
                ]),
            ]),
            Node("NHIỆM VỤ, GIẢI PHÁP",
            [
                Section(area: "chi_dao", content: [List(NumberingStyle.AlphaVi, Item("Chỉ đạo, điều hành tổ chức thực hiện đồng bộ, …"))]),
                Section(area: "the_che", content: [List(NumberingStyle.AlphaVi, Item("Nâng cao chất lượng công tác xây dựng văn bản quy phạm pháp luật, …"))]),
                Section(area: "tthc", content: [List(NumberingStyle.AlphaVi, Item("Tổ chức hoàn thiện việc tiếp nhận, giải quyết hồ sơ TTHC …"))]),
                Section(area: "bo_may", content: [List(NumberingStyle.AlphaVi, Item("Triển khai thực hiện các chính sách, pháp luật về tổ chức bộ máy …"))]),
                Section(area: "cong_vu", content: [List(NumberingStyle.AlphaVi, Item("Cơ cấu, sắp xếp lại đội ngũ cán bộ, công chức, viên chức …"))]),
                Section(area: "tai_chinh", content: [List(NumberingStyle.AlphaVi, Item("Ngân sách nhà nước được cơ cấu lại, …"))]),
                Section(area: "so", content: [List(NumberingStyle.AlphaVi, Item("Tập trung đẩy nhanh tiến độ xây dựng chính quyền điện tử, …"))]),
                Text("(Danh mục nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này)."),
            ]),
            Node("KINH PHÍ:", [Text("Kinh phí thực hiện Kế hoạch được bố trí trong nguồn kinh phí cải cách hành chính nhà nước năm 2026 của phường.")]),
            Node("TỔ CHỨC THỰC HIỆN",
            [
                Section("Phân công trách nhiệm cụ thể của các cơ quan, đơn vị có liên quan:",
                [
                    Section("Phòng Văn hoá – Xã hội:", [List("Chủ trì, phối hợp với các phòng, đơn vị có liên quan tổ chức thực hiện các nội dung về chỉ đạo, điều hành; …")]),
                    Section("Trung tâm phục vụ hành chính công", [Text("Chủ trì, phối hợp với các phòng, đơn vị có liên quan tham mưu, thực hiện các nội dung về cải cách thủ tục hành chính, …")]),
                    Section("Phòng Kinh tế, Hạ tầng và Đô thị:", [List("Chủ trì, phối hợp … trình Ủy ban nhân dân phường phê duyệt kinh phí … *trong Quý I/2026*.")]),
                ]),
                Text("Trong quá trình tổ chức thực hiện Kế hoạch này, nếu phát sinh các nội dung, nhiệm vụ cần sửa đổi, bổ sung; các phòng, đơn vị báo cáo Ủy ban nhân dân phường (qua phòng Văn hoá – Xã hội để tổng hợp chung) xem xét, quyết định./."),
            ]),
        ],
        preamble: ["Căn cứ Nghị quyết số 76/NQ-CP …; Ủy ban nhân dân phường ban hành Kế hoạch cải cách hành chính nhà nước năm 2026 với các nội dung cụ thể như sau:"]);

    private static TaskAppendix Appendix() => Tasks(
        "DANH MỤC NHIỆM VỤ, CÔNG VIỆC CỤ THỂ TRIỂN KHAI,\nTHỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026",
        [
            Group("chi_dao", null,
                Task("cd-ban-hanh-kh", "Ban hành Kế hoạch cải cách hành chính năm 2026", "vhxh", "cac_phong_cm", "Trước ngày 15/01/2026", "Kế hoạch của UBND phường"),
                Task("cd-hoi-thi", "Tham gia Hội thi trực tuyến tìm hiểu công tác cải cách hành chính …", "vhxh", "Các phòng, đơn vị có liên quan", "Quý III,IV/2026", "Tác phẩm dự thi, Công văn, báo cáo của UBND phường")),
            Group("tthc", null,
                Task("tthc-thanh-toan-tt", "Tỷ lệ thanh toán trực tuyến … đạt tối thiểu 80%", "ttpvhcc", "cac_phong_cm", "Thường xuyên", "Báo cáo kết quả thực hiện")),
            Group("so", null,
                Task("so-iso-18091", "Triển khai áp dụng Tiêu chuẩn TCVN ISO 18091:2020 tại phường", "vhxh", "{ktht}; các đơn vị liên quan", "Khi có hướng dẫn của thành phố", "Kế hoạch;", "Báo cáo kết quả triển khai")),
        ]);
}
