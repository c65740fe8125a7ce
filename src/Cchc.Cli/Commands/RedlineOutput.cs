using Cchc.Cli.Output;
using Cchc.Diff;
using Cchc.Docx;
using Cchc.Model;
using Cchc.Redline;

namespace Cchc.Cli.Commands;

/// <summary><c>cchc diff OLD NEW --redline OUT.docx</c>: the new Kế hoạch with tracked changes against the old one.</summary>
internal static class RedlineOutput
{
    /// <summary>Composes both plans with the same wording as <c>cchc build</c>, then writes the redline atomically.</summary>
    public static int Write(ConsoleIo io, Package oldPlan, Package newPlan, PlanDiff diff, string path, string lang)
    {
        var templates = TemplateLocator.Resolve(null);
        var human = new HumanDiagnostics(io.Err, lang);
        var templateErrors = templates.Diagnostics.Where(d => d.IsError).ToList();
        if (templateErrors.Count > 0)
        {
            templateErrors.ForEach(human.Write);
            return ExitCodes.Usage;
        }

        var redline = RedlineComposer.Compose(oldPlan, newPlan, templates, diff);
        if (redline.Document is not { } document)
        {
            redline.Diagnostics.Where(d => d.IsError).ToList().ForEach(human.Write);
            io.Err.WriteLine(new LocalizedText(
                $"cchc diff: không ghi {path}: hãy sửa các lỗi ở trên.",
                $"cchc diff: {path} not written: fix the errors above.").In(lang));
            return ExitCodes.Findings;
        }

        using var buffer = new MemoryStream();
        DocxWriter.Write(document, buffer);
        if (AtomicFile.WriteAll([(path, buffer.ToArray())]) is { } failure)
        {
            human.Write(BuildCommand.CannotWrite(failure));
            return ExitCodes.Usage;
        }

        return ExitCodes.Ok;
    }
}
