using Cchc.Composition.Kinds;
using static Cchc.Composition.Templates.TemplateNames;

namespace Cchc.Composition.Reports;

/// <summary>The Báo cáo kết quả thực hiện: composed by <see cref="ReportComposer"/> from <see cref="ReportFacts"/>.</summary>
public sealed class ReportKind : DocumentKind
{
    public const string Subject = "Báo cáo";

    private ReportKind()
        : base(Subject, "bao-cao", "bao-cao",
            [NumberLine, PlaceDate, AttachedBy, Recipients, Signer,
             ReportDocType, ReportSummary, ReportBody, ReportAppendixLabel, ReportAppendixTitle, ReportAttachedLine, ReportAppendixHeaders])
    {
    }

    public static ReportKind Instance { get; } = new();

    /// <summary>The Phụ lục's columns, used when the header template does not give one line per column.</summary>
    public static IReadOnlyList<string> DefaultHeaders { get; } =
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Tình trạng", "Ngày hoàn thành", "Kết quả, sản phẩm"];
}
