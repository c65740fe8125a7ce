using Cchc.Model.Documents;

namespace Cchc.Tests.Docx;

/// <summary>
/// Hand-made document models shaped like what the composer produces for a ward's 2026 plan: a Quyết định
/// issuing a Kế hoạch with a 45-task Phụ lục, and a standalone Kế hoạch. Built directly, without the YAML and
/// composition stages, so the writer is tested on its own.
/// </summary>
internal static class SampleDocuments
{
    public const string Agency = "ỦY BAN NHÂN DÂN";
    public const string AgencyPlace = "PHƯỜNG HẢI DƯƠNG";
    public const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";
    public const string DecisionNumber = "Số:       /QĐ-UBND";
    public const string PlaceDate = "Hải Dương, ngày 12 tháng 01 năm 2026";
    public const string PlanSummary = "Cải cách hành chính nhà nước phường Hải Dương năm 2026";
    public const string AppendixTitle = "DANH MỤC NHIỆM VỤ, CÔNG VIỆC CỤ THỂ TRIỂN KHAI,\nTHỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026";
    public const string SignerName = "Phạm Thị Thanh Vân";
    public const int AppendixTaskRows = 45;

    public static readonly string[] AppendixHeaders =
        ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện/ hoàn thành", "Sản phẩm"];

    /// <summary>Quyết định + Kế hoạch kèm theo + landscape Phụ lục: the usual one-file package.</summary>
    public static Document DecisionPackage() => new([Decision(), AttachedPlan(), Appendix()]);

    public static Document DecisionOnly() => new([Decision()]);

    public static Document StandalonePlanDocument() => new([StandalonePlan()]);

    public static Document AppendixOnly() => new([Appendix()]);

    public static IEnumerable<object[]> All() =>
    [
        ["decision-package"],
        ["decision-only"],
        ["standalone-plan"],
        ["appendix-only"],
    ];

    public static Document Named(string name) => name switch
    {
        "decision-package" => DecisionPackage(),
        "decision-only" => DecisionOnly(),
        "standalone-plan" => StandalonePlanDocument(),
        "appendix-only" => AppendixOnly(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such sample document."),
    };

    public static Letterhead Letterhead(string? number, string? placeDate) =>
        new(null, [Agency, AgencyPlace], number, NationalTitle, Motto, placeDate);

    public static Section Decision() => new(Orientation.Portrait,
    [
        Letterhead(DecisionNumber, PlaceDate),
        Paragraph.Of(ParaStyle.DocType, "QUYẾT ĐỊNH"),
        Paragraph.Of(ParaStyle.Summary, "Ban hành Kế hoạch cải cách hành chính nhà nước\nphường Hải Dương năm 2026"),
        new ShortRule(),
        Paragraph.Of(ParaStyle.Authority, "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HẢI DƯƠNG"),
        Paragraph.Of(ParaStyle.Basis, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
        Paragraph.Of(ParaStyle.Basis, "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;"),
        Paragraph.Of(ParaStyle.Basis, "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"),
        Paragraph.Of(ParaStyle.Basis, "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội."),
        Paragraph.Of(ParaStyle.DecisionHeading, "QUYẾT ĐỊNH:"),
        Article("Điều 1.", " Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính nhà nước phường Hải Dương năm 2026 (chi tiết tại Phụ lục kèm theo)."),
        Article("Điều 2.", " Quyết định này có hiệu lực thi hành kể từ ngày ký."),
        Article("Điều 3.", " Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường, Trưởng các phòng, cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."),
        new SignatureBlock(
            ["- Như Điều 3;", "- Sở Nội vụ;", "- TT Đảng ủy, TT HĐND phường;", "- CT, các PCT UBND phường;", "- Cổng thông tin điện tử phường;", "- Lưu: VT, VHXH."],
            ["CHỦ TỊCH"],
            SignerName),
    ]);

    public static Section AttachedPlan() => new(Orientation.Portrait,
    [
        Letterhead(null, null),
        Paragraph.Of(ParaStyle.DocType, "KẾ HOẠCH"),
        Paragraph.Of(ParaStyle.Summary, PlanSummary),
        Paragraph.Of(ParaStyle.AttachedLine, "(Kèm theo Quyết định số       /QĐ-UBND ngày 12 tháng 01 năm 2026\ncủa Chủ tịch Ủy ban nhân dân phường Hải Dương)"),
        new ShortRule(),
        .. PlanBody(),
    ]);

    public static Section StandalonePlan() => new(Orientation.Portrait,
    [
        new Letterhead(null, ["ỦY BAN NHÂN DÂN", "XÃ TÂN MINH"], "Số:       /KH-UBND", NationalTitle, Motto, "Tân Minh, ngày       tháng 9 năm 2025"),
        Paragraph.Of(ParaStyle.DocType, "KẾ HOẠCH"),
        Paragraph.Of(ParaStyle.Summary, "Thực hiện Chương trình tổng thể cải cách hành chính nhà nước\ngiai đoạn 2026 - 2030"),
        new ShortRule(),
        .. PlanBody(),
        new SignatureBlock(
            ["- Sở Nội vụ;", "- CT, các PCT UBND xã;", "- Các cơ quan chuyên môn;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
            "Nguyễn Văn An"),
    ]);

    public static Section Appendix()
    {
        var rows = new List<TableRow> { new(TableRowKind.Header, [.. AppendixHeaders.Select(h => Cell(ParaStyle.TableHeader, h))]) };
        var task = 0;
        foreach (var (roman, title, count) in AppendixGroups)
        {
            rows.Add(new TableRow(TableRowKind.Group, [Cell(ParaStyle.TableGroup, $"{roman}. {title}")]));
            for (var i = 0; i < count; i++)
            {
                task++;
                var template = TaskTemplates[(task - 1) % TaskTemplates.Length];
                rows.Add(new TableRow(TableRowKind.Body,
                [
                    Cell(ParaStyle.TableCellCentered, task.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    Cell(ParaStyle.TableCell, $"{template.Content} ({title.ToLowerInvariant()})"),
                    Cell(ParaStyle.TableCellCentered, template.Lead),
                    Cell(ParaStyle.TableCell, template.Partners),
                    Cell(ParaStyle.TableCellCentered, template.Deadline),
                    new TableCell([Paragraph.Of(ParaStyle.TableCell, "Kế hoạch"), Paragraph.Of(ParaStyle.TableCell, template.Product)]),
                ]));
            }
        }

        return new Section(Orientation.Landscape,
        [
            Paragraph.Of(ParaStyle.AppendixLabel, "Phụ lục"),
            Paragraph.Of(ParaStyle.AppendixTitle, AppendixTitle),
            Paragraph.Of(ParaStyle.AttachedLine, "(Kèm theo Quyết định số       /QĐ-UBND ngày 12 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân phường Hải Dương)"),
            new ShortRule(),
            new Table([5, 40, 14, 20, 14, 20], rows),
        ]);
    }

    private static readonly (string Roman, string Title, int Count)[] AppendixGroups =
    [
        ("I", "Chỉ đạo điều hành, kiểm tra và tuyên truyền", 8),
        ("II", "Cải cách thể chế", 6),
        ("III", "Cải cách thủ tục hành chính", 9),
        ("IV", "Cải cách tổ chức bộ máy", 5),
        ("V", "Cải cách chế độ công vụ", 6),
        ("VI", "Cải cách tài chính công", 4),
        ("VII", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", 7),
    ];

    private static readonly (string Content, string Lead, string Partners, string Deadline, string Product)[] TaskTemplates =
    [
        ("Ban hành Kế hoạch và tổ chức triển khai thực hiện nhiệm vụ năm 2026", "Phòng VHXH", "Các phòng, đơn vị chuyên môn", "Trước ngày 15/01/2026", "Kế hoạch của UBND phường"),
        ("Xây dựng báo cáo định kỳ hằng quý, 6 tháng và năm về kết quả thực hiện", "Văn phòng HĐND và UBND", "Các phòng, đơn vị chuyên môn", "Định kỳ", "Báo cáo của UBND phường"),
        ("Tổ chức tự kiểm tra 100% các đơn vị thuộc và trực thuộc; theo dõi, đôn đốc khắc phục tồn tại sau kiểm tra", "Phòng VHXH", "Các phòng, đơn vị có liên quan", "Cả năm 2026", "Thông báo kết luận, báo cáo"),
        ("Rà soát, đánh giá và công khai thủ tục hành chính thuộc thẩm quyền giải quyết của phường", "Trung tâm Phục vụ hành chính công", "Các phòng chuyên môn", "Quý II/2026", "Quyết định công bố"),
        ("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; cập nhật lên Cổng Dịch vụ công quốc gia", "Trung tâm Phục vụ hành chính công", "Các phòng, đơn vị chuyên môn", "Thường xuyên", "Hồ sơ điện tử"),
        ("Tuyên truyền cải cách hành chính trên Cổng thông tin điện tử và hệ thống truyền thanh cơ sở", "Phòng VHXH", "Các đoàn thể, tổ dân phố", "Quý III, IV/2026", "Tin, bài tuyên truyền"),
    ];

    private static IEnumerable<DocBlock> PlanBody() =>
    [
        Paragraph.Of(ParaStyle.Body, "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030, Ủy ban nhân dân phường ban hành Kế hoạch cải cách hành chính nhà nước năm 2026 với các nội dung như sau:"),
        Paragraph.Of(ParaStyle.Heading1, "I. MỤC ĐÍCH, YÊU CẦU"),
        Paragraph.Of(ParaStyle.Heading2, "1. Mục đích"),
        Paragraph.Of(ParaStyle.ListItem, "a) Công tác cải cách hành chính tiếp tục được xác định là nhiệm vụ trọng tâm, khâu đột phá trong công tác lãnh đạo, chỉ đạo, điều hành của các cấp, các ngành."),
        Paragraph.Of(ParaStyle.ListItem, "b) Đáp ứng yêu cầu phục vụ, nâng cao mức độ hài lòng của người dân, tổ chức và doanh nghiệp; kịp thời khắc phục những tồn tại, hạn chế trong công tác cải cách hành chính."),
        Paragraph.Of(ParaStyle.Heading2, "2. Yêu cầu"),
        Paragraph.Of(ParaStyle.Body, "Các cơ quan, đơn vị nhận thức đầy đủ, xác định công tác cải cách hành chính là nhiệm vụ trọng tâm, thường xuyên; xác định rõ trách nhiệm của người đứng đầu trong tổ chức thực hiện."),
        Paragraph.Of(ParaStyle.Heading1, "II. NHIỆM VỤ, GIẢI PHÁP"),
        Paragraph.Of(ParaStyle.Heading2, "1. Công tác chỉ đạo, điều hành"),
        Paragraph.Of(ParaStyle.Heading3, "a) Chỉ đạo, điều hành"),
        Paragraph.Of(ParaStyle.ListItem, "- Chỉ đạo, điều hành tổ chức thực hiện đồng bộ, có hiệu quả các nhiệm vụ trong công tác cải cách hành chính; xây dựng kế hoạch thực hiện cụ thể, xác định rõ trách nhiệm."),
        Paragraph.Of(ParaStyle.ListItem, "- Thường xuyên kiểm tra, đôn đốc việc thực hiện các nhiệm vụ được giao (chi tiết tại Phụ lục kèm theo)."),
        Paragraph.Of(ParaStyle.Heading1, "III. TỔ CHỨC THỰC HIỆN"),
        Paragraph.Of(ParaStyle.Body, "Các phòng, đơn vị chuyên môn căn cứ Kế hoạch này xây dựng kế hoạch của đơn vị mình, tổ chức thực hiện và báo cáo kết quả trước ngày 15 tháng 12 năm 2026./."),
    ];

    private static Paragraph Article(string label, string text) =>
        new(ParaStyle.Article, [new Run(label, Bold: true), new Run(text)]);

    private static TableCell Cell(ParaStyle style, string text) => new([Paragraph.Of(style, text)]);
}
