namespace Cchc.Model;

/// <summary>Every diagnostic code cchc can report, with a one-line description (README table, SARIF rules).</summary>
public static class DiagnosticCatalog
{
    public sealed record Entry(string Code, Severity Severity, string Vi, string En);

    public static IReadOnlyList<Entry> All { get; } =
    [
        new("E001", Severity.Error, "Sai lược đồ: thiếu khóa bắt buộc, sai kiểu, khóa không được biết, hoặc cchc khác 1", "Schema: missing key, wrong type, unknown key, or cchc ≠ 1"),
        new("E002", Severity.Error, "Mã cơ quan hoặc mã định danh không đúng dạng", "A code or id does not match its pattern"),
        new("E003", Severity.Error, "Mã định danh bị trùng (nhiệm vụ và chỉ tiêu dùng chung)", "Duplicate id (tasks and indicators share one namespace)"),
        new("E004", Severity.Error, "Mã cơ quan chưa khai báo, hoặc cơ quan ở dòng Lưu chưa có chữ viết tắt", "Unknown agency code, or an archive agency without abbr"),
        new("E005", Severity.Error, "Lĩnh vực không được biết", "Unknown area key"),
        new("E006", Severity.Error, "Không hiểu thời hạn", "A deadline does not parse"),
        new("E007", Severity.Error, "Thời hạn nằm ngoài thời kỳ kế hoạch", "A deadline is outside the plan period"),
        new("E008", Severity.Error, "Ngày không có thật hoặc sai dạng; thời kỳ sai dạng", "Invalid or malformed date or period"),
        new("E009", Severity.Error, "Các lĩnh vực không theo thứ tự chuẩn", "Areas out of canonical order"),
        new("E010", Severity.Error, "Số thứ tự gõ tay ở đầu tiêu đề hoặc nội dung nhiệm vụ", "A typed label at the start of a title or task"),
        new("E011", Severity.Error, "\"Như Điều N\" không có Điều tương ứng", "\"Như Điều N\" refers to no article"),
        new("E012", Severity.Error, "Thiếu thành phần bắt buộc của văn bản", "The package is incomplete"),
        new("E013", Severity.Error, "Không có articles mà cũng không có executors", "No articles and no executors"),
        new("E014", Severity.Error, "Hết ký hiệu đánh số, hoặc label để trống", "A numbering style ran out of labels, or an empty label"),
        new("E015", Severity.Error, "Khối nội dung không có hoặc có nhiều khóa phân loại", "A block has no discriminator, or several"),
        new("E016", Severity.Error, "Cơ quan chủ trì để trống", "A lead renders empty"),
        new("E100", Severity.Error, "Tệp không phải UTF-8 (có thể là TCVN3, VNI hoặc Windows-1258)", "Not UTF-8 (probably TCVN3, VNI or Windows-1258)"),
        new("E101", Severity.Error, "Lỗi cú pháp YAML (kể cả thụt lề bằng Tab)", "YAML syntax error (including tab indentation)"),
        new("E102", Severity.Error, "Tệp quá lớn (quá 10 MB)", "File too large (over 10 MB)"),
        new("E103", Severity.Error, "Lồng nhau quá sâu", "Nesting too deep"),
        new("E104", Severity.Error, "Bí danh YAML nở ra quá lớn (alias bomb)", "YAML aliases expand too far (alias bomb)"),
        new("E105", Severity.Error, "Tệp trống", "Empty file"),
        new("E106", Severity.Error, "Tệp chứa dữ liệu nhị phân", "Binary content"),
        new("E107", Severity.Error, "Khóa bị lặp lại trong một bảng", "Duplicate mapping key"),
        new("E201", Severity.Error, "Không tìm thấy tệp hoặc thư mục (mã thoát 2)", "File or folder not found (exit 2)"),
        new("E202", Severity.Error, "Thư mục không có tệp kế hoạch (mã thoát 2)", "Folder without plan files (exit 2)"),
        new("E203", Severity.Error, "Không đọc được tệp (mã thoát 2)", "Cannot read the file (exit 2)"),
        new("E204", Severity.Error, "next-year: không sửa được một giá trị tại chỗ (mã thoát 2)", "next-year: a value could not be edited in place (exit 2)"),
        new("E205", Severity.Error, "build: không ghi được tệp; không văn bản nào được ghi (mã thoát 2)", "build: a file cannot be written; nothing is written (exit 2)"),
        new("W101", Severity.Warning, "Số thứ tự được ghi đè bằng label", "A label override is used"),
        new("W102", Severity.Warning, "Cơ quan chủ trì không dùng mã cơ quan", "A lead references no agency code"),
        new("W103", Severity.Warning, "Một cơ quan vừa chủ trì vừa phối hợp", "The same code is lead and co"),
        new("W104", Severity.Warning, "Giá trị mục tiêu không có trong lời văn chỉ tiêu", "A target value is not in the text"),
        new("W105", Severity.Warning, "Thiếu lĩnh vực trong thân Kế hoạch hoặc bảng nhiệm vụ", "An area has no body section or task group"),
        new("W106", Severity.Warning, "Nhắc đến Phụ lục mà không có, hoặc ngược lại", "Phụ lục mentioned but absent, or the reverse"),
        new("W107", Severity.Warning, "Dấu hiệu dự thảo: chưa có số, ngày hoặc tên người ký", "Draft markers: no number, partial date or no signer name"),
        new("W108", Severity.Warning, "Cơ quan khai báo nhưng không dùng", "A registry agency is never referenced"),
        new("W109", Severity.Warning, "Một lĩnh vực có hai cơ quan chủ trì", "An area is led by two agencies"),
        new("W110", Severity.Warning, "Lỗi trình bày văn bản (dấu cách, dấu thanh, ngày tháng)", "Text hygiene (spaces, tone marks, dates)"),
        new("W111", Severity.Warning, "Thời hạn ghi tự do", "A free-text deadline"),
        new("W112", Severity.Warning, "Không có mục kinh phí hay tổ chức thực hiện", "No funding or implementation section"),
        new("W113", Severity.Warning, "Tên ngắn của cơ quan có thể gõ nhầm", "An agency short name looks mistyped"),
        new("W114", Severity.Warning, "Nhóm nhiệm vụ chưa có nhiệm vụ", "A task group has no tasks yet"),
    ];

    public static string Describe(string code, string lang) =>
        All.FirstOrDefault(e => e.Code == code) is { } e ? (lang == "en" ? e.En : e.Vi) : code;
}
