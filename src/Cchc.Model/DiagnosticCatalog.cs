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
    // cchc check: the Decree 30 checklist on a Word file (nd30-format §9); the rules are Cchc.Check.CheckRules.
    public static readonly DiagnosticCode N001 = new("N001", Severity.Error, "Khổ giấy không phải A4 (210 × 297 mm)", "Paper is not A4 (210 × 297 mm)");
    public static readonly DiagnosticCode N002 = new("N002", Severity.Error, "Lề trang ngoài giới hạn (trên, dưới 20–25 mm; trái 30–35 mm; phải 15–20 mm)", "Page margins out of range (top, bottom 20–25 mm; left 30–35 mm; right 15–20 mm)");
    public static readonly DiagnosticCode N003 = new("N003", Severity.Warning, "Trang ngang mà không có bảng rộng", "A landscape section without a wide table");
    public static readonly DiagnosticCode N004 = new("N004", Severity.Warning, "Bảng rộng hơn trang dọc: nên đặt Phụ lục trên trang ngang", "A table wider than a portrait page: put the Phụ lục on a landscape page");
    public static readonly DiagnosticCode N010 = new("N010", Severity.Error, "Phông chữ không phải Times New Roman", "A font other than Times New Roman");
    public static readonly DiagnosticCode N011 = new("N011", Severity.Warning, "Phông chữ Đông Á (eastAsia) không phải Times New Roman", "The East Asian font slot is not Times New Roman");
    public static readonly DiagnosticCode N012 = new("N012", Severity.Error, "Phông chữ mã cũ TCVN3/VNI (.VnTime, VNI-Times)", "A legacy TCVN3/VNI font (.VnTime, VNI-Times)");
    public static readonly DiagnosticCode N013 = new("N013", Severity.Error, "Chữ gõ theo bảng mã cũ TCVN3/VNI, không phải Unicode", "Text typed in the legacy TCVN3/VNI encoding, not Unicode");
    public static readonly DiagnosticCode N014 = new("N014", Severity.Error, "Chữ tiếng Việt không ở dạng dựng sẵn (NFC)", "Vietnamese text not in precomposed form (NFC)");
    public static readonly DiagnosticCode N020 = new("N020", Severity.Error, "Thiếu Quốc hiệu và Tiêu ngữ ở đầu văn bản", "No Quốc hiệu and Tiêu ngữ at the top of the document");
    public static readonly DiagnosticCode N021 = new("N021", Severity.Error, "Quốc hiệu sai chữ hoặc sai định dạng (in hoa, đứng, đậm, 12–13)", "Quốc hiệu: wrong text or format (upper case, upright, bold, 12–13 pt)");
    public static readonly DiagnosticCode N022 = new("N022", Severity.Error, "Tiêu ngữ sai chữ hoặc sai định dạng (đậm, 13–14, gạch nối có cách)", "Tiêu ngữ: wrong text or format (bold, 13–14 pt, spaced hyphens)");
    public static readonly DiagnosticCode N023 = new("N023", Severity.Error, "Thiếu đường kẻ dưới Tiêu ngữ, hoặc dài khác độ dài dòng chữ", "No line under the Tiêu ngữ, or not as long as its text");
    public static readonly DiagnosticCode N024 = new("N024", Severity.Warning, "Đường kẻ vẽ bằng dấu gạch dưới (không đo được độ dài)", "A line drawn with underscores (its length cannot be measured)");
    public static readonly DiagnosticCode N025 = new("N025", Severity.Error, "Tên cơ quan sai định dạng (in hoa, 12–13; cơ quan ban hành đậm, chủ quản không đậm)", "Agency name format (upper case, 12–13 pt; issuer bold, parent not bold)");
    public static readonly DiagnosticCode N026 = new("N026", Severity.Error, "Thiếu đường kẻ dưới tên cơ quan, hoặc không dài 1/3–1/2 dòng chữ", "No line under the agency name, or not 1/3–1/2 of its length");
    public static readonly DiagnosticCode N027 = new("N027", Severity.Error, "Số, ký hiệu sai dạng hoặc sai định dạng (\"Số: 05/QĐ-UBND\", 13, đứng)", "Số/ký hiệu: wrong form or format (\"Số: 05/QĐ-UBND\", 13 pt, upright)");
    public static readonly DiagnosticCode N028 = new("N028", Severity.Error, "Địa danh, ngày tháng sai dạng hoặc sai định dạng (nghiêng, 13–14)", "Place and date: wrong form or format (italic, 13–14 pt)");
    public static readonly DiagnosticCode N029 = new("N029", Severity.Error, "Kế hoạch kèm theo Quyết định có Số hoặc ngày tháng riêng, hoặc văn bản thiếu Số, ngày", "An attached Kế hoạch has its own Số or date, or a document lacks them");
    public static readonly DiagnosticCode N030 = new("N030", Severity.Error, "Tên loại văn bản sai định dạng (in hoa, đậm, 13–14, giữa)", "Document type name format (upper case, bold, 13–14 pt, centred)");
    public static readonly DiagnosticCode N031 = new("N031", Severity.Error, "Trích yếu sai định dạng (đậm, 13–14, giữa)", "Trích yếu format (bold, 13–14 pt, centred)");
    public static readonly DiagnosticCode N032 = new("N032", Severity.Warning, "Trích yếu viết in hoa toàn bộ (Nghị định 30: chữ in thường)", "Trích yếu in all capitals (Decree 30: normal case)");
    public static readonly DiagnosticCode N033 = new("N033", Severity.Error, "Thiếu đường kẻ dưới trích yếu, hoặc không dài 1/3–1/2 dòng chữ", "No line under the trích yếu, or not 1/3–1/2 of its length");
    public static readonly DiagnosticCode N034 = new("N034", Severity.Error, "Dòng \"Kèm theo…\" sai định dạng (nghiêng, 13–14, giữa)", "The \"Kèm theo…\" line format (italic, 13–14 pt, centred)");
    public static readonly DiagnosticCode N035 = new("N035", Severity.Warning, "Dòng thẩm quyền ban hành sai định dạng (in hoa, đậm, 13–14, giữa)", "Authority line format (upper case, bold, 13–14 pt, centred)");
    public static readonly DiagnosticCode N040 = new("N040", Severity.Error, "Căn cứ ban hành không in nghiêng hoặc sai cỡ chữ (13–14)", "A legal basis line not italic or of the wrong size (13–14 pt)");
    public static readonly DiagnosticCode N041 = new("N041", Severity.Error, "Căn cứ ban hành sai dấu câu (mỗi dòng kết thúc \";\", dòng cuối \".\")", "Legal basis punctuation (each line ends \";\", the last \".\")");
    public static readonly DiagnosticCode N042 = new("N042", Severity.Error, "Đoạn nội dung không căn đều hai lề", "A body paragraph is not justified");
    public static readonly DiagnosticCode N043 = new("N043", Severity.Error, "Đoạn nội dung không lùi đầu dòng 1 cm hoặc 1,27 cm", "A body paragraph's first line is not indented 1 cm or 1.27 cm");
    public static readonly DiagnosticCode N044 = new("N044", Severity.Error, "Khoảng cách giữa các đoạn dưới 6 pt", "Space between paragraphs under 6 pt");
    public static readonly DiagnosticCode N045 = new("N045", Severity.Error, "Khoảng cách dòng ngoài giới hạn (dòng đơn đến 1,5 dòng)", "Line spacing outside single to 1.5 lines");
    public static readonly DiagnosticCode N046 = new("N046", Severity.Error, "Cỡ chữ phần nội dung ngoài 13–14", "Body text size outside 13–14 pt");
    public static readonly DiagnosticCode N047 = new("N047", Severity.Warning, "Phần nội dung dùng nhiều cỡ chữ", "The body mixes font sizes");
    public static readonly DiagnosticCode N048 = new("N048", Severity.Error, "Dòng \"QUYẾT ĐỊNH:\" sai chữ hoặc định dạng (in hoa, đậm, giữa, có dấu hai chấm)", "The \"QUYẾT ĐỊNH:\" line: wrong text or format (upper case, bold, centred, colon)");
    public static readonly DiagnosticCode N049 = new("N049", Severity.Warning, "Nội dung không kết thúc bằng \"./.\"", "The content does not end with \"./.\"");
    public static readonly DiagnosticCode N050 = new("N050", Severity.Error, "Tiêu đề phần số La Mã (I., II.) không in hoa đậm", "A Roman-numbered heading (I., II.) not upper case bold");
    public static readonly DiagnosticCode N051 = new("N051", Severity.Error, "\"Điều N.\" không in đậm", "\"Điều N.\" not bold");
    public static readonly DiagnosticCode N060 = new("N060", Severity.Error, "\"Nơi nhận:\" sai chữ hoặc định dạng (đậm nghiêng, 12)", "\"Nơi nhận:\": wrong text or format (bold italic, 12 pt)");
    public static readonly DiagnosticCode N061 = new("N061", Severity.Error, "Dòng nơi nhận sai dạng hoặc định dạng (\"- …;\", 11, đứng)", "A recipient line: wrong form or format (\"- …;\", 11 pt, upright)");
    public static readonly DiagnosticCode N062 = new("N062", Severity.Error, "Thiếu dòng \"- Lưu: VT, ….\" ở cuối nơi nhận, hoặc sai dạng", "No \"- Lưu: VT, ….\" line at the end of the recipients, or malformed");
    public static readonly DiagnosticCode N063 = new("N063", Severity.Warning, "Quyết định không gửi \"- Như Điều N;\"", "A Quyết định without \"- Như Điều N;\" among the recipients");
    public static readonly DiagnosticCode N064 = new("N064", Severity.Error, "Quyền hạn, chức vụ người ký sai định dạng (in hoa, đậm, 13–14; TM./KT./Q./TL./TUQ.)", "Signer's authority/title format (upper case, bold, 13–14 pt; TM./KT./Q./TL./TUQ.)");
    public static readonly DiagnosticCode N065 = new("N065", Severity.Error, "Họ tên người ký sai định dạng (chữ thường, đậm, 13–14; không học hàm, học vị)", "Signer's name format (normal case, bold, 13–14 pt; no academic title)");
    public static readonly DiagnosticCode N066 = new("N066", Severity.Error, "Thiếu khối nơi nhận và chữ ký", "No recipients and signature block");
    public static readonly DiagnosticCode N067 = new("N067", Severity.Error, "Còn dòng chữ mẫu \"(Chữ ký của người có thẩm quyền…)\"", "The sample placeholder \"(Chữ ký của người có thẩm quyền…)\" is left in");
    public static readonly DiagnosticCode N068 = new("N068", Severity.Warning, "Kế hoạch kèm theo Quyết định có nơi nhận, chữ ký riêng", "An attached Kế hoạch has its own recipients and signature");
    public static readonly DiagnosticCode N070 = new("N070", Severity.Error, "Không đánh số trang ở đầu trang (trường PAGE trong phần đầu trang)", "No page number in the header (a PAGE field)");
    public static readonly DiagnosticCode N071 = new("N071", Severity.Error, "Số trang sai định dạng (giữa, 13–14, không đậm)", "Page number format (centred, 13–14 pt, not bold)");
    public static readonly DiagnosticCode N072 = new("N072", Severity.Error, "Số trang hiện ở trang đầu", "The page number shows on the first page");
    public static readonly DiagnosticCode N073 = new("N073", Severity.Error, "Số trang ở chân trang", "A page number in the footer");
    public static readonly DiagnosticCode N074 = new("N074", Severity.Error, "Phụ lục không đánh số trang riêng (bắt đầu lại từ 1)", "A Phụ lục does not restart page numbers at 1");
    public static readonly DiagnosticCode N080 = new("N080", Severity.Error, "Nhãn \"Phụ lục\" sai dạng hoặc định dạng (\"Phụ lục I\", đậm, 14, giữa)", "The \"Phụ lục\" label: wrong form or format (\"Phụ lục I\", bold, 14 pt, centred)");
    public static readonly DiagnosticCode N081 = new("N081", Severity.Error, "Nhiều phụ lục mà không đánh số La Mã I, II, III… theo thứ tự", "Several appendices not numbered I, II, III… in order");
    public static readonly DiagnosticCode N082 = new("N082", Severity.Warning, "Chỉ một phụ lục mà vẫn đánh số La Mã", "A single appendix numbered with a Roman numeral");
    public static readonly DiagnosticCode N083 = new("N083", Severity.Error, "Tên phụ lục sai định dạng (in hoa, đậm, 13–14, giữa)", "Appendix title format (upper case, bold, 13–14 pt, centred)");
    public static readonly DiagnosticCode N084 = new("N084", Severity.Error, "Dòng \"(Kèm theo …)\" của phụ lục thiếu hoặc sai định dạng (nghiêng, 13–14, giữa)", "The appendix's \"(Kèm theo …)\" line missing or of the wrong format (italic, 13–14 pt, centred)");
    public static readonly DiagnosticCode N085 = new("N085", Severity.Warning, "Bảng dài không lặp lại dòng tiêu đề ở mỗi trang", "A long table does not repeat its header row on each page");
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
    // cchc import: the remaining shapes of real plans (indicator Phụ lục, a body fragment alone).
    public static readonly DiagnosticCode W130 = new("W130", Severity.Warning, "Nhập từ Word: một dòng của bảng chỉ tiêu không có trong phần thân Kế hoạch, không nhập được", "Import: an indicator table row is not in the plan's body and was not imported");
    public static readonly DiagnosticCode W131 = new("W131", Severity.Warning, "Nhập từ Word: tệp chỉ có phần thân Kế hoạch; tên, cơ quan ban hành và năm được bổ sung từ lời văn hoặc tên tệp", "Import: the file holds only a plan's body; its title, issuer and year were supplied from its wording or the file name");
    // cchc import --into: a Word edit brought back into an existing plan in place.
    public static readonly DiagnosticCode W125 = new("W125", Severity.Warning, "import --into: một thay đổi trong tệp Word không đặt được vào YAML, chưa áp dụng (hãy sửa tay)", "import --into: a change in the Word file could not be placed in the YAML and was not applied (edit it by hand)");
    public static readonly DiagnosticCode W126 = new("W126", Severity.Warning, "import --into: cơ quan không có trong danh mục agencies của kế hoạch, ghi thành lời văn", "import --into: an agency not in the plan's agencies registry was written as text");
    public static readonly DiagnosticCode W127 = new("W127", Severity.Warning, "import --into: sau khi áp dụng, kế hoạch vẫn khác tệp Word ở chỗ được nêu", "import --into: after applying, the plan still differs from the Word file where stated");
    public static readonly DiagnosticCode E310 = new("E310", Severity.Error, "import --into: không nạp được tệp kế hoạch YAML đích (mã thoát 2)", "import --into: the target plan YAML does not load (exit 2)");
    public static readonly DiagnosticCode E311 = new("E311", Severity.Error, "import --into: tệp Word là kế hoạch của đơn vị khác; thêm --force nếu đúng là muốn áp dụng (mã thoát 2)", "import --into: the Word file is a plan of another unit; add --force to apply it anyway (exit 2)");
    public static readonly DiagnosticCode E312 = new("E312", Severity.Error, "import --into: sửa tại chỗ cho ra YAML không nạp được; tệp không được ghi", "import --into: the in-place edit gave YAML that does not load; nothing was written");

    // cchc import --into: a task whose content was rewritten entirely, kept by its row's position.
    public static readonly DiagnosticCode W135 = new("W135", Severity.Warning, "import --into: nội dung nhiệm vụ được viết lại hoàn toàn; ghép với nhiệm vụ cùng vị trí nên giữ id (hãy kiểm tra)", "import --into: a task's content was rewritten entirely; paired with the task at the same place, so its id is kept (check it)");
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
    // tasks export / tasks import (Excel hand-offs): E420–E434, W420–W429.
    public static readonly DiagnosticCode E420 = new("E420", Severity.Error, "Không đọc được bảng tính .xlsx: tệp hỏng, không phải .xlsx hoặc có mật khẩu (mã thoát 2)", "Cannot read the .xlsx: damaged, not an .xlsx, or password-protected (exit 2)");
    public static readonly DiagnosticCode E421 = new("E421", Severity.Error, "Bảng tính không có trang nhiệm vụ do cchc xuất (thiếu dòng tiêu đề hoặc cột; mã thoát 2)", "The workbook has no task sheet cchc exported (header row or a column missing; exit 2)");
    public static readonly DiagnosticCode E422 = new("E422", Severity.Error, "Mã nhiệm vụ không có trong kế hoạch", "Unknown task id");
    public static readonly DiagnosticCode E423 = new("E423", Severity.Error, "Dòng không có mã nhiệm vụ (ô mã bị xóa, hoặc dòng thêm vào)", "A row without a task id (the id was deleted, or the row was added)");
    public static readonly DiagnosticCode E424 = new("E424", Severity.Error, "Mã nhiệm vụ bị sửa so với lúc xuất", "A task id was altered after export");
    public static readonly DiagnosticCode E425 = new("E425", Severity.Error, "Một nhiệm vụ có hai dòng (trong một tệp hoặc ở hai tệp)", "A task has two rows (in one file or in two)");
    public static readonly DiagnosticCode E426 = new("E426", Severity.Error, "Ngày hoàn thành không phải một ngày", "The completion date is not a date");
    public static readonly DiagnosticCode E427 = new("E427", Severity.Error, "Trạng thái không có trong danh sách", "A status not in the list");
    public static readonly DiagnosticCode E428 = new("E428", Severity.Error, "Có ngày hoàn thành nhưng trạng thái không phải \"Đã hoàn thành\"", "A completion date without status \"Đã hoàn thành\"");
    public static readonly DiagnosticCode E429 = new("E429", Severity.Error, "Trạng thái \"Đã hoàn thành\" nhưng chưa có ngày hoàn thành", "Status \"Đã hoàn thành\" without a completion date");
    public static readonly DiagnosticCode E430 = new("E430", Severity.Error, "Ngày hoàn thành sau ngày ghi nhận", "The completion date is after the day recorded");
    public static readonly DiagnosticCode E431 = new("E431", Severity.Error, "Ô có dữ liệu cchc không hiểu (ngoài các cột, giá trị lỗi, sai kiểu); dòng đó không được nhập", "A cell cchc does not understand (outside the columns, an error value, a wrong type); its row is not imported");
    public static readonly DiagnosticCode E432 = new("E432", Severity.Error, "tasks export: mã cơ quan không có trong kế hoạch (mã thoát 2)", "tasks export: unknown agency code (exit 2)");
    public static readonly DiagnosticCode E433 = new("E433", Severity.Error, "tasks import: không sửa được tệp trạng thái tại chỗ (mã thoát 2)", "tasks import: the status file cannot be edited in place (exit 2)");
    public static readonly DiagnosticCode E434 = new("E434", Severity.Error, "tasks: không ghi được tệp (mã thoát 2)", "tasks: a file cannot be written (exit 2)");
    // tasks import without the Open XML SDK (sheets-xml): E435–E439.
    public static readonly DiagnosticCode E435 = new("E435", Severity.Error, "Bảng tính .xlsx hoặc một phần của nó quá lớn, có thể là bom zip (mã thoát 2)", "The .xlsx or one of its parts is too large, possibly a zip bomb (exit 2)");
    public static readonly DiagnosticCode W420 = new("W420", Severity.Warning, "Ngày được lưu dạng chữ (đã hiểu theo ngày/tháng/năm)", "A date stored as text (read as day/month/year)");
    public static readonly DiagnosticCode W421 = new("W421", Severity.Warning, "Ô của kế hoạch bị sửa trong bảng tính (không nhập; sửa trong tệp kế hoạch)", "A plan cell was edited in the sheet (not imported; edit the plan file)");
    public static readonly DiagnosticCode W422 = new("W422", Severity.Warning, "Ô có công thức (lấy giá trị đang hiển thị)", "A cell holds a formula (its shown value is used)");

    // The reports: section of a status file and cchc report (issue 11): E440–E449, W440–W449.
    public static readonly DiagnosticCode E440 = new("E440", Severity.Error, "Kỳ báo cáo không đúng dạng", "A report period that is not one of the forms");
    public static readonly DiagnosticCode E441 = new("E441", Severity.Error, "Hai mục báo cáo cho cùng một kỳ", "Two report sections for the same period");
    public static readonly DiagnosticCode E442 = new("E442", Severity.Error, "Ngày báo cáo trước khi kỳ báo cáo bắt đầu", "A report date before its period begins");
    public static readonly DiagnosticCode E443 = new("E443", Severity.Error, "Ngày báo cáo không đúng dạng", "A malformed report date");
    public static readonly DiagnosticCode E444 = new("E444", Severity.Error, "Ngày chốt số liệu nằm ngoài kỳ báo cáo", "A data cut-off outside the report period");
    public static readonly DiagnosticCode E445 = new("E445", Severity.Error, "Kỳ báo cáo nằm ngoài thời kỳ kế hoạch", "A report period outside the plan period");
    public static readonly DiagnosticCode W440 = new("W440", Severity.Warning, "Người ký báo cáo thiếu chức vụ", "A report signer without a title");
    public static readonly DiagnosticCode W441 = new("W441", Severity.Warning, "Ngày báo cáo quá xa sau kỳ báo cáo", "A report date long after its period");
    public static readonly DiagnosticCode W442 = new("W442", Severity.Warning, "Chưa có mục báo cáo cho kỳ này", "No report section for the period");

    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        E001, E002, E003, E004, E005, E006, E007, E008,
        E009, E010, E011, E012, E013, E014, E015, E016,
        E100, E101, E102, E103, E104, E105, E106, E107, E108,
        E201, E202, E203, E204, E205, E206, E207, E301, E302,
        E303, E304, E305, E306, E307, W101, W102, W103,
        W104, W105, W106, W107, W108, W109, W110, W111,
        W112, W113, W114, W115, W116, W117, W118, W119, W120, W121, W122, W123, W124, W130, W131, E308, E309, W125, W126, W127, E310, E311, E312, T001, T002, T003, T004, T005,
        W135,
        E401, E402, E403, E404, E405, E406, E407, E408, E409, E410, E411, E412, W401, W402,
        N001, N002, N003, N004, N010, N011, N012, N013,
        N014, N020, N021, N022, N023, N024, N025, N026,
        N027, N028, N029, N030, N031, N032, N033, N034, N035,
        N040, N041, N042, N043, N044, N045, N046, N047,
        N048, N049, N050, N051, N060, N061, N062, N063,
        N064, N065, N066, N067, N068, N070, N071, N072,
        N073, N074, N080, N081, N082, N083, N084, N085,
        E420, E421, E422, E423, E424, E425, E426, E427, E428, E429, E430, E431, E432, E433, E434, E435, W420, W421, W422,
        E440, E441, E442, E443, E444, E445, W440, W441, W442,
    ];

    public static DiagnosticCode? Find(string code) => All.FirstOrDefault(e => e.Code == code);

    public static string Describe(string code, string lang) => Find(code) is { } e ? e.Description.In(lang) : code;
}
