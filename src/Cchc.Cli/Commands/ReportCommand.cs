using System.CommandLine;
using Cchc.Cli.Output;
using Cchc.Model;
using Cchc.Status;

namespace Cchc.Cli.Commands;

/// <summary><c>cchc report PLAN --period …</c>: the periodic Báo cáo from the plan and its status file (docs/report.md).</summary>
internal static class ReportCommand
{
    public sealed record Options(string Plan, string Period, string? Status, string? AsOf, string OutputDir, bool Pdf, string? Templates, string Lang);

    public static Command Create(ConsoleIo io)
    {
        var plan = new Argument<string>("kế-hoạch") { Description = "Tệp kế hoạch (.yaml)" };
        var period = new Option<string>("--period", "-p")
        {
            Description = "Kỳ báo cáo: \"Quý I/2026\" … \"Quý IV/2026\", \"6 tháng\", \"9 tháng\", \"năm\" (bỏ năm: năm của kế hoạch)",
            HelpName = "kỳ",
            Required = true,
        };
        var status = new Option<string>("--status")
        {
            Description = "Tệp tình hình thực hiện (mặc định: tệp cùng tên cạnh kế hoạch, đuôi .status.yaml)",
            HelpName = "tệp.status.yaml",
        };
        var asOf = new Option<string>("--as-of")
        {
            Description = "Ngày chốt số liệu (mặc định: as_of: của mục báo cáo, nếu không có thì ngày cuối kỳ)",
            HelpName = "ngày",
        };
        var output = new Option<string>("--output", "-o") { Description = "Thư mục ghi báo cáo (mặc định: thư mục hiện tại)", HelpName = "thư-mục" };
        var pdf = new Option<bool>("--pdf") { Description = "Chuyển thêm sang PDF bằng LibreOffice (cần cài LibreOffice)" };
        var templates = new Option<string>("--templates")
        {
            Description = "Thư mục mẫu câu chữ (Scriban); mặc định: thư mục templates/ ở thư mục hiện tại nếu có, nếu không thì mẫu có sẵn",
            HelpName = "thư-mục",
        };
        var lang = CommonOptions.Lang();
        var command = new Command("report",
            "Soạn Báo cáo kết quả thực hiện kế hoạch cải cách hành chính của một kỳ (quý, 6 tháng, 9 tháng, năm): số liệu tính từ tệp tình hình thực hiện như cchc status, lời văn đánh giá lấy từ mục reports: của tệp đó.\nCó lỗi thì không ghi gì (mã thoát 1); 2 lỗi tham số hoặc không đọc được tệp. Tên tệp: <tên-kế-hoạch>-bao-cao-<kỳ>.docx, ví dụ phuong-hai-duong-2026-bao-cao-quy-i-2026.docx.")
        {
            plan, period, status, asOf, output, pdf, templates, lang,
        };
        command.SetAction(parsed => Run(io, new Options(parsed.GetValue(plan)!, parsed.GetValue(period)!, parsed.GetValue(status), parsed.GetValue(asOf),
            parsed.GetValue(output) ?? ".", parsed.GetValue(pdf), parsed.GetValue(templates), parsed.GetValue(lang)!), DateOnly.FromDateTime(DateTime.Now)));
        return command;
    }

    /// <param name="today">The day "in the future" is measured from.</param>
    public static int Run(ConsoleIo io, Options o, DateOnly today)
    {
        DateOnly? cutOff = null;
        if (o.AsOf is { } text)
        {
            if (!Dates.TryParse(text, out var day))
            {
                io.Err.WriteLine(new LocalizedText($"cchc report: --as-of \"{text}\" không phải một ngày có thật; viết YYYY-MM-DD (ví dụ 2026-03-31) hoặc DD/MM/YYYY",
                    $"cchc report: --as-of \"{text}\" is not a real date; write YYYY-MM-DD (e.g. 2026-03-31) or DD/MM/YYYY").In(o.Lang));
                return ExitCodes.Usage;
            }

            cutOff = day;
        }

        if (ReportPeriod.ParseName(o.Period) is null)
        {
            var meant = ReportPeriod.Suggest(o.Period);
            io.Err.WriteLine(new LocalizedText(
                $"cchc report: --period \"{o.Period}\" không phải một kỳ báo cáo{(meant is null ? "" : $"; có phải ý bạn là \"{meant}\"?")}; viết \"Quý I/2026\" … \"Quý IV/2026\", \"6 tháng\", \"9 tháng\" hoặc \"năm\"",
                $"cchc report: --period \"{o.Period}\" is not a report period{(meant is null ? "" : $"; did you mean \"{meant}\"?")}; write \"Quý I/2026\" … \"Quý IV/2026\", \"6 tháng\", \"9 tháng\" or \"năm\"").In(o.Lang));
            return ExitCodes.Usage;
        }

        var human = new HumanDiagnostics(io.Err, o.Lang);
        if (!File.Exists(o.Plan))
        {
            human.Write(DiagnosticCatalog.E201.At(SourceSpan.None(o.Plan), $"không tìm thấy tệp kế hoạch \"{o.Plan}\"", $"no such plan file \"{o.Plan}\""));
            return ExitCodes.Usage;
        }

        var soffice = o.Pdf ? LibreOffice.Find() : null;
        if (o.Pdf && soffice is null)
        {
            io.Err.WriteLine(new LocalizedText("cchc: --pdf cần LibreOffice nhưng không tìm thấy lệnh soffice. Cài LibreOffice hoặc bỏ --pdf.",
                "cchc: --pdf needs LibreOffice but the soffice command was not found. Install LibreOffice or drop --pdf.").In(o.Lang));
            return ExitCodes.Usage;
        }

        var templateSet = TemplateLocator.Resolve(o.Templates);
        if (templateSet.Diagnostics.Where(d => d.IsError).ToList() is { Count: > 0 } bad)
        {
            bad.ForEach(human.Write);
            return ExitCodes.Usage;
        }

        var built = ReportPipeline.Build(new ReportRequest(o.Plan, o.Period, o.Status, cutOff, o.OutputDir, templateSet, today));
        var source = built.Sources[0];
        // The plan's warnings in one line (validate shows them); the status file's and the report's in full.
        source.Diagnostics.Where(d => d.IsError || d.Span.File != o.Plan).ToList().ForEach(human.Write);
        BuildCommand.WarningSummary(io, o.Plan, [.. source.Diagnostics.Where(d => !d.IsError && d.Span.File == o.Plan)], o.Lang);
        if (source.HasErrors)
        {
            io.Err.WriteLine(o.Lang == "en" ? "Nothing was written: fix the errors above." : "Không ghi báo cáo: hãy sửa các lỗi ở trên.");
            return source.Diagnostics.Any(IsUnreadable) ? ExitCodes.Usage : ExitCodes.Findings;
        }

        if (built.Write() is { } failure)
        {
            human.Write(BuildCommand.CannotWrite(failure));
            return ExitCodes.Usage;
        }

        var written = built.Documents;
        written.ToList().ForEach(d => io.Out.WriteLine(d.Path));
        if (soffice is not null)
        {
            if (LibreOffice.ConvertToPdf(soffice, [.. written.Select(d => Path.GetFullPath(d.Path))], Path.GetFullPath(o.OutputDir)) is { } error)
            {
                io.Err.WriteLine($"cchc: {error.In(o.Lang)}");
                return ExitCodes.Usage;
            }

            written.ToList().ForEach(d => io.Out.WriteLine(Path.ChangeExtension(d.Path, ".pdf")));
        }

        return ExitCodes.Ok;
    }

    /// <summary>A file that does not exist or cannot be read (the plan, the status file): exit 2, as for validate.</summary>
    private static bool IsUnreadable(Diagnostic d) =>
        d.Is(DiagnosticCatalog.E201) || d.Is(DiagnosticCatalog.E203) || d.Is(DiagnosticCatalog.E100) || d.Is(DiagnosticCatalog.E102) || d.Is(DiagnosticCatalog.E206);
}
