using System.CommandLine;
using System.Text;
using Cchc.Cli.Output;
using Cchc.Import;
using Cchc.Model;

namespace Cchc.Cli.Commands;

/// <summary><c>cchc import DOC.docx… [-o PLAN.yaml]</c>: Word files → a plan in YAML, then the findings of validating it.</summary>
internal static class ImportCommand
{
    public static Command Create(ConsoleIo io)
    {
        var paths = new Argument<string[]>("tệp-word")
        {
            Description = "Các tệp .docx của bộ văn bản (Quyết định, Kế hoạch, Phụ lục; một tệp hoặc nhiều tệp, thứ tự tùy ý)",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Tệp kế hoạch YAML sẽ ghi (mặc định: tên tệp Word đầu tiên, đuôi .yaml, cùng thư mục)",
            HelpName = "tệp.yaml",
        };
        var force = new Option<bool>("--force") { Description = "Ghi đè tệp YAML đã có; với --into: áp dụng cả khi tệp Word là văn bản của đơn vị khác" };
        var into = new Option<string>("--into")
        {
            Description = "Đưa chỗ đã sửa trong tệp Word vào tệp kế hoạch YAML đã có, sửa tại chỗ (giữ id, ghi chú, thứ tự khóa), rồi in các thay đổi như cchc diff",
            HelpName = "tệp.yaml",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Với --into: chỉ in các thay đổi, không ghi tệp" };
        var format = CommonOptions.DiagnosticFormat();
        var lang = CommonOptions.Lang();
        var command = new Command("import",
            "Nhập bộ văn bản Word (.docx) thành tệp kế hoạch YAML, rồi kiểm tra tệp vừa ghi như cchc validate. Chỗ cchc phải đoán có ghi chú \"# cchc:\" và cảnh báo chỉ rõ vị trí trong YAML và trong tệp Word.\nVới --into: đưa chỗ sửa trong Word về tệp YAML đã có.\nMã thoát: 0 ghi được kế hoạch không có lỗi, 1 kế hoạch đã ghi nhưng còn lỗi, 2 không đọc được tệp Word hoặc lỗi tham số.")
        {
            paths, output, into, dryRun, force, format, lang,
        };
        command.SetAction(parsed =>
        {
            var diagnosticFormat = Enum.Parse<DiagnosticFormat>(parsed.GetValue(format)!, ignoreCase: true);
            return parsed.GetValue(into) is { } plan
                ? ImportIntoCommand.Run(io, parsed.GetValue(paths)!, plan, parsed.GetValue(output), parsed.GetValue(dryRun), parsed.GetValue(force), diagnosticFormat, parsed.GetValue(lang)!)
                : Run(io, parsed.GetValue(paths)!, parsed.GetValue(output), parsed.GetValue(force), diagnosticFormat, parsed.GetValue(lang)!);
        });
        return command;
    }

    public static int Run(ConsoleIo io, IReadOnlyList<string> paths, string? output, bool force, DiagnosticFormat format, string lang)
    {
        var target = output ?? Path.ChangeExtension(paths[0], ".yaml");
        if (File.Exists(target) && !force)
        {
            ValidateCommand.Report(io, [DiagnosticCatalog.E309.At(SourceSpan.None(target),
                $"tệp \"{target}\" đã có; thêm --force để ghi đè, hoặc chọn tệp khác bằng -o",
                $"\"{target}\" already exists; add --force to overwrite it, or choose another file with -o")], format, lang, 1);
            return ExitCodes.Usage;
        }

        var result = InternalError.Guard(target, _ => PlanImporter.Import(paths, target), d => new ImportResult(null, [d], Unreadable: true));
        if (result.Yaml is { } yaml)
        {
            var failure = AtomicFile.WriteAll([(target, Encoding.UTF8.GetBytes(yaml))]);
            if (failure is not null)
            {
                ValidateCommand.Report(io, [.. result.Diagnostics, BuildCommand.CannotWrite(failure)], format, lang, 1);
                return ExitCodes.Usage;
            }

            io.Err.WriteLine(lang == "en" ? $"Wrote {target}" : $"Đã ghi {target}");
        }

        ValidateCommand.Report(io, result.Diagnostics, format, lang, 1);
        return result.Unreadable ? ExitCodes.Usage : result.HasErrors ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
