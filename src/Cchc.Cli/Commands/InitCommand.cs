using System.CommandLine;
using System.Text;
using Cchc.Cli.Init;
using Cchc.Cli.Output;
using Cchc.Model;

namespace Cchc.Cli.Commands;

/// <summary><c>cchc init [DIR] --unit "phường X" [--year N] [--force]</c>: the files a ward's plan repository needs.</summary>
internal static class InitCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(ConsoleIo io)
    {
        var dir = new Argument<string>("thư-mục")
        {
            Description = "Thư mục của kho kế hoạch (mặc định: thư mục hiện tại)",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var unit = new Option<string?>("--unit")
        {
            Description = "Đơn vị ban hành: \"phường …\", \"xã …\", \"đặc khu …\", \"thành phố …\" hoặc \"tỉnh …\" (bắt buộc)",
            HelpName = "đơn-vị",
        };
        var year = new Option<int?>("--year") { Description = "Năm của kế hoạch khởi đầu (mặc định: năm sau)", HelpName = "năm" };
        var force = new Option<bool>("--force") { Description = "Ghi đè các tệp đã có" };
        var lang = CommonOptions.Lang();
        var command = new Command("init",
            "Tạo kho kế hoạch mới: kế hoạch khởi đầu trong plans/, lược đồ cho trình soạn thảo, .gitattributes cho git diff, quy trình GitHub Actions (kiểm tra, SARIF, soạn văn bản), cài đặt VS Code và README tiếng Việt.\nKhông ghi đè tệp đã có (lỗi E207) trừ khi có --force. Mã thoát: 0 thành công, 2 lỗi tham số hoặc tệp đã có.")
        {
            dir, unit, year, force, lang,
        };
        command.SetAction(parsed => Run(io, parsed.GetValue(dir)!, parsed.GetValue(unit), parsed.GetValue(year), parsed.GetValue(force), parsed.GetValue(lang)!));
        return command;
    }

    public static int Run(ConsoleIo io, string dir, string? unitText, int? yearGiven, bool force, string lang)
    {
        var en = lang == "en";
        if (unitText is null || IssuingUnit.Parse(unitText) is not { } unit)
        {
            io.Err.WriteLine(en
                ? $"cchc init: --unit needs the issuing unit, e.g. --unit \"phường Hải Dương\" (unit words: {string.Join(", ", IssuingUnit.Units)})"
                : $"cchc init: --unit cần tên đơn vị ban hành, ví dụ --unit \"phường Hải Dương\" (bắt đầu bằng: {string.Join(", ", IssuingUnit.Units)})");
            return ExitCodes.Usage;
        }

        var year = yearGiven ?? DateTime.Now.Year + 1;
        if (year is < 1900 or > 2200)
        {
            io.Err.WriteLine(en ? $"cchc init: year {year} is out of range (1900–2200)" : $"cchc init: năm {year} không hợp lệ (1900–2200)");
            return ExitCodes.Usage;
        }

        var files = RepositoryKit.Files(unit, year).Select(f => (Shown: Shown(dir, f.Path), f.Text)).ToList();
        var human = new HumanDiagnostics(io.Err, lang);
        if (!force)
        {
            var existing = files.Where(f => File.Exists(f.Shown) || Directory.Exists(f.Shown)).ToList();
            foreach (var (shown, _) in existing)
            {
                human.Write(DiagnosticCatalog.E207.At(SourceSpan.None(shown),
                    $"tệp \"{shown}\" đã có, không ghi đè; dùng --force để ghi đè",
                    $"\"{shown}\" already exists and is not overwritten; use --force to overwrite"));
            }

            if (existing.Count > 0)
            {
                io.Err.WriteLine(en ? $"cchc init: nothing written ({existing.Count} file(s) exist)." : $"cchc init: không ghi tệp nào ({existing.Count} tệp đã có).");
                return ExitCodes.Usage;
            }
        }

        if (AtomicFile.WriteAll([.. files.Select(f => (f.Shown, Utf8.GetBytes(f.Text)))]) is { } failure)
        {
            human.Write(BuildCommand.CannotWrite(failure));
            return ExitCodes.Usage;
        }

        io.Out.WriteLine(en ? $"Created {files.Count} files for {unit.Full}, year {year}:" : $"Đã tạo {files.Count} tệp cho {unit.Full}, năm {year}:");
        foreach (var (shown, _) in files)
        {
            io.Out.WriteLine($"  {shown}");
        }

        io.Out.WriteLine(en ? "Next:" : "Tiếp theo:");
        if (dir is not ("." or ""))
        {
            io.Out.WriteLine($"  cd {ShellQuote.Path(dir)}");
        }

        io.Out.WriteLine("  git config diff.cchc.command \"cchc diff --git\"");
        io.Out.WriteLine("  cchc validate plans");
        return ExitCodes.Ok;
    }

    /// <summary>The path as the user will read it: relative to the folder given, with the platform's separator.</summary>
    private static string Shown(string dir, string relative)
    {
        var local = relative.Replace('/', Path.DirectorySeparatorChar);
        return dir is "." or "" ? local : Path.Join(dir, local);
    }
}
