namespace Cchc.Yaml;

/// <summary>The type of a key's value, as the JSON Schema and the loader both understand it.</summary>
internal enum VT
{
    String,
    NullableString,
    Integer,
    Number,
    Boolean,
    PartialDate,
    Period,
    Code,
    Id,
    AgencyExpr,
    Deadline,
    StringList,
    StringOrStringList,
    Object,
    ObjectList,
    CodeMap,
    Enum,
    Blocks,
    Items,
    IndicatorEntries,
    Articles,
    Recipients,
}

internal sealed record KeySpec(string Name, bool Required, VT Type, string Description, string? Shape = null, string[]? Values = null, string? Title = null)
{
    /// <summary>The Vietnamese label an editor shows for the key: given, or the description up to its first clause.</summary>
    public string DisplayTitle => Title ?? Description.Split([',', ';', '(', '.', ':'])[0].Split([" ví dụ", " hoặc "], StringSplitOptions.None)[0].Trim();
}

internal sealed record Shape(string Name, string Description, KeySpec[] Keys)
{
    /// <summary>The Vietnamese name an editor shows for the definition (completion, hover) instead of <see cref="Name"/>.</summary>
    public string Title => Schema.Titles[Name];

    public KeySpec? Find(string key)
    {
        foreach (var k in Keys)
        {
            if (k.Name == key)
            {
                return k;
            }
        }

        return null;
    }

    public IEnumerable<string> Names => Keys.Select(k => k.Name);
}

/// <summary>
/// The plan format's keys in one place: the loader checks unknown and missing keys against it, and
/// <c>cchc schema</c> turns it into a JSON Schema, so the two cannot disagree.
/// </summary>
internal static class Schema
{
    /// <summary>Vietnamese titles of the definitions, keyed by <see cref="Shape.Name"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string> Titles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Package"] = "Tệp kế hoạch cải cách hành chính",
        ["Issuer"] = "Cơ quan ban hành",
        ["Agency"] = "Cơ quan, đơn vị",
        ["Area"] = "Lĩnh vực cải cách",
        ["Style"] = "Kiểu trình bày",
        ["Decision"] = "Quyết định",
        ["Recipient"] = "Nơi nhận có ghi chú",
        ["Signer"] = "Người ký",
        ["LegalRef"] = "Văn bản viện dẫn",
        ["Plan"] = "Kế hoạch",
        ["Node"] = "Mục",
        ["ListBlock"] = "Danh sách gạch đầu dòng",
        ["Item"] = "Ý có ý con",
        ["IndicatorBlock"] = "Danh sách chỉ tiêu",
        ["Indicator"] = "Chỉ tiêu",
        ["IndicatorGroup"] = "Nhóm chỉ tiêu",
        ["Target"] = "Mục tiêu định lượng",
        ["Appendix"] = "Phụ lục",
        ["TaskGroup"] = "Nhóm nhiệm vụ",
        ["Task"] = "Nhiệm vụ",
        ["DeadlineText"] = "Thời hạn ghi tự do",
        ["Block"] = "Khối nội dung",
    };

    public static readonly string[] Units = ["xã", "phường", "đặc khu", "tỉnh", "thành phố"];
    public static readonly string[] AreaKeys = ["chi_dao", "the_che", "tthc", "bo_may", "cong_vu", "tai_chinh", "so"];
    public static readonly string[] Roles = ["purpose", "requirements", "goals", "indicators", "tasks", "solutions", "funding", "implementation", "responsibility"];
    public static readonly string[] NumberingStyles = ["roman", "arabic", "decimal", "alpha_vi", "alpha_latin", "paren", "paren_dot", "dash", "plus", "none"];
    public static readonly string[] LegalKinds = ["Luật", "Bộ luật", "Nghị quyết", "Nghị định", "Quyết định", "Chỉ thị", "Kết luận", "Thông tư", "Văn bản", "Kế hoạch", "Công văn"];
    public static readonly string[] TargetOps = ["eq", "ge", "gt", "le", "lt", "top", "reduce_by", "increase_by", "increase", "exceed", "complete"];
    public static readonly string[] DateStyles = ["long", "short"];

    public static readonly Shape Root = new("Package", "Một tệp kế hoạch cải cách hành chính: Quyết định (nếu có), Kế hoạch và các Phụ lục.",
    [
        new("cchc", true, VT.Integer, "Phiên bản định dạng; luôn là 1."),
        new("issuer", true, VT.Object, "Cơ quan ban hành.", "Issuer"),
        new("agencies", true, VT.CodeMap, "Danh mục cơ quan, đơn vị: mã → thông tin (có thể để trống {}).", "Agency"),
        new("areas", false, VT.CodeMap, "Thiết lập cho các lĩnh vực cải cách (chi_dao, the_che, tthc, bo_may, cong_vu, tai_chinh, so).", "Area"),
        new("style", false, VT.Object, "Kiểu trình bày: ngày tháng, quốc hiệu, khoảng trống.", "Style"),
        new("decision", false, VT.Object, "Quyết định ban hành Kế hoạch (nếu có).", "Decision"),
        new("plan", true, VT.Object, "Kế hoạch.", "Plan"),
        new("appendices", false, VT.ObjectList, "Các Phụ lục.", "Appendix"),
    ]);

    public static readonly Shape Issuer = new("Issuer", "Cơ quan ban hành văn bản.",
    [
        new("body", true, VT.String, "Tên loại cơ quan, ví dụ \"Ủy ban nhân dân\"."),
        new("unit", true, VT.Enum, "Cấp đơn vị hành chính.", Values: Units),
        new("name", true, VT.String, "Tên riêng, ví dụ \"Hà Tu\"."),
        new("province", false, VT.String, "Tỉnh, thành phố (để tham khảo), ví dụ \"tỉnh Quảng Ninh\".", Title: "Tỉnh, thành phố"),
        new("superior", false, VT.String, "Cơ quan chủ quản; thêm một dòng phía trên tên cơ quan."),
        new("place", false, VT.String, "Địa danh ghi ở dòng ngày tháng; mặc định là name."),
        new("abbr", false, VT.String, "Chữ viết tắt tên cơ quan trong ký hiệu; mặc định \"UBND\"."),
        new("header", false, VT.StringList, "Các dòng tên cơ quan ghi rõ (thay cho mặc định)."),
    ]);

    public static readonly Shape Agency = new("Agency", "Một cơ quan, đơn vị trong danh mục.",
    [
        new("name", true, VT.String, "Tên đầy đủ dùng trong văn bản, ví dụ \"Phòng Văn hoá – Xã hội\"."),
        new("short", false, VT.String, "Tên ngắn dùng trong bảng, ví dụ \"Phòng VHXH\"; mặc định là name."),
        new("abbr", false, VT.String, "Chữ viết tắt dùng ở dòng Lưu, ví dụ \"VHXH\"."),
        new("kind", false, VT.Enum, "unit (mặc định), group (một nhóm như \"Các phòng, đơn vị chuyên môn\") hoặc external.", Values: ["unit", "group", "external"], Title: "Loại cơ quan"),
    ]);

    public static readonly Shape Area = new("Area", "Thiết lập một lĩnh vực cải cách.",
    [
        new("title", false, VT.String, "Tiêu đề mục trong thân Kế hoạch."),
        new("group_title", false, VT.String, "Tiêu đề nhóm trong bảng Phụ lục; mặc định là title."),
        new("lead", false, VT.Code, "Mã cơ quan chủ trì lĩnh vực."),
    ]);

    public static readonly Shape Style = new("Style", "Kiểu trình bày.",
    [
        new("ref_date", false, VT.Enum, "Kiểu ngày trong căn cứ: long (ngày 15 tháng 7 năm 2021) hoặc short (15/7/2021).", Values: DateStyles),
        new("attached_date", false, VT.Enum, "Kiểu ngày trong dòng \"Kèm theo\".", Values: DateStyles, Title: "Kiểu ngày trong dòng Kèm theo"),
        new("national_title", false, VT.String, "Dòng quốc hiệu; mặc định \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\"."),
        new("blank", false, VT.String, "Khoảng trống thay cho số, ngày, tháng chưa có (mặc định 6 dấu cách).", Title: "Khoảng trống"),
    ]);

    public static readonly Shape Decision = new("Decision", "Quyết định ban hành Kế hoạch.",
    [
        new("number", false, VT.NullableString, "Số văn bản; null khi chưa cấp số."),
        new("symbol", false, VT.String, "Ký hiệu; mặc định \"QĐ-\" + issuer.abbr."),
        new("date", false, VT.PartialDate, "Ngày ban hành: \"YYYY-MM-DD\", \"YYYY-MM\", \"YYYY\" hoặc null."),
        new("title", false, VT.String, "Trích yếu, ví dụ \"Ban hành Kế hoạch …\"."),
        new("bases", false, VT.ObjectList, "Các căn cứ ban hành.", "LegalRef"),
        new("proposer", false, VT.String, "Theo đề nghị của …", Title: "Theo đề nghị của"),
        new("articles", false, VT.Articles, "Các Điều; mỗi Điều là một đoạn hoặc danh sách đoạn."),
        new("executors", false, VT.String, "Những người chịu trách nhiệm thi hành (dùng cho Điều 3 mặc định)."),
        new("attached_by", false, VT.String, "Cụm từ chỉ người ban hành trong dòng \"Kèm theo\".", Title: "Người ban hành trong dòng Kèm theo"),
        new("recipients", false, VT.Recipients, "Nơi nhận.", "Recipient"),
        new("archive", false, VT.StringList, "Dòng Lưu: mã cơ quan hoặc chữ, ví dụ [VT, vhxh]."),
        new("signer", false, VT.Object, "Người ký.", "Signer"),
    ]);

    public static readonly Shape Recipient = new("Recipient", "Một nơi nhận có ghi chú.",
    [
        new("to", true, VT.String, "Nơi nhận."),
        new("note", false, VT.String, "Ghi chú trong ngoặc, ví dụ \"b/c\"."),
    ]);

    public static readonly Shape Signer = new("Signer", "Thẩm quyền, chức vụ và họ tên người ký.",
    [
        new("tm", false, VT.String, "TM. (thay mặt) tập thể, ví dụ \"ỦY BAN NHÂN DÂN\".", Title: "Thay mặt (TM.)"),
        new("kt", false, VT.String, "KT. (ký thay), ví dụ \"CHỦ TỊCH\".", Title: "Ký thay (KT.)"),
        new("title", true, VT.String, "Chức vụ người ký, ví dụ \"CHỦ TỊCH\"."),
        new("name", false, VT.String, "Họ và tên người ký."),
    ]);

    public static readonly Shape LegalRef = new("LegalRef", "Một văn bản được viện dẫn.",
    [
        new("kind", false, VT.Enum, "Loại văn bản (bắt buộc trừ khi có text).", Values: LegalKinds),
        new("number", false, VT.String, "Số, ví dụ \"76\"."),
        new("year", false, VT.String, "Năm trong số ký hiệu (118/2025/NĐ-CP)."),
        new("symbol", false, VT.String, "Ký hiệu, ví dụ \"NQ-CP\"."),
        new("date", false, VT.PartialDate, "Ngày ban hành."),
        new("date_style", false, VT.Enum, "Kiểu ngày: long hoặc short.", Values: DateStyles),
        new("issuer", false, VT.String, "Cơ quan ban hành, ví dụ \"Chính phủ\"."),
        new("title", false, VT.String, "Trích yếu; với Luật là tên Luật."),
        new("also", false, VT.ObjectList, "Các văn bản nối tiếp \"; số …\".", "LegalRef", Title: "Các văn bản nối tiếp"),
        new("text", false, VT.String, "Nguyên văn lời viện dẫn; thay cho mọi khóa khác."),
    ]);

    public static readonly Shape Plan = new("Plan", "Kế hoạch.",
    [
        new("title", true, VT.String, "Tên Kế hoạch (dưới chữ KẾ HOẠCH)."),
        new("period", true, VT.Period, "Thời kỳ: \"2026\" hoặc \"2026-2030\"."),
        new("preamble", false, VT.StringList, "Các đoạn mở đầu trước mục I."),
        new("header", false, VT.Enum, "none hoặc agency (lặp lại tên cơ quan và quốc hiệu).", Values: ["none", "agency"], Title: "Phần đầu văn bản"),
        new("body", true, VT.Blocks, "Nội dung Kế hoạch: danh sách các mục."),
        new("number", false, VT.NullableString, "Số (Kế hoạch độc lập)."),
        new("symbol", false, VT.String, "Ký hiệu; mặc định \"KH-\" + issuer.abbr."),
        new("date", false, VT.PartialDate, "Ngày ban hành (Kế hoạch độc lập)."),
        new("recipients", false, VT.Recipients, "Nơi nhận (Kế hoạch độc lập).", "Recipient"),
        new("archive", false, VT.StringList, "Dòng Lưu (Kế hoạch độc lập)."),
        new("signer", false, VT.Object, "Người ký (Kế hoạch độc lập).", "Signer"),
    ]);

    public static readonly Shape Node = new("Node", "Một mục của Kế hoạch: tiêu đề và nội dung.",
    [
        new("title", false, VT.String, "Tiêu đề (không ghi số thứ tự)."),
        new("label", false, VT.String, "Ghi đè số thứ tự tự sinh (chỉ để chép đúng bản gốc)."),
        new("area", false, VT.Enum, "Lĩnh vực cải cách.", Values: AreaKeys),
        new("role", false, VT.Enum, "Vai trò của mục.", Values: Roles),
        new("agency", false, VT.Code, "Mã cơ quan (với role: responsibility)."),
        new("leads", false, VT.StringList, "Các lĩnh vực mà cơ quan này chủ trì."),
        new("topics", false, VT.StringList, "Các nội dung khác (không có mã lĩnh vực) mà cơ quan này chủ trì."),
        new("run_in", false, VT.Boolean, "Tiêu đề và đoạn đầu tiên cùng một dòng."),
        new("plain", false, VT.Boolean, "Dòng có số thứ tự là đoạn văn thường, không in đậm."),
        new("numbering", false, VT.Enum, "Kiểu đánh số các mục con.", Values: NumberingStyles),
        new("content", false, VT.Blocks, "Nội dung: đoạn văn, danh sách, chỉ tiêu, mục con."),
    ]);

    public static readonly Shape ListBlock = new("ListBlock", "Một danh sách gạch đầu dòng.",
    [
        new("items", true, VT.Items, "Các ý."),
        new("style", false, VT.Enum, "Kiểu đánh dấu: dash (mặc định), plus, alpha_vi, …", Values: NumberingStyles),
    ]);

    public static readonly Shape Item = new("Item", "Một ý có các ý con.",
    [
        new("text", true, VT.String, "Nội dung."),
        new("items", false, VT.Items, "Các ý con."),
        new("label", false, VT.String, "Ghi đè ký hiệu đầu dòng."),
        new("style", false, VT.Enum, "Kiểu đánh dấu các ý con.", Values: NumberingStyles),
    ]);

    public static readonly Shape IndicatorBlock = new("IndicatorBlock", "Danh sách chỉ tiêu.",
    [
        new("indicators", true, VT.IndicatorEntries, "Các chỉ tiêu hoặc nhóm chỉ tiêu."),
        new("style", false, VT.Enum, "Kiểu đánh số.", Values: NumberingStyles),
    ]);

    public static readonly Shape Indicator = new("Indicator", "Một chỉ tiêu.",
    [
        new("text", true, VT.String, "Nội dung chỉ tiêu (ghi nguyên văn)."),
        new("id", false, VT.Id, "Mã định danh, dùng cho Phụ lục chỉ tiêu và so sánh giữa các năm."),
        new("label", false, VT.String, "Ghi đè số thứ tự tự sinh."),
        new("targets", false, VT.ObjectList, "Các mục tiêu định lượng.", "Target"),
        new("deadline", false, VT.Deadline, "Thời hạn."),
        new("responsible", false, VT.AgencyExpr, "Cơ quan đầu mối theo dõi."),
        new("area", false, VT.Enum, "Lĩnh vực; mặc định theo mục chứa nó.", Values: AreaKeys),
    ]);

    public static readonly Shape IndicatorGroup = new("IndicatorGroup", "Một nhóm chỉ tiêu theo giai đoạn.",
    [
        new("group", true, VT.String, "Tên nhóm, ví dụ \"Giai đoạn 2026 - 2027:\"."),
        new("period", false, VT.Period, "Giai đoạn của nhóm."),
        new("indicators", true, VT.ObjectList, "Các chỉ tiêu.", "Indicator"),
    ]);

    public static readonly Shape Target = new("Target", "Một mục tiêu định lượng.",
    [
        new("metric", false, VT.String, "Tên chỉ số, ví dụ \"PAR Index\"."),
        new("op", true, VT.Enum, "Phép so sánh.", Values: TargetOps),
        new("value", false, VT.Number, "Giá trị."),
        new("unit", false, VT.String, "Đơn vị; mặc định \"%\"."),
        new("baseline", false, VT.Integer, "Năm gốc so sánh."),
        new("scope", false, VT.String, "Phạm vi, ví dụ \"khối phường\"."),
    ]);

    public static readonly Shape Appendix = new("Appendix", "Một Phụ lục.",
    [
        new("kind", true, VT.Enum, "tasks (bảng nhiệm vụ) hoặc indicators (bảng chỉ tiêu).", Values: ["tasks", "indicators"], Title: "Loại Phụ lục"),
        new("title", true, VT.String, "Tiêu đề (\\n để xuống dòng)."),
        new("label", false, VT.String, "Nhãn; mặc định \"Phụ lục\" hoặc \"Phụ lục I, II…\"."),
        new("attached_to", false, VT.Enum, "Văn bản mà Phụ lục kèm theo.", Values: ["decision", "plan"]),
        new("headers", false, VT.StringList, "Tiêu đề các cột."),
        new("numbering", false, VT.Enum, "Cách đánh số TT.", Values: ["continuous", "per_group"]),
        new("groups", false, VT.ObjectList, "Các nhóm nhiệm vụ (kind: tasks).", "TaskGroup"),
        new("rows", false, VT.StringList, "Mã các chỉ tiêu (kind: indicators)."),
        new("from", false, VT.Enum, "body: lấy mọi chỉ tiêu có id (kind: indicators).", Values: ["body"], Title: "Nguồn chỉ tiêu"),
    ]);

    public static readonly Shape TaskGroup = new("TaskGroup", "Một nhóm nhiệm vụ theo lĩnh vực.",
    [
        new("area", true, VT.Enum, "Lĩnh vực.", Values: AreaKeys),
        new("title", false, VT.String, "Tiêu đề nhóm; mặc định theo lĩnh vực."),
        new("tasks", true, VT.ObjectList, "Các nhiệm vụ.", "Task"),
    ]);

    public static readonly Shape Task = new("Task", "Một nhiệm vụ trong bảng Phụ lục.",
    [
        new("id", true, VT.Id, "Mã định danh ổn định, duy nhất trong tệp."),
        new("content", true, VT.String, "Nội dung công việc."),
        new("lead", true, VT.AgencyExpr, "Cơ quan chủ trì."),
        new("co", false, VT.AgencyExpr, "Cơ quan phối hợp."),
        new("deadline", true, VT.Deadline, "Thời gian thực hiện/hoàn thành."),
        new("products", true, VT.StringOrStringList, "Sản phẩm: một chuỗi hoặc danh sách."),
    ]);

    public static readonly Shape DeadlineText = new("DeadlineText", "Thời hạn ghi tự do (cảnh báo W111).",
    [
        new("text", true, VT.String, "Nội dung thời hạn."),
    ]);

    public static IReadOnlyList<Shape> All { get; } =
    [
        Root, Issuer, Agency, Area, Style, Decision, Recipient, Signer, LegalRef, Plan, Node, ListBlock, Item,
        IndicatorBlock, Indicator, IndicatorGroup, Target, Appendix, TaskGroup, Task, DeadlineText,
    ];
}
