using System.Text;
using Cchc.Cli.Output;
using Cchc.Diff;
using Cchc.Import.Into;
using Cchc.Model;

namespace Cchc.Cli.Commands;

/// <summary>
/// <c>cchc import EDITED.docx… --into PLAN.yaml [--dry-run]</c>: what was edited in Word, written into the plan in
/// place; prints the semantic diff of what it applied (as <c>cchc diff</c>) and the findings of validating it.
/// </summary>
internal static class ImportIntoCommand
{
    public static int Run(ConsoleIo io, IReadOnlyList<string> paths, string planPath, string? output, bool dryRun, bool force, DiagnosticFormat format, string lang)
    {
        if (output is not null)
        {
            io.Err.WriteLine(new LocalizedText("cchc import: --into sửa tệp kế hoạch tại chỗ, không dùng cùng -o", "cchc import: --into edits the plan in place; it cannot be used with -o").In(lang));
            return ExitCodes.Usage;
        }

        string text;
        try
        {
            text = File.ReadAllText(planPath, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var (vi, en) = IoReason.Of(ex, planPath);
            ValidateCommand.Report(io, [DiagnosticCatalog.E310.At(SourceSpan.None(planPath), vi, en)], format, lang, 1);
            return ExitCodes.Usage;
        }

        var result = InternalError.Guard(planPath, _ => IntoImporter.Apply(paths, planPath, text, force), d => new IntoResult(null, null, [d], Refused: true));
        if (result.Refused || result.Text is null)
        {
            ValidateCommand.Report(io, result.Diagnostics, format, lang, 1);
            return ExitCodes.Usage;
        }

        var report = format == DiagnosticFormat.Human ? io.Out : io.Err;
        if (result.Changed)
        {
            DiffReport.WriteText(report, result.Applied!, color: false);
        }
        else
        {
            report.WriteLine(new LocalizedText($"{planPath}: không có thay đổi so với tệp Word", $"{planPath}: no changes from the Word file").In(lang));
        }

        if (result.Changed && !dryRun)
        {
            var failure = AtomicFile.WriteAll([(planPath, new UTF8Encoding(false).GetBytes(result.Text))]);
            if (failure is not null)
            {
                ValidateCommand.Report(io, [.. result.Diagnostics, BuildCommand.CannotWrite(failure)], format, lang, 1);
                return ExitCodes.Usage;
            }

            io.Err.WriteLine(lang == "en" ? $"Wrote {planPath}" : $"Đã ghi {planPath}");
        }
        else if (result.Changed)
        {
            io.Err.WriteLine(lang == "en" ? $"--dry-run: {planPath} was not written" : $"--dry-run: không ghi {planPath}");
        }

        ValidateCommand.Report(io, result.Diagnostics, format, lang, 1);
        return result.HasErrors ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
