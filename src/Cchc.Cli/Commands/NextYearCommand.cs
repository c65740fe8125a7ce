using System.CommandLine;
using System.Text;
using Cchc.Cli.Output;
using Cchc.Model;
using Cchc.Validation;
using Cchc.Yaml;
using Cchc.Yaml.Rollover;

namespace Cchc.Cli.Commands;

/// <summary><c>cchc next-year PLAN.yaml [--to YEAR] [-o OUT.yaml] [--force]</c>: next year's draft, edited in place.</summary>
internal static class NextYearCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Command Create(ConsoleIo io)
    {
        var plan = new Argument<string>("kế-hoạch") { Description = "Tệp kế hoạch năm nay (.yaml)" };
        var to = new Option<int?>("--to") { Description = "Năm đầu của kế hoạch mới (mặc định: năm sau năm cuối của thời kỳ hiện tại)", HelpName = "năm" };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Tệp kết quả (mặc định: tên tệp với năm mới, cạnh tệp gốc; nếu tên không có năm thì thêm -<năm>)",
            HelpName = "tệp",
        };
        var force = new Option<bool>("--force") { Description = "Ghi đè nếu tệp kết quả đã có" };
        var lang = CommonOptions.Lang();
        var command = new Command("next-year",
            "Tạo bản nháp kế hoạch năm sau: dời thời kỳ, năm trong thời hạn và trong tên kế hoạch; xóa số và ngày ban hành; giữ nguyên mã, chú thích và cách trình bày của tệp.\nIn ra những gì đã sửa và những chỗ cần người xem lại. Mã thoát: 0 thành công, 2 lỗi tham số, tệp hoặc kế hoạch.")
        {
            plan, to, output, force, lang,
        };
        command.SetAction(parsed => Run(io, parsed.GetValue(plan)!, parsed.GetValue(to), parsed.GetValue(output), parsed.GetValue(force), parsed.GetValue(lang)!));
        return command;
    }

    public static int Run(ConsoleIo io, string path, int? toYear, string? output, bool force, string lang)
    {
        if (!File.Exists(path))
        {
            io.Err.WriteLine(new LocalizedText(
                $"cchc next-year: không tìm thấy tệp \"{path}\"",
                $"cchc next-year: no such file \"{path}\"").In(lang));
            return ExitCodes.Usage;
        }

        var input = PlanChecker.Check(path);
        if (input.HasErrors || input.Package is null)
        {
            Report(io, input.Diagnostics.Where(d => d.IsError), lang);
            return ExitCodes.Usage;
        }

        var bytes = File.ReadAllBytes(path);
        var bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var text = Utf8.GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
        var from = input.Package.Plan.Period;
        var year = toYear ?? from.Last + 1;
        if (year == from.First || year < 1900 || year + (from.Last - from.First) > 2200)
        {
            io.Err.WriteLine(new LocalizedText(
                $"cchc next-year: năm mới {year} không hợp lệ (kế hoạch hiện tại: {from})",
                $"cchc next-year: the new year {year} is not valid (current plan: {from})").In(lang));
            return ExitCodes.Usage;
        }

        var result = YearRollover.Roll(input.Package, text, year);
        var target = output ?? DefaultOutput(path, from, result.To);
        if (File.Exists(target) && !force)
        {
            io.Err.WriteLine(new LocalizedText(
                $"cchc next-year: tệp \"{target}\" đã có; chọn tên khác bằng -o hoặc ghi đè bằng --force",
                $"cchc next-year: \"{target}\" already exists; choose another name with -o or overwrite it with --force").In(lang));
            return ExitCodes.Usage;
        }

        var problems = result.Problems.ToList();
        if (problems.Count == 0)
        {
            var loaded = PlanLoader.Load(result.Text, target);
            problems.AddRange(loaded.Diagnostics.Where(d => d.IsError));
            if (loaded.Package is { } next && !loaded.HasErrors)
            {
                problems.AddRange(PlanValidator.Validate(next).Where(d => d.IsError));
            }
        }

        if (problems.Count > 0)
        {
            io.Err.WriteLine(new LocalizedText(
                "cchc next-year: bản nháp năm mới chưa hợp lệ nên chưa ghi ra tệp:",
                "cchc next-year: the new year's draft is not valid, so it was not written:").In(lang));
            Report(io, problems, lang);
            return ExitCodes.Usage;
        }

        WriteAtomically(target, bom ? [0xEF, 0xBB, 0xBF, .. Utf8.GetBytes(result.Text)] : Utf8.GetBytes(result.Text));
        Print(io.Out, path, target, result, lang);
        return ExitCodes.Ok;
    }

    /// <summary>The input's name with the old years replaced, or with "-YEAR" added; beside the input.</summary>
    public static string DefaultOutput(string path, Period from, Period to)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var renamed = YearTokens.Shift(name, to.First - from.First, y => y >= from.First && y <= from.Last);
        if (renamed == name)
        {
            renamed = $"{name}-{to}";
        }

        return Path.Combine(Path.GetDirectoryName(path) ?? "", renamed + Path.GetExtension(path));
    }

    private static void WriteAtomically(string target, byte[] content)
    {
        var full = Path.GetFullPath(target);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, StaleTemporaries.Name(full));
        try
        {
            File.WriteAllBytes(temp, content);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static void Print(TextWriter w, string input, string target, RolloverResult r, string lang)
    {
        var en = lang == "en";
        var line = en ? "line" : "dòng";
        w.WriteLine(en
            ? $"Created {target}: the {r.To} draft plan from {input} ({r.From})."
            : $"Đã tạo {target}: bản nháp kế hoạch {r.To} từ {input} ({r.From}).");
        w.WriteLine(en ? $"Changed {r.Changes.Count} values:" : $"Đã sửa {r.Changes.Count} giá trị:");
        foreach (var c in r.Changes)
        {
            w.WriteLine($"  {line} {c.Line}: {c.What.In(lang)}: {Quote(c.Old)} → {Quote(c.New)}");
        }

        if (r.Review.Count > 0)
        {
            w.WriteLine(en ? $"For a person to review ({r.Review.Count}):" : $"Cần người xem lại ({r.Review.Count}):");
            foreach (var n in r.Review)
            {
                w.WriteLine($"  {line} {n.Line}: {n.Message.In(lang)}");
            }
        }
    }

    private static string Quote(string? value) => value is null ? "null" : $"\"{value}\"";

    private static void Report(ConsoleIo io, IEnumerable<Diagnostic> diagnostics, string lang)
    {
        var human = new HumanDiagnostics(io.Err, lang);
        foreach (var d in diagnostics)
        {
            human.Write(d);
        }
    }
}
