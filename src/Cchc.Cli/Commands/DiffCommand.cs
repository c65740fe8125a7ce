using System.CommandLine;
using System.Text;
using Cchc.Cli.Output;
using Cchc.Diff;
using Cchc.Model;

namespace Cchc.Cli.Commands;

public enum DiffFormat
{
    Human,
    Json,
    Markdown,
}

/// <summary>
/// <c>cchc diff OLD.yaml NEW.yaml</c>: the semantic diff of two plans. Also git's external diff driver
/// (<c>--git</c>, or when called with git's 7 arguments: path old-file old-hex old-mode new-file new-hex new-mode).
/// </summary>
internal static class DiffCommand
{
    private const string NoFile = "/dev/null";

    public static Command Create(ConsoleIo io)
    {
        var files = new Argument<string[]>("tệp")
        {
            Description = "Kế hoạch cũ và kế hoạch mới (OLD.yaml NEW.yaml); với --git là 7 tham số git truyền cho trình so sánh",
            Arity = new ArgumentArity(2, 7),
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Dạng kết quả: human (mặc định; có màu khi in ra màn hình), json (lược đồ docs/diff-json.md), markdown (cho bình luận pull request)",
            DefaultValueFactory = _ => "human",
            HelpName = "human|json|markdown",
        }.AcceptOnlyFromAmong("human", "json", "markdown");
        var exitCode = new Option<bool>("--exit-code") { Description = "Mã thoát 1 khi hai kế hoạch khác nhau, 0 khi giống nhau (như git diff --exit-code)" };
        var color = new Option<string>("--color")
        {
            Description = "Tô màu: auto (mặc định: chỉ khi in ra màn hình), always, never",
            DefaultValueFactory = _ => "auto",
            HelpName = "auto|always|never",
        }.AcceptOnlyFromAmong("auto", "always", "never");
        var git = new Option<bool>("--git") { Description = "Được git gọi làm trình so sánh (git config diff.cchc.command \"cchc diff --git\")" };
        var redline = new Option<string>("--redline")
        {
            Description = "Ghi thêm Kế hoạch mới (kèm Phụ lục) thành .docx có theo dõi thay đổi so với kế hoạch cũ: chấp nhận tất cả ra văn bản mới, từ chối tất cả ra văn bản cũ",
            HelpName = "tệp.docx",
        };
        var lang = CommonOptions.Lang();
        var command = new Command("diff",
            "So sánh hai kế hoạch theo nội dung: nhiệm vụ và chỉ tiêu theo mã (id), các mục theo lĩnh vực/vai trò/tên, từng đoạn văn; năm được dời theo thời kỳ kế hoạch.\nMã thoát: 0 (hoặc 1 với --exit-code khi có khác biệt), 2 lỗi tham số, không có tệp hoặc kế hoạch có lỗi.")
        {
            files, format, exitCode, color, git, redline, lang,
        };
        command.SetAction(parsed =>
        {
            var colorChoice = parsed.GetValue(color);
            var useColor = colorChoice == "always" || (colorChoice == "auto" && io.OutIsTerminal && Environment.GetEnvironmentVariable("NO_COLOR") is null);
            return Run(io, parsed.GetValue(files)!, Enum.Parse<DiffFormat>(parsed.GetValue(format)!, ignoreCase: true),
                parsed.GetValue(exitCode), useColor, parsed.GetValue(git), parsed.GetValue(redline), parsed.GetValue(lang)!);
        });
        return command;
    }

    public static int Run(ConsoleIo io, IReadOnlyList<string> files, DiffFormat format, bool exitCode, bool color, bool git, string? redline, string lang)
    {
        git |= files.Count == 7;
        if (git && redline is not null)
        {
            io.Err.WriteLine(new LocalizedText(
                "cchc diff: --redline cần hai tệp kế hoạch, không dùng được khi git gọi (--git)",
                "cchc diff: --redline needs two plan files; it cannot be used when git calls cchc (--git)").In(lang));
            return ExitCodes.Usage;
        }

        if (files.Count != (git ? 7 : 2))
        {
            io.Err.WriteLine((git
                ? new LocalizedText(
                    $"cchc diff --git: git truyền 7 tham số (đường dẫn, tệp cũ, mã cũ, chế độ cũ, tệp mới, mã mới, chế độ mới), nhưng ở đây có {files.Count}",
                    $"cchc diff --git: git passes 7 arguments (path, old file, old hash, old mode, new file, new hash, new mode), but {files.Count} were given")
                : new LocalizedText(
                    $"cchc diff: cần đúng hai tệp (kế hoạch cũ và kế hoạch mới), nhưng ở đây có {files.Count}",
                    $"cchc diff: needs exactly two files (the old plan and the new plan), but {files.Count} were given")).In(lang));
            return ExitCodes.Usage;
        }

        var (oldPath, oldName, newPath, newName) = git
            ? (files[1], $"a/{files[0]}", files[4], $"b/{files[0]}")
            : (files[0], files[0], files[1], files[1]);

        // The two sides load and validate on two cores: for big plans that is most of the time.
        var oldSide = Task.Run(() => Load(oldPath, oldName, git));
        var newSide = Task.Run(() => Load(newPath, newName, git));
        var (oldPlan, oldProblems) = oldSide.GetAwaiter().GetResult();
        var (newPlan, newProblems) = newSide.GetAwaiter().GetResult();
        var problems = oldProblems.Concat(newProblems).ToList();
        if (problems.Count > 0)
        {
            // git stops every diff after a driver fails, so as a driver cchc reports and lets git go on.
            var human = new HumanDiagnostics(git ? io.Out : io.Err, lang);
            problems.ForEach(human.Write);
            if (git)
            {
                var lineDiff = $"git diff --no-ext-diff -- {ShellQuote.Path(files[0])}";
                io.Out.WriteLine(new LocalizedText(
                    $"cchc: không so sánh được {files[0]} theo nội dung; xem từng dòng bằng: {lineDiff}",
                    $"cchc: cannot compare {files[0]} by content; see the line diff with: {lineDiff}").In(lang));
                return ExitCodes.Ok;
            }

            return ExitCodes.Usage;
        }

        var diff = PlanDiffer.Compare(oldPlan, newPlan);
        if (redline is not null && RedlineOutput.Write(io, oldPlan!, newPlan!, diff, redline, lang) is var written and not ExitCodes.Ok)
        {
            return written;
        }

        switch (format)
        {
            case DiffFormat.Json:
                using (var buffer = new MemoryStream())
                {
                    DiffJson.Write(buffer, diff);
                    io.Out.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
                }

                break;
            case DiffFormat.Markdown:
                DiffReport.WriteMarkdown(io.Out, diff);
                break;
            default:
                DiffReport.WriteText(io.Out, diff, color);
                break;
        }

        return exitCode && !git && diff.HasDifferences ? ExitCodes.Findings : ExitCodes.Ok;
    }

    /// <summary>The plan, or null for git's /dev/null (a file added or deleted), and its errors.</summary>
    private static (Package? Plan, List<Diagnostic> Problems) Load(string path, string display, bool git)
    {
        if (git && path == NoFile)
        {
            return (null, []);
        }

        if (!File.Exists(path))
        {
            return (null, [DiagnosticCatalog.E201.At(SourceSpan.None(display), $"không tìm thấy tệp \"{display}\"", $"no such file \"{display}\"")]);
        }

        var plan = PlanChecker.Check(path, display);
        return (plan.Package, plan.Diagnostics.Where(d => d.IsError).ToList());
    }
}
