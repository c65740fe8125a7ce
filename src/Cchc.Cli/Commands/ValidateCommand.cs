using System.CommandLine;
using Cchc.Cli.Output;
using Cchc.Model;

namespace Cchc.Cli.Commands;

/// <summary><c>cchc validate PATH…</c>: load and check plans, report every finding.</summary>
internal static class ValidateCommand
{
    public static Command Create(ConsoleIo io)
    {
        var paths = new Argument<string[]>("đường-dẫn")
        {
            Description = "Tệp kế hoạch (.yaml) hoặc thư mục (tìm mọi *.yaml, *.yml bên trong)",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.DiagnosticFormat();
        var strict = new Option<bool>("--strict") { Description = "Coi cảnh báo là lỗi (mã thoát 1 khi có cảnh báo)" };
        var lang = CommonOptions.Lang();
        var command = new Command("validate", "Kiểm tra kế hoạch: cú pháp, lược đồ và mọi quy tắc E/W; báo vị trí dòng, cột.\nMã thoát: 0 không có lỗi, 1 có lỗi (hoặc cảnh báo với --strict), 2 lỗi tham số hoặc đọc tệp.")
        {
            paths, format, strict, lang,
        };
        command.SetAction(parsed => Run(io, parsed.GetValue(paths)!, Enum.Parse<DiagnosticFormat>(parsed.GetValue(format)!, ignoreCase: true),
            parsed.GetValue(strict), parsed.GetValue(lang)!));
        return command;
    }

    public static int Run(ConsoleIo io, IEnumerable<string> paths, DiagnosticFormat format, bool strict, string lang) =>
        Run(io, paths, format, strict, lang, PlanChecker.Check);

    /// <param name="check">The per-plan step (load and validate); a failure of it is that plan's E206.</param>
    internal static int Run(ConsoleIo io, IEnumerable<string> paths, DiagnosticFormat format, bool strict, string lang, Func<string, CheckedPlan> check)
    {
        var (files, problems) = PlanFiles.Expand(paths);
        var all = new List<Diagnostic>(problems);
        foreach (var file in files)
        {
            all.AddRange(InternalError.Guard(file, f => check(f).Diagnostics, d => [d]));
        }

        Report(io, all, format, lang, files.Count);
        if (problems.Count > 0 || all.Any(d => d.Is(DiagnosticCatalog.E203) || d.Is(DiagnosticCatalog.E206)))
        {
            return ExitCodes.Usage;
        }

        return all.Any(d => d.IsError || strict) ? ExitCodes.Findings : ExitCodes.Ok;
    }

    public static void Report(ConsoleIo io, IReadOnlyList<Diagnostic> all, DiagnosticFormat format, string lang, int fileCount)
    {
        if (MachineDiagnostics.TryWrite(io.Out, all, format, lang))
        {
            return;
        }

        var human = new HumanDiagnostics(io.Out, lang);
        foreach (var d in all)
        {
            human.Write(d);
        }

        human.Summary(fileCount, all.Count(d => d.IsError), all.Count(d => !d.IsError));
    }
}
