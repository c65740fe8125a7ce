using System.CommandLine;
using Cchc.Cli.Output;
using Cchc.Model;
using Cchc.Status;

namespace Cchc.Cli.Commands;

public enum StatusFormat
{
    Human,
    Json,
    Markdown,
    Github,
}

/// <summary><c>cchc status PLAN</c>: the plan's state on a day, from its status file (docs/status-format.md).</summary>
internal static class StatusCommand
{
    public sealed record Options(string Plan, string? Status, string? AsOf, StatusGrouping By, StatusFormat Format, bool ExitCode, string Lang);

    public static Command Create(ConsoleIo io)
    {
        var plan = new Argument<string>("kế-hoạch") { Description = "Tệp kế hoạch (.yaml)" };
        var status = new Option<string>("--status")
        {
            Description = "Tệp tình hình thực hiện (mặc định: tệp cùng tên cạnh kế hoạch, đuôi .status.yaml)",
            HelpName = "tệp.status.yaml",
        };
        var asOf = new Option<string>("--as-of")
        {
            Description = "Tính đến hết ngày này (YYYY-MM-DD hoặc DD/MM/YYYY; mặc định: hôm nay)",
            HelpName = "ngày",
        };
        var by = new Option<string>("--by")
        {
            Description = "Thống kê thêm theo lĩnh vực (area), cơ quan chủ trì (agency) hoặc quý của thời hạn (quarter)",
            HelpName = "area|agency|quarter",
        }.AcceptOnlyFromAmong("area", "agency", "quarter");
        var format = new Option<string>("--format", "-f")
        {
            Description = "Dạng kết quả: human (bảng tiếng Việt, mặc định), json (docs/status-format.md), markdown, github (chú thích cho nhiệm vụ quá hạn)",
            DefaultValueFactory = _ => "human",
            HelpName = "human|json|markdown|github",
        }.AcceptOnlyFromAmong("human", "json", "markdown", "github");
        var exitCode = new Option<bool>("--exit-code") { Description = "Mã thoát 1 khi có nhiệm vụ quá hạn mà chưa có ghi chú (lý do, hướng khắc phục)" };
        var lang = CommonOptions.Lang();
        var command = new Command("status",
            "Tình hình thực hiện kế hoạch tại một ngày: số nhiệm vụ đã hoàn thành (đúng hạn, quá hạn), đang thực hiện, quá hạn, chưa thực hiện; theo lĩnh vực, cơ quan, quý; danh sách nhiệm vụ quá hạn và tỷ lệ hoàn thành.\nMã thoát: 0; 1 khi tệp tình hình hoặc kế hoạch có lỗi (hoặc, với --exit-code, có nhiệm vụ quá hạn chưa có ghi chú); 2 lỗi tham số hoặc không đọc được tệp.")
        {
            plan, status, asOf, by, format, exitCode, lang,
        };
        command.SetAction(parsed => Run(io, new Options(parsed.GetValue(plan)!, parsed.GetValue(status), parsed.GetValue(asOf),
            parsed.GetValue(by) is { } b ? Enum.Parse<StatusGrouping>(b, ignoreCase: true) : StatusGrouping.None,
            Enum.Parse<StatusFormat>(parsed.GetValue(format)!, ignoreCase: true), parsed.GetValue(exitCode), parsed.GetValue(lang)!),
            DateOnly.FromDateTime(DateTime.Now)));
        return command;
    }

    /// <summary>The plan's sibling status file: "plans/x.yaml" → "plans/x.status.yaml".</summary>
    public static string DefaultStatusPath(string plan) => StatusLoader.SiblingOf(plan);

    /// <param name="today">The day "in the future" is measured from, and the default of --as-of.</param>
    public static int Run(ConsoleIo io, Options o, DateOnly today)
    {
        var day = today;
        if (o.AsOf is { } text && !Dates.TryParse(text, out day))
        {
            io.Err.WriteLine(new LocalizedText($"cchc status: --as-of \"{text}\" không phải một ngày có thật; viết YYYY-MM-DD (ví dụ 2026-03-31) hoặc DD/MM/YYYY",
                $"cchc status: --as-of \"{text}\" is not a real date; write YYYY-MM-DD (e.g. 2026-03-31) or DD/MM/YYYY").In(o.Lang));
            return ExitCodes.Usage;
        }

        var human = new HumanDiagnostics(io.Err, o.Lang);
        if (!File.Exists(o.Plan))
        {
            human.Write(DiagnosticCatalog.E201.At(SourceSpan.None(o.Plan), $"không tìm thấy tệp kế hoạch \"{o.Plan}\"", $"no such plan file \"{o.Plan}\""));
            return ExitCodes.Usage;
        }

        var plan = PlanChecker.Check(o.Plan);
        var statusPath = o.Status ?? DefaultStatusPath(o.Plan);
        var loaded = o.Status is null && !File.Exists(statusPath) ? null : StatusLoader.Load(statusPath);
        List<Diagnostic> problems = [.. plan.Diagnostics.Where(d => d.IsError), .. loaded?.Diagnostics ?? []];
        if (plan.Package is { } package && loaded?.File is { } file)
        {
            problems.AddRange(StatusValidator.Validate(package, file, today));
        }

        // The plan's findings first, then the status file's in the order of the file.
        problems = [.. problems.OrderBy(d => d.Span.File == o.Plan ? 0 : 1).ThenBy(d => d.Span.Line).ThenBy(d => d.Span.Column)];

        problems.ForEach(human.Write);
        if (o.Format == StatusFormat.Github)
        {
            MachineDiagnostics.Github(io.Out, problems, o.Lang);
        }

        if (problems.Any(d => d.Is(DiagnosticCatalog.E201) || d.Is(DiagnosticCatalog.E203) || d.Is(DiagnosticCatalog.E100) || d.Is(DiagnosticCatalog.E102)))
        {
            return ExitCodes.Usage;
        }

        if (plan.Package is null || problems.Any(d => d.IsError))
        {
            return ExitCodes.Findings;
        }

        var summary = StatusSummary.Compute(plan.Package, loaded?.File, day);
        switch (o.Format)
        {
            case StatusFormat.Json:
                io.Out.WriteLine(StatusJson.Write(summary));
                break;
            case StatusFormat.Markdown:
                StatusReport.WriteMarkdown(io.Out, summary, o.By, o.Lang);
                break;
            case StatusFormat.Github:
                WriteGithub(io.Out, summary, o.Lang);
                break;
            default:
                StatusReport.WriteText(io.Out, summary, o.By, o.Lang);
                break;
        }

        return o.ExitCode && summary.OverdueWithoutNote.Any() ? ExitCodes.Findings : ExitCodes.Ok;
    }

    /// <summary>One annotation per overdue task at its deadline in the plan: an error without a note, a warning with one;
    /// then the completion rate as a notice.</summary>
    private static void WriteGithub(TextWriter w, StatusSummary s, string lang)
    {
        var en = lang == "en";
        foreach (var t in s.Overdue)
        {
            var span = t.Task.Deadline.Span;
            var where = $"file={MachineDiagnostics.Escape(span.File, true)}" + (span.IsKnown ? $",line={span.Line},col={span.Column}" : "");
            var state = StatusReport.StatusWordIn(t.Status, lang).ToLowerInvariant();
            var due = Dates.Show(t.Due!.Value);
            var text = (en
                ? $"{t.Id} is overdue: deadline {t.Task.Deadline.Text} ({due}), lead {t.Lead}, {state}. "
                : $"{t.Id} quá hạn: hạn {t.Task.Deadline.Text} ({due}), chủ trì {t.Lead}, {state}. ") + StatusReport.NoteText(t, lang);
            var title = MachineDiagnostics.Escape(en ? "Overdue task" : "Nhiệm vụ quá hạn", true);
            w.WriteLine($"::{(string.IsNullOrWhiteSpace(t.Note) ? "error" : "warning")} {where},title={title}::{MachineDiagnostics.Escape(text, false)}");
        }

        var heading = MachineDiagnostics.Escape(en ? "Plan status" : "Tình hình thực hiện", true);
        w.WriteLine($"::notice title={heading}::{MachineDiagnostics.Escape(StatusReport.CompletionLine(s, lang), false)}");
    }
}
