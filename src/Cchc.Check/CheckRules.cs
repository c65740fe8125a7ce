using Cchc.Model;
using static Cchc.Model.DiagnosticCatalog;

namespace Cchc.Check;

/// <summary>The rules cchc check applies, as data; docs/check-rules.md is generated from this list.</summary>
public static class CheckRules
{
    private const DocumentKind Titled = DocumentKind.Decision | DocumentKind.Plan;

    public static readonly CheckRule Paper = new(N001, "§1, §9.1 P1", "Khổ giấy A4 (210 mm x 297 mm)", DocumentKind.All);
    public static readonly CheckRule Margins = new(N002, "§1, §9.1 P2, P4", "Lề trên, lề dưới cách mép 20–25 mm; lề trái 30–35 mm; lề phải 15–20 mm", DocumentKind.All);
    public static readonly CheckRule NarrowLandscape = new(N003, "§1, §9.1 P3", "Trang ngang khi văn bản có các bảng, biểu", DocumentKind.All);
    public static readonly CheckRule WidePortraitTable = new(N004, "§1, §9.7 A6–A7", "Phụ lục có bảng rộng trình bày trên trang ngang (thực tiễn)", DocumentKind.All);
    public static readonly CheckRule Font = new(N010, "§2, §9.2 F1", "Phông chữ tiếng Việt Times New Roman", DocumentKind.All);
    public static readonly CheckRule EastAsiaFont = new(N011, "§2, §9.2 F1", "Phông chữ Times New Roman (nên đặt cả ô eastAsia)", DocumentKind.All);
    public static readonly CheckRule LegacyFont = new(N012, "§2, §9.2 F3", "Bộ mã ký tự chữ Việt (phông chữ tiếng Việt Unicode) theo TCVN 6909:2001", DocumentKind.All);
    public static readonly CheckRule LegacyText = new(N013, "§2, §9.2 F3", "Bộ mã ký tự chữ Việt Unicode theo TCVN 6909:2001", DocumentKind.All);
    public static readonly CheckRule NotNfc = new(N014, "§2, §9.2 F3", "Bộ mã ký tự chữ Việt Unicode theo TCVN 6909:2001 (dựng sẵn)", DocumentKind.All);
    public static readonly CheckRule NoLetterhead = new(N020, "§3.1, §5.1–5.3", "Quốc hiệu và Tiêu ngữ trình bày ở đầu trang đầu, bên phải", Titled);
    public static readonly CheckRule NationalTitle = new(N021, "§3.1, §9.3 H3", "\"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\": chữ in hoa, cỡ 12–13, đứng, đậm", Titled);
    public static readonly CheckRule Motto = new(N022, "§3.1, §9.3 H4", "\"Độc lập - Tự do - Hạnh phúc\": cỡ 13–14, đứng, đậm, giữa các cụm từ có gạch nối (-), có cách chữ", Titled);
    public static readonly CheckRule MottoLine = new(N023, "§3.1, §9.3 H5", "Phía dưới có đường kẻ ngang, nét liền, có độ dài bằng độ dài của dòng chữ", Titled);
    public static readonly CheckRule UnderscoreLine = new(N024, "§4, §9.3 H5", "Đường kẻ ngang, nét liền (đường vẽ hoặc viền đoạn đo được độ dài)", DocumentKind.All);
    public static readonly CheckRule Agency = new(N025, "§3.2, §9.3 H6–H7", "Tên cơ quan ban hành: chữ in hoa, cỡ 12–13, đứng, đậm; cơ quan chủ quản: in hoa, cỡ 12–13, đứng, không đậm", Titled);
    public static readonly CheckRule AgencyLine = new(N026, "§3.2, §9.3 H8", "Phía dưới có đường kẻ ngang, nét liền, độ dài từ 1/3 đến 1/2 độ dài của dòng chữ, đặt cân đối", Titled);
    public static readonly CheckRule Number = new(N027, "§3.3, §9.3 H9", "\"Số\" cỡ 13, kiểu chữ đứng, sau có dấu hai chấm; số dưới 10 ghi thêm số 0; ký hiệu in hoa", Titled);
    public static readonly CheckRule PlaceDate = new(N028, "§3.4, §9.3 H10", "Địa danh và thời gian: cỡ 13–14, kiểu chữ nghiêng; ngày dưới 10 và tháng 1, 2 ghi thêm số 0", Titled);
    public static readonly CheckRule NumberPresence = new(N029, "§5.2–5.3, §9.3 H11", "Văn bản có tên loại ghi Số và ngày; Kế hoạch ban hành kèm theo Quyết định không có Số, ngày riêng", Titled);
    public static readonly CheckRule TypeName = new(N030, "§3.5, §9.4 T1", "Tên loại văn bản: chữ in hoa, cỡ 13–14, đứng, đậm, canh giữa", Titled);
    public static readonly CheckRule Summary = new(N031, "§3.5, §9.4 T2", "Trích yếu: chữ in thường, cỡ 13–14, đứng, đậm, canh giữa", Titled);
    public static readonly CheckRule SummaryCaps = new(N032, "§3.5, §9.4 T2", "Trích yếu nội dung văn bản trình bày bằng chữ in thường", Titled);
    public static readonly CheckRule SummaryLine = new(N033, "§3.5, §9.4 T4", "Bên dưới trích yếu có đường kẻ ngang, nét liền, độ dài từ 1/3 đến 1/2 độ dài của dòng chữ", Titled);
    public static readonly CheckRule AttachedLine = new(N034, "§5.2, §9.4 T3", "(Kèm theo Quyết định số … ngày … của …): chữ nghiêng, cỡ 13–14, canh giữa", DocumentKind.Plan);
    public static readonly CheckRule AuthorityLine = new(N035, "§5.1, §9.4 T5", "Dòng thẩm quyền ban hành của Quyết định: chữ in hoa, cỡ 13–14, đứng, đậm, canh giữa (mẫu)", DocumentKind.Decision);
    public static readonly CheckRule BasisFormat = new(N040, "§3.6, §9.5 B1", "Căn cứ ban hành: chữ in thường, kiểu chữ nghiêng, cỡ 13–14", DocumentKind.Decision);
    public static readonly CheckRule BasisPunctuation = new(N041, "§3.6, §9.5 B1", "Mỗi căn cứ xuống dòng, cuối dòng có dấu chấm phẩy, dòng cuối cùng kết thúc bằng dấu chấm", DocumentKind.Decision);
    public static readonly CheckRule Justified = new(N042, "§3.6, §9.5 B3", "Nội dung được canh đều cả hai lề", Titled);
    public static readonly CheckRule FirstLine = new(N043, "§3.6, §9.5 B4", "Đầu dòng lùi vào 1 cm hoặc 1,27 cm", Titled);
    public static readonly CheckRule ParagraphGap = new(N044, "§3.6, §9.5 B5", "Khoảng cách giữa các đoạn văn tối thiểu là 6pt", Titled);
    public static readonly CheckRule LineSpacing = new(N045, "§3.6, §9.5 B6", "Khoảng cách giữa các dòng tối thiểu là dòng đơn, tối đa là 1,5 lines", Titled);
    public static readonly CheckRule BodySize = new(N046, "§3.6, §9.5 B7", "Nội dung: chữ in thường, cỡ chữ từ 13 đến 14", Titled | DocumentKind.Unknown);
    public static readonly CheckRule MixedBodySize = new(N047, "§3.6, §9.5 B7", "Toàn bộ nội dung dùng một cỡ chữ", Titled | DocumentKind.Unknown);
    public static readonly CheckRule DecisionHeading = new(N048, "§5.1, §9.5 B2", "\"QUYẾT ĐỊNH:\" in hoa, đậm, canh giữa", DocumentKind.Decision);
    public static readonly CheckRule EndMark = new(N049, "§3.6, §9.5 B12", "Nội dung kết thúc bằng \"./.\" (mẫu của Phụ lục III)", Titled);
    public static readonly CheckRule RomanHeading = new(N050, "§3.7, §9.5 B11", "Phần, mục bố cục theo số La Mã: chữ in hoa, cỡ 13–14, đậm", Titled);
    public static readonly CheckRule Article = new(N051, "§3.7, §9.5 B8", "Từ \"Điều\", số thứ tự và dấu chấm: chữ in thường, đậm", DocumentKind.Decision);
    public static readonly CheckRule Recipients = new(N060, "§3.9, §9.6 S1", "\"Nơi nhận\": chữ in thường, cỡ 12, nghiêng, đậm, sau có dấu hai chấm", Titled);
    public static readonly CheckRule RecipientLine = new(N061, "§3.9, §9.6 S2", "Tên cơ quan nhận: cỡ 11, đứng; mỗi nơi một dòng, đầu dòng gạch ngang (-), cuối dòng dấu chấm phẩy", Titled);
    public static readonly CheckRule ArchiveLine = new(N062, "§3.9, §9.6 S3", "Dòng cuối \"Lưu\", sau có dấu hai chấm, \"VT\", dấu phẩy, chữ viết tắt đơn vị soạn thảo, dấu chấm", Titled);
    public static readonly CheckRule AsArticle = new(N063, "§3.9, §9.6 S4", "Quyết định gửi trước hết \"- Như Điều …;\" (mẫu 1.3)", DocumentKind.Decision);
    public static readonly CheckRule Authority = new(N064, "§3.8, §9.6 S5", "Quyền hạn, chức vụ người ký: chữ in hoa, cỡ 13–14, đứng, đậm; TM., KT., Q., TL., TUQ.", Titled);
    public static readonly CheckRule SignerName = new(N065, "§3.8, §9.6 S7", "Họ và tên người ký: chữ in thường, cỡ 13–14, đứng, đậm; không ghi học hàm, học vị", Titled);
    public static readonly CheckRule NoSignature = new(N066, "§5.1, §5.3, §9.6", "Văn bản có nơi nhận và chữ ký của người có thẩm quyền", Titled);
    public static readonly CheckRule Placeholder = new(N067, "§3.8, §9.6 S8", "Không in dòng chữ mẫu \"(Chữ ký của người có thẩm quyền, dấu/chữ ký số…)\"", DocumentKind.All);
    public static readonly CheckRule AttachedSignature = new(N068, "§5.2, §9.6 S10", "Kế hoạch ban hành kèm theo Quyết định không có nơi nhận và chữ ký (mẫu)", DocumentKind.Plan);
    public static readonly CheckRule PageNumber = new(N070, "§3.10, §9.1 P5", "Số trang được đánh từ số 1, bằng chữ số Ả Rập, đặt canh giữa theo chiều ngang trong phần lề trên", DocumentKind.All);
    public static readonly CheckRule PageNumberFormat = new(N071, "§3.10, §9.1 P5", "Số trang: cỡ 13–14, kiểu chữ đứng, canh giữa", DocumentKind.All);
    public static readonly CheckRule FirstPageNumber = new(N072, "§3.10, §9.1 P6", "Không hiển thị số trang thứ nhất", DocumentKind.All);
    public static readonly CheckRule FooterPageNumber = new(N073, "§3.10, §9.1 P8", "Số trang đặt trong phần lề trên của văn bản", DocumentKind.All);
    public static readonly CheckRule AppendixPages = new(N074, "§3.10, §9.1 P7, §9.7 A5", "Số trang của Phụ lục được đánh số riêng theo từng Phụ lục", DocumentKind.Appendix);
    public static readonly CheckRule AppendixLabel = new(N080, "§5.4, §9.7 A1", "Từ \"Phụ lục\" và số thứ tự: chữ in thường, cỡ 14, kiểu chữ đứng, đậm, canh giữa", DocumentKind.Appendix);
    public static readonly CheckRule AppendixNumerals = new(N081, "§5.4, §9.7 A2", "Trường hợp có từ hai phụ lục trở lên thì đánh số thứ tự bằng chữ số La Mã", DocumentKind.Appendix);
    public static readonly CheckRule SingleAppendixNumeral = new(N082, "§5.4, §9.7 A2", "Chỉ đánh số La Mã khi có từ hai phụ lục trở lên", DocumentKind.Appendix);
    public static readonly CheckRule AppendixTitle = new(N083, "§5.4, §9.7 A3", "Tên phụ lục: chữ in hoa, cỡ 13–14, kiểu chữ đứng, đậm, canh giữa", DocumentKind.Appendix);
    public static readonly CheckRule AppendixAttached = new(N084, "§5.4, §9.7 A4", "Dòng ghi chú kèm theo văn bản: chữ in thường, cỡ 13–14, kiểu chữ nghiêng, canh giữa", DocumentKind.Appendix);
    public static readonly CheckRule HeaderRepeat = new(N085, "§6, §9.7 A6", "Dòng tiêu đề của bảng được lặp lại ở mỗi trang (bảng của Nghị định)", DocumentKind.All);

    public static IReadOnlyList<CheckRule> All { get; } =
    [
        Paper, Margins, NarrowLandscape, WidePortraitTable, Font, EastAsiaFont, LegacyFont, LegacyText, NotNfc,
        NoLetterhead, NationalTitle, Motto, MottoLine, UnderscoreLine, Agency, AgencyLine, Number, PlaceDate, NumberPresence,
        TypeName, Summary, SummaryCaps, SummaryLine, AttachedLine, AuthorityLine,
        BasisFormat, BasisPunctuation, Justified, FirstLine, ParagraphGap, LineSpacing, BodySize, MixedBodySize, DecisionHeading, EndMark,
        RomanHeading, Article,
        Recipients, RecipientLine, ArchiveLine, AsArticle, Authority, SignerName, NoSignature, Placeholder, AttachedSignature,
        PageNumber, PageNumberFormat, FirstPageNumber, FooterPageNumber, AppendixPages,
        AppendixLabel, AppendixNumerals, SingleAppendixNumeral, AppendixTitle, AppendixAttached, HeaderRepeat,
    ];

    public static CheckRule? Of(DiagnosticCode code) => All.FirstOrDefault(r => r.Code == code);
}
