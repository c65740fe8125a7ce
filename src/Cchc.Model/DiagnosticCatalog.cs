namespace Cchc.Model;

/// <summary>
/// Every diagnostic code cchc can report, defined once: its severity and its one-line description (README table,
/// SARIF rule metadata). Call sites create findings from these definitions, never from a string literal.
/// </summary>
public static class DiagnosticCatalog
{
    public static readonly DiagnosticCode E001 = new("E001", Severity.Error, "Sai lược đồ: thiếu khóa bắt buộc, sai kiểu, khóa không được biết, hoặc cchc khác 1", "Schema: missing key, wrong type, unknown key, or cchc ≠ 1");
    public static readonly DiagnosticCode E002 = new("E002", Severity.Error, "Mã cơ quan hoặc mã định danh không đúng dạng", "A code or id does not match its pattern");
    public static readonly DiagnosticCode E003 = new("E003", Severity.Error, "Mã định danh bị trùng (nhiệm vụ và chỉ tiêu dùng chung)", "Duplicate id (tasks and indicators share one namespace)");
    public static readonly DiagnosticCode E004 = new("E004", Severity.Error, "Mã cơ quan chưa khai báo, hoặc cơ quan ở dòng Lưu chưa có chữ viết tắt", "Unknown agency code, or an archive agency without abbr");
    public static readonly DiagnosticCode E005 = new("E005", Severity.Error, "Lĩnh vực không được biết", "Unknown area key");
    public static readonly DiagnosticCode E006 = new("E006", Severity.Error, "Không hiểu thời hạn", "A deadline does not parse");
    public static readonly DiagnosticCode E007 = new("E007", Severity.Error, "Thời hạn nằm ngoài thời kỳ kế hoạch", "A deadline is outside the plan period");
    public static readonly DiagnosticCode E008 = new("E008", Severity.Error, "Ngày không có thật hoặc sai dạng; thời kỳ sai dạng", "Invalid or malformed date or period");
    public static readonly DiagnosticCode E009 = new("E009", Severity.Error, "Các lĩnh vực không theo thứ tự chuẩn", "Areas out of canonical order");
    public static readonly DiagnosticCode E010 = new("E010", Severity.Error, "Số thứ tự gõ tay ở đầu tiêu đề hoặc nội dung nhiệm vụ", "A typed label at the start of a title or task");
    public static readonly DiagnosticCode E011 = new("E011", Severity.Error, "\"Như Điều N\" không có Điều tương ứng", "\"Như Điều N\" refers to no article");
    public static readonly DiagnosticCode E012 = new("E012", Severity.Error, "Thiếu thành phần bắt buộc của văn bản", "The package is incomplete");
    public static readonly DiagnosticCode E013 = new("E013", Severity.Error, "Không có articles mà cũng không có executors", "No articles and no executors");
    public static readonly DiagnosticCode E014 = new("E014", Severity.Error, "Hết ký hiệu đánh số, hoặc label để trống", "A numbering style ran out of labels, or an empty label");
    public static readonly DiagnosticCode E015 = new("E015", Severity.Error, "Khối nội dung không có hoặc có nhiều khóa phân loại", "A block has no discriminator, or several");
    public static readonly DiagnosticCode E016 = new("E016", Severity.Error, "Cơ quan chủ trì để trống", "A lead renders empty");
    public static readonly DiagnosticCode E100 = new("E100", Severity.Error, "Tệp không phải UTF-8 (có thể là TCVN3, VNI hoặc Windows-1258)", "Not UTF-8 (probably TCVN3, VNI or Windows-1258)");
    public static readonly DiagnosticCode E101 = new("E101", Severity.Error, "Lỗi cú pháp YAML (kể cả thụt lề bằng Tab)", "YAML syntax error (including tab indentation)");
    public static readonly DiagnosticCode E102 = new("E102", Severity.Error, "Tệp quá lớn (quá 10 MB)", "File too large (over 10 MB)");
    public static readonly DiagnosticCode E103 = new("E103", Severity.Error, "Lồng nhau quá sâu", "Nesting too deep");
    public static readonly DiagnosticCode E104 = new("E104", Severity.Error, "Bí danh YAML nở ra quá lớn hoặc tự tham chiếu (alias bomb, vòng lặp)", "YAML aliases expand too far or refer to themselves (alias bomb, cycle)");
    public static readonly DiagnosticCode E105 = new("E105", Severity.Error, "Tệp trống", "Empty file");
    public static readonly DiagnosticCode E106 = new("E106", Severity.Error, "Tệp chứa dữ liệu nhị phân", "Binary content");
    public static readonly DiagnosticCode E107 = new("E107", Severity.Error, "Khóa bị lặp lại trong một bảng", "Duplicate mapping key");
    public static readonly DiagnosticCode E108 = new("E108", Severity.Error, "Số nằm ngoài phạm vi cho phép", "A number is out of range");
    public static readonly DiagnosticCode E201 = new("E201", Severity.Error, "Không tìm thấy tệp hoặc thư mục (mã thoát 2)", "File or folder not found (exit 2)");
    public static readonly DiagnosticCode E202 = new("E202", Severity.Error, "Thư mục không có tệp kế hoạch (mã thoát 2)", "Folder without plan files (exit 2)");
    public static readonly DiagnosticCode E203 = new("E203", Severity.Error, "Không đọc được tệp (mã thoát 2)", "Cannot read the file (exit 2)");
    public static readonly DiagnosticCode E204 = new("E204", Severity.Error, "next-year: không sửa được một giá trị tại chỗ (mã thoát 2)", "next-year: a value could not be edited in place (exit 2)");
    public static readonly DiagnosticCode E205 = new("E205", Severity.Error, "Không ghi được tệp (build, init, diff --redline); không tệp nào được ghi (mã thoát 2)", "A file cannot be written (build, init, diff --redline); nothing is written (exit 2)");
    public static readonly DiagnosticCode E206 = new("E206", Severity.Error, "Lỗi nội bộ khi xử lý tệp này (mã thoát 2)", "Internal error while processing this file (exit 2)");
    public static readonly DiagnosticCode E207 = new("E207", Severity.Error, "init: tệp đã có, không ghi đè (dùng --force; mã thoát 2)", "init: the file exists and is not overwritten (use --force; exit 2)");
    public static readonly DiagnosticCode E301 = new("E301", Severity.Error, "Không phải văn bản Word .docx (tệp .doc, RTF, ODT hoặc tệp khác đổi đuôi; mã thoát 2)", "Not a Word .docx (a .doc, RTF, ODT or other file renamed; exit 2)");
    public static readonly DiagnosticCode E302 = new("E302", Severity.Error, "Tệp nén .docx bị hỏng hoặc bị cắt cụt (mã thoát 2)", "The .docx zip is damaged or truncated (exit 2)");
    public static readonly DiagnosticCode E303 = new("E303", Severity.Error, "Tệp .docx không có phần văn bản chính (mã thoát 2)", "The .docx has no main document part (exit 2)");
    public static readonly DiagnosticCode E304 = new("E304", Severity.Error, "Tệp .docx được đặt mật khẩu (mã hóa) (mã thoát 2)", "The .docx is password-protected (encrypted) (exit 2)");
    public static readonly DiagnosticCode E305 = new("E305", Severity.Error, "Tệp hoặc một phần của tệp .docx quá lớn, có thể là bom zip (mã thoát 2)", "The .docx or one of its parts is too large, possibly a zip bomb (exit 2)");
    public static readonly DiagnosticCode E306 = new("E306", Severity.Error, "Một phần của tệp .docx không phải XML hợp lệ, hoặc có DTD/thực thể (mã thoát 2)", "A part of the .docx is malformed XML or has a DTD/entities (exit 2)");
    public static readonly DiagnosticCode E307 = new("E307", Severity.Error, "Bảng, điều khiển nội dung hoặc trường lồng nhau quá sâu trong .docx (mã thoát 2)", "Tables, content controls or fields nest too deep in the .docx (exit 2)");
    public static readonly DiagnosticCode W101 = new("W101", Severity.Warning, "Số thứ tự được ghi đè bằng label", "A label override is used");
    public static readonly DiagnosticCode W102 = new("W102", Severity.Warning, "Cơ quan chủ trì không dùng mã cơ quan", "A lead references no agency code");
    public static readonly DiagnosticCode W103 = new("W103", Severity.Warning, "Một cơ quan vừa chủ trì vừa phối hợp", "The same code is lead and co");
    public static readonly DiagnosticCode W104 = new("W104", Severity.Warning, "Giá trị mục tiêu không có trong lời văn chỉ tiêu", "A target value is not in the text");
    public static readonly DiagnosticCode W105 = new("W105", Severity.Warning, "Thiếu lĩnh vực trong thân Kế hoạch hoặc bảng nhiệm vụ", "An area has no body section or task group");
    public static readonly DiagnosticCode W106 = new("W106", Severity.Warning, "Nhắc đến Phụ lục mà không có, hoặc ngược lại", "Phụ lục mentioned but absent, or the reverse");
    public static readonly DiagnosticCode W107 = new("W107", Severity.Warning, "Dấu hiệu dự thảo: chưa có số, ngày hoặc tên người ký", "Draft markers: no number, partial date or no signer name");
    public static readonly DiagnosticCode W108 = new("W108", Severity.Warning, "Cơ quan khai báo nhưng không dùng", "A registry agency is never referenced");
    public static readonly DiagnosticCode W109 = new("W109", Severity.Warning, "Một lĩnh vực có hai cơ quan chủ trì", "An area is led by two agencies");
    public static readonly DiagnosticCode W110 = new("W110", Severity.Warning, "Lỗi trình bày văn bản (dấu cách, dấu thanh, ngày tháng)", "Text hygiene (spaces, tone marks, dates)");
    public static readonly DiagnosticCode W111 = new("W111", Severity.Warning, "Thời hạn ghi tự do", "A free-text deadline");
    public static readonly DiagnosticCode W112 = new("W112", Severity.Warning, "Không có mục kinh phí hay tổ chức thực hiện", "No funding or implementation section");
    public static readonly DiagnosticCode W113 = new("W113", Severity.Warning, "Tên ngắn của cơ quan có thể gõ nhầm", "An agency short name looks mistyped");
    public static readonly DiagnosticCode W114 = new("W114", Severity.Warning, "Nhóm nhiệm vụ chưa có nhiệm vụ", "A task group has no tasks yet");
    public static readonly DiagnosticCode W115 = new("W115", Severity.Warning, "Ký tự điều khiển hoặc ký tự XML không cho phép trong văn bản", "A control character or a character XML forbids is in the text");
    // cchc import (issue 10): the frame of the documents.
    public static readonly DiagnosticCode W116 = new("W116", Severity.Warning, "cchc import đoán một giá trị (ghi chú \"# cchc:\" trong YAML)", "cchc import guessed a value (a \"# cchc:\" comment in the YAML)");
    public static readonly DiagnosticCode W117 = new("W117", Severity.Warning, "cchc import không nhận ra một phần của văn bản Word: giữ dạng văn bản thường hoặc bỏ qua", "cchc import did not recognise part of the Word file: kept as plain text or left out");
    public static readonly DiagnosticCode W118 = new("W118", Severity.Warning, "cchc import bổ sung phần văn bản không có trong tệp Word", "cchc import supplied a part the Word files do not contain");
    public static readonly DiagnosticCode W119 = new("W119", Severity.Warning, "Các tệp Word có hai văn bản cùng loại: chỉ nhập văn bản đầu", "The Word files hold two documents of one kind: only the first is imported");
    public static readonly DiagnosticCode E308 = new("E308", Severity.Error, "Không tìm thấy Kế hoạch (dòng \"KẾ HOẠCH\") trong các tệp Word", "No Kế hoạch (a \"KẾ HOẠCH\" line) in the Word files");
    public static readonly DiagnosticCode E309 = new("E309", Severity.Error, "Tệp YAML đích đã có: không ghi đè khi không có --force (mã thoát 2)", "The output YAML exists: not overwritten without --force (exit 2)");
    // cchc import: what the body and appendix recognisers inferred or could not read.
    public static readonly DiagnosticCode W120 = new("W120", Severity.Warning, "Nhập từ Word: đoán vai trò, lĩnh vực hoặc cơ quan của một mục", "Import: a section's role, area or agency was guessed");
    public static readonly DiagnosticCode W121 = new("W121", Severity.Warning, "Nhập từ Word: đoán mục tiêu của chỉ tiêu từ lời văn", "Import: an indicator's targets were guessed from its text");
    public static readonly DiagnosticCode W122 = new("W122", Severity.Warning, "Nhập từ Word: đoán cơ quan (loại, tên viết tắt, gộp tên)", "Import: an agency's kind, abbreviation or identity was guessed");
    public static readonly DiagnosticCode W123 = new("W123", Severity.Warning, "Nhập từ Word: không đọc được các cột của một dòng bảng nhiệm vụ", "Import: a task table row's columns could not be read");
    public static readonly DiagnosticCode W124 = new("W124", Severity.Warning, "Nhập từ Word: đoán lĩnh vực của một nhóm nhiệm vụ", "Import: a task group's area was guessed");
    public static readonly DiagnosticCode T001 = new("T001", Severity.Error, "Mẫu văn bản sai cú pháp Scriban", "Template syntax error");
    public static readonly DiagnosticCode T002 = new("T002", Severity.Error, "Lỗi khi chạy mẫu văn bản", "Template runtime error");
    public static readonly DiagnosticCode T003 = new("T003", Severity.Error, "Thiếu mẫu văn bản hoặc thư mục mẫu, hoặc không đọc được mẫu", "A template or the template folder is missing or unreadable");
    public static readonly DiagnosticCode T004 = new("T004", Severity.Error, "Mẫu include tệp nằm ngoài thư mục mẫu", "A template includes a file outside its folder");
    public static readonly DiagnosticCode T005 = new("T005", Severity.Error, "Mẫu tiêu đề bảng cho sai số dòng", "A table-header template gives the wrong number of lines");

    // Status files (issue 11): E401–E419, W401–W409.
    public static readonly DiagnosticCode E401 = new("E401", Severity.Error, "Tệp tình hình thực hiện sai lược đồ: thiếu khóa, sai kiểu, khóa không được biết, hoặc cchc_status khác 1", "Status file schema: missing key, wrong type, unknown key, or cchc_status ≠ 1");
    public static readonly DiagnosticCode E402 = new("E402", Severity.Error, "Mã nhiệm vụ không có trong kế hoạch", "A task id the plan does not have");
    public static readonly DiagnosticCode E403 = new("E403", Severity.Error, "Mã chỉ tiêu không có trong kế hoạch", "An indicator id the plan does not have");
    public static readonly DiagnosticCode E404 = new("E404", Severity.Error, "Tình trạng không thuộc danh sách (chua_thuc_hien, dang_thuc_hien, hoan_thanh, tam_dung, huy)", "A status word not in the set");
    public static readonly DiagnosticCode E405 = new("E405", Severity.Error, "Ngày sai dạng hoặc không có thật", "A malformed or impossible date");
    public static readonly DiagnosticCode E406 = new("E406", Severity.Error, "Ngày hoàn thành nằm ngoài thời kỳ kế hoạch", "A completion date outside the plan period");
    public static readonly DiagnosticCode E407 = new("E407", Severity.Error, "Ngày hoàn thành sau ngày ghi nhận", "A completion date after the entry's date");
    public static readonly DiagnosticCode E408 = new("E408", Severity.Error, "Ngày ở tương lai", "A date in the future");
    public static readonly DiagnosticCode E409 = new("E409", Severity.Error, "hoan_thanh mà không có ngày hoàn thành (completed)", "hoan_thanh without a completion date");
    public static readonly DiagnosticCode E410 = new("E410", Severity.Error, "Các lần ghi nhận không theo thứ tự ngày", "Entries out of date order");
    public static readonly DiagnosticCode E411 = new("E411", Severity.Error, "Hai lần ghi nhận cùng một ngày", "Two entries on the same date");
    public static readonly DiagnosticCode E412 = new("E412", Severity.Error, "Giá trị chỉ tiêu không phải là số", "An indicator value that is not a number");
    public static readonly DiagnosticCode W401 = new("W401", Severity.Warning, "Tệp tình hình thực hiện ghi tên một kế hoạch khác", "The status file names another plan");
    public static readonly DiagnosticCode W402 = new("W402", Severity.Warning, "Có ngày hoàn thành mà tình trạng không phải hoan_thanh", "A completion date on an entry that is not hoan_thanh");

    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        E001, E002, E003, E004, E005, E006, E007, E008,
        E009, E010, E011, E012, E013, E014, E015, E016,
        E100, E101, E102, E103, E104, E105, E106, E107, E108,
        E201, E202, E203, E204, E205, E206, E207, E301, E302,
        E303, E304, E305, E306, E307, W101, W102, W103,
        W104, W105, W106, W107, W108, W109, W110, W111,
        W112, W113, W114, W115, W116, W117, W118, W119, W120, W121, W122, W123, W124, E308, E309, T001, T002, T003, T004, T005,
        E401, E402, E403, E404, E405, E406, E407, E408, E409, E410, E411, E412, W401, W402,
    ];

    public static DiagnosticCode? Find(string code) => All.FirstOrDefault(e => e.Code == code);

    public static string Describe(string code, string lang) => Find(code) is { } e ? e.Description.In(lang) : code;
}
