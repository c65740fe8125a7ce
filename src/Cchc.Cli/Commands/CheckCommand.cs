using System.CommandLine;
using Cchc.Check;
using Cchc.Cli.Output;
using Cchc.Model;
using Cchc.Word;

namespace Cchc.Cli.Commands;

/// <summary><c>cchc check DOC.docx…</c>: the Decree 30 checklist on Word files, cchc's or not.</summary>
internal static class CheckCommand
{
    public static Command Create(ConsoleIo io)
    {
        var paths = new Argument<string[]>("văn-bản")
        {
            Description = "Tệp Word (.docx) cần kiểm tra",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.DiagnosticFormat();
        var lang = CommonOptions.Lang();
        var command = new Command("check", "Kiểm tra thể thức văn bản Word theo Nghị định 30/2020/NĐ-CP: khổ giấy, lề, phông, cỡ chữ, Quốc hiệu, Tiêu ngữ, số trang, nơi nhận, chữ ký, phụ lục.\nMã thoát: 0 không có lỗi, 1 có lỗi, 2 không đọc được tệp.")
        {
            paths, format, lang,
        };
        command.SetAction(parsed => Run(io, parsed.GetValue(paths)!, Enum.Parse<DiagnosticFormat>(parsed.GetValue(format)!, ignoreCase: true), parsed.GetValue(lang)!));
        return command;
    }

    public static int Run(ConsoleIo io, IEnumerable<string> paths, DiagnosticFormat format, string lang)
    {
        var files = paths.ToList();
        var all = new List<Diagnostic>();
        var unreadable = false;
        foreach (var file in files)
        {
            all.AddRange(InternalError.Guard(file, f =>
            {
                var read = WordReader.Read(f);
                if (read.Document is null)
                {
                    unreadable = true;
                    return read.Diagnostics;
                }

                return DocumentChecker.Check(read.Document, f, lang);
            }, d =>
            {
                unreadable = true;
                return [d];
            }));
        }

        ValidateCommand.Report(io, all, format, lang, files.Count);
        return unreadable ? ExitCodes.Usage : all.Any(d => d.IsError) ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
