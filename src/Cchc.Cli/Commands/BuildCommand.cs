using System.CommandLine;
using Cchc.Cli.Output;
using Cchc.Model;

namespace Cchc.Cli.Commands;

/// <summary><c>cchc build PLAN…</c>: validate, compose with the wording templates, write the .docx files.</summary>
internal static class BuildCommand
{
    public static Command Create(ConsoleIo io)
    {
        var paths = new Argument<string[]>("đường-dẫn")
        {
            Description = "Tệp kế hoạch (.yaml) hoặc thư mục chứa kế hoạch",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Thư mục ghi văn bản (mặc định: thư mục hiện tại)",
            HelpName = "thư-mục",
        };
        var single = new Option<bool>("--single") { Description = "Ghi cả Quyết định, Kế hoạch và Phụ lục vào một tệp (để in)" };
        var pdf = new Option<bool>("--pdf") { Description = "Chuyển thêm sang PDF bằng LibreOffice (cần cài LibreOffice)" };
        var templates = new Option<string>("--templates")
        {
            Description = "Thư mục mẫu câu chữ (Scriban); mặc định: thư mục templates/ ở thư mục hiện tại nếu có, nếu không thì mẫu có sẵn",
            HelpName = "thư-mục",
        };
        var lang = CommonOptions.Lang();
        var command = new Command("build",
            "Soạn văn bản: kiểm tra kế hoạch, rồi ghi Quyết định (nếu có) và Kế hoạch kèm Phụ lục thành tệp .docx đúng thể thức Nghị định 30.\nCó lỗi thì không ghi gì (mã thoát 1). Tên tệp: <tên-kế-hoạch>-quyet-dinh.docx, <tên-kế-hoạch>-ke-hoach.docx (hoặc <tên-kế-hoạch>.docx với --single).")
        {
            paths, output, single, pdf, templates, lang,
        };
        command.SetAction(parsed => Run(io, new BuildOptions(parsed.GetValue(paths)!, parsed.GetValue(output) ?? ".", parsed.GetValue(single),
            parsed.GetValue(pdf), parsed.GetValue(templates), parsed.GetValue(lang)!)));
        return command;
    }

    public sealed record BuildOptions(IReadOnlyList<string> Paths, string OutputDir, bool Single, bool Pdf, string? Templates, string Lang);

    internal static void WarningSummary(ConsoleIo io, string file, List<Diagnostic> warnings, string lang)
    {
        if (warnings.Count == 0)
        {
            return;
        }

        var counts = string.Join(", ", warnings.GroupBy(w => w.Code).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Count() > 1 ? $"{g.Key} ×{g.Count()}" : g.Key));
        io.Err.WriteLine(lang == "en"
            ? $"{file}: {warnings.Count} warning(s) ({counts}); details: cchc validate {ShellQuote.Path(file)}"
            : $"{file}: {warnings.Count} cảnh báo ({counts}); xem chi tiết: cchc validate {ShellQuote.Path(file)}");
    }

    internal static Diagnostic CannotWrite(WriteFailure failure)
    {
        var (vi, en) = IoReason.Of(failure.Error, failure.Path);
        return DiagnosticCatalog.E205.At(SourceSpan.None(failure.Path),
            $"không ghi được tệp \"{failure.Path}\": {vi} ({failure.Error.GetType().Name})",
            $"cannot write \"{failure.Path}\": {en} ({failure.Error.GetType().Name})");
    }

    public static int Run(ConsoleIo io, BuildOptions options) => Run(io, options, file => PlanChecker.Load(file, file));

    /// <param name="load">The per-plan first step; a failure anywhere in one plan's build is that plan's E206.</param>
    internal static int Run(ConsoleIo io, BuildOptions options, Func<string, CheckedPlan> load)
    {
        var soffice = options.Pdf ? LibreOffice.Find() : null;
        if (options.Pdf && soffice is null)
        {
            io.Err.WriteLine(new LocalizedText(
                "cchc: --pdf cần LibreOffice nhưng không tìm thấy lệnh soffice. Cài LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) hoặc bỏ --pdf.",
                "cchc: --pdf needs LibreOffice but the soffice command was not found. Install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or drop --pdf.").In(options.Lang));
            return ExitCodes.Usage;
        }

        var (files, problems) = PlanFiles.Expand(options.Paths);
        var templateSet = TemplateLocator.Resolve(options.Templates);
        problems.AddRange(templateSet.Diagnostics.Where(d => d.IsError));
        var human = new HumanDiagnostics(io.Err, options.Lang);
        if (problems.Count > 0)
        {
            problems.ForEach(human.Write);
            return ExitCodes.Usage;
        }

        // Everything is checked and written in memory before any file is: one bad plan leaves every output untouched.
        var built = BuildPipeline.Build(new BuildRequest(files, options.OutputDir, options.Single, templateSet) { Load = load });
        bool failed = false, unreadable = false;
        foreach (var plan in built.Sources)
        {
            // Errors in full; warnings as one line per plan, since validate shows them in detail.
            plan.Diagnostics.Where(d => d.IsError).ToList().ForEach(human.Write);
            WarningSummary(io, plan.File, plan.Diagnostics.Where(d => !d.IsError).ToList(), options.Lang);
            failed |= plan.HasErrors;
            unreadable |= plan.Diagnostics.Any(d => d.Is(DiagnosticCatalog.E203) || d.Is(DiagnosticCatalog.E206));
        }

        if (failed)
        {
            io.Err.WriteLine(options.Lang == "en" ? "Nothing was written: fix the errors above." : "Không ghi văn bản nào: hãy sửa các lỗi ở trên.");
            return unreadable ? ExitCodes.Usage : ExitCodes.Findings; // as validate: a file cchc cannot read is an I/O error
        }

        var pending = built.Documents;
        var failure = built.Write();
        if (failure is not null)
        {
            human.Write(CannotWrite(failure));
            io.Err.WriteLine(options.Lang == "en" ? "Nothing was written." : "Không ghi văn bản nào.");
            return ExitCodes.Usage;
        }

        foreach (var document in pending)
        {
            io.Out.WriteLine(document.Path);
        }

        if (soffice is not null && pending.Count > 0)
        {
            var error = LibreOffice.ConvertToPdf(soffice, pending.Select(p => Path.GetFullPath(p.Path)).ToList(), Path.GetFullPath(options.OutputDir));
            if (error is not null)
            {
                io.Err.WriteLine($"cchc: {error.Value.In(options.Lang)}");
                return ExitCodes.Usage;
            }

            foreach (var document in pending)
            {
                io.Out.WriteLine(Path.ChangeExtension(document.Path, ".pdf"));
            }
        }

        return ExitCodes.Ok;
    }
}
