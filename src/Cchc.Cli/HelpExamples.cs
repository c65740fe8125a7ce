namespace Cchc.Cli;

/// <summary>The "Ví dụ:" lines each command's --help ends with: real command lines a clerk can copy.</summary>
internal static class HelpExamples
{
    public static IReadOnlyList<(string Line, string What)> For(string command) => command switch
    {
        "build" =>
        [
            ("cchc build plans/phuong-hai-duong-2026.yaml -o out", "Quyết định và Kế hoạch (kèm Phụ lục) vào thư mục out/"),
            ("cchc build plans -o out --pdf", "mọi kế hoạch trong plans/, thêm bản PDF (cần LibreOffice)"),
            ("cchc build plans/phuong-hai-duong-2026.yaml --single --templates 'mẫu của phường'", "một tệp .docx, lời văn theo mẫu đã sửa"),
        ],
        "validate" =>
        [
            ("cchc validate plans", "kiểm tra mọi tệp .yaml trong plans/"),
            ("cchc validate plans/phuong-hai-duong-2026.yaml --strict", "cảnh báo cũng làm lệnh thất bại"),
            ("cchc validate plans --format sarif > cchc.sarif", "kết quả cho GitHub code scanning"),
        ],
        "check" =>
        [
            ("cchc check ke-hoach.docx", "lỗi thể thức Nghị định 30 của một văn bản Word"),
            ("cchc check out/*.docx --format sarif > check.sarif", "kiểm tra mọi văn bản đã soạn, kết quả cho GitHub code scanning"),
        ],
        "schema" =>
        [
            ("cchc schema > schema/cchc-plan.schema.json", "ghi JSON Schema cho trình soạn thảo"),
            ("cchc schema --status > schema/cchc-status.schema.json", "JSON Schema của tệp tình hình thực hiện"),
        ],
        "diff" =>
        [
            ("cchc diff plans/phuong-hai-duong-2025.yaml plans/phuong-hai-duong-2026.yaml", "những gì kế hoạch năm 2026 thay đổi so với 2025"),
            ("cchc diff cu.yaml moi.yaml --format markdown --exit-code", "dạng Markdown; mã thoát 1 khi có khác biệt"),
            ("cchc diff cu.yaml moi.yaml --redline ke-hoach-sua-doi.docx", "Kế hoạch mới với theo dõi thay đổi (Word)"),
        ],
        "next-year" =>
        [
            ("cchc next-year plans/phuong-hai-duong-2026.yaml -o plans/phuong-hai-duong-2027.yaml", "bản nháp năm sau"),
            ("cchc next-year plans/xa-tan-minh-2026-2030.yaml --to 2031 -o plans/xa-tan-minh-2031.yaml", "dời sang năm được chọn"),
        ],
        "init" =>
        [
            ("cchc init --unit 'phường Hải Dương' --year 2027", "kho kế hoạch mới ở thư mục hiện tại"),
            ("cchc init ke-hoach-xa-tan-minh --unit 'xã Tân Minh'", "tạo trong thư mục ke-hoach-xa-tan-minh/"),
            ("cchc init --unit 'phường Hải Dương' --force", "ghi đè các tệp đã có"),
        ],
        "status" =>
        [
            ("cchc status plans/phuong-hai-duong-2026.yaml --as-of 2026-03-31", "tình hình đến hết quý I/2026, đọc plans/phuong-hai-duong-2026.status.yaml"),
            ("cchc status plans/phuong-hai-duong-2026.yaml --by area", "thống kê theo từng lĩnh vực, tính đến hôm nay"),
            ("cchc status plans/phuong-hai-duong-2026.yaml --format github --exit-code", "trong GitHub Actions: chú thích nhiệm vụ quá hạn, thất bại khi có nhiệm vụ quá hạn chưa có ghi chú"),
        ],
        "tasks" =>
        [
            ("cchc tasks export plans/phuong-hai-duong-2026.yaml --agency vhxh -o vhxh.xlsx", "bảng nhiệm vụ của Phòng Văn hoá – Xã hội để điền"),
            ("cchc tasks import vhxh.xlsx vp.xlsx --into plans/phuong-hai-duong-2026.status.yaml", "nhập các bảng đã điền vào tệp trạng thái"),
        ],
        "tasks export" =>
        [
            ("cchc tasks export plans/phuong-hai-duong-2026.yaml --agency vhxh -o vhxh.xlsx", "các nhiệm vụ Phòng Văn hoá – Xã hội chủ trì hoặc phối hợp"),
            ("cchc tasks export plans/phuong-hai-duong-2026.yaml --status plans/phuong-hai-duong-2026.status.yaml -o tat-ca.xlsx", "mọi nhiệm vụ, điền sẵn trạng thái hiện tại"),
        ],
        "tasks import" =>
        [
            ("cchc tasks import vhxh.xlsx vp.xlsx --into plans/phuong-hai-duong-2026.status.yaml", "thêm các thay đổi vào tệp trạng thái"),
            ("cchc tasks import vhxh.xlsx --into plans/phuong-hai-duong-2026.status.yaml --date 2026-03-31 --dry-run", "chỉ xem sẽ đổi gì, ghi nhận ngày 31/3/2026"),
            ("cchc tasks import vhxh.xlsx --into plans/phuong-hai-duong-2026.status.yaml --dry-run --format sarif", "các ô sai dạng SARIF cho công cụ rà soát"),
        ],
        "report" =>
        [
            ("cchc report plans/phuong-hai-duong-2026.yaml --period 'Quý I/2026' -o out", "Báo cáo quý I/2026, số liệu đến hết 31/3/2026, lời văn từ mục reports: của tệp .status.yaml"),
            ("cchc report plans/phuong-hai-duong-2026.yaml --period '6 tháng' --as-of 2026-06-14 --pdf", "Báo cáo 6 tháng đầu năm, chốt số liệu ngày 14/6, thêm bản PDF"),
        ],
        "import" =>
        [
            ("cchc import ke-hoach-2025.docx", "ghi ke-hoach-2025.yaml cạnh tệp Word, rồi kiểm tra"),
            ("cchc import quyet-dinh.docx ke-hoach.docx -o plans/phuong-hai-duong-2025.yaml", "Quyết định và Kế hoạch ở hai tệp"),
            ("cchc import ke-hoach.docx -o ke-hoach.yaml --force --format github", "ghi đè; kết quả cho GitHub Actions"),
            ("cchc import out/ke-hoach.docx out/quyet-dinh.docx --into plans/phuong-hai-duong-2026.yaml", "đưa chỗ đã sửa trong Word về tệp YAML, giữ id và ghi chú"),
            ("cchc import out/ke-hoach.docx --into plans/phuong-hai-duong-2026.yaml --dry-run", "chỉ in các thay đổi, không ghi"),
        ],
        _ =>
        [
            ("cchc validate plans", "kiểm tra các kế hoạch"),
            ("cchc build plans/phuong-hai-duong-2026.yaml -o out", "soạn Quyết định và Kế hoạch (.docx)"),
            ("cchc diff cu.yaml moi.yaml", "so sánh hai kế hoạch"),
        ],
    };
}
