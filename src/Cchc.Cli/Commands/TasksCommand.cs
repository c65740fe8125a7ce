using System.CommandLine;
using System.Globalization;
using System.Text;
using Cchc.Cli.Output;
using Cchc.Model;
using Cchc.Sheets;

namespace Cchc.Cli.Commands;

/// <summary>
/// <c>cchc tasks export PLAN [--agency CODE] [--status FILE] -o FILE.xlsx</c> and
/// <c>cchc tasks import FILE.xlsx… --into STATUS.yaml [--date DATE] [--dry-run]</c>: the spreadsheets departments fill in.
/// </summary>
internal static class TasksCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Command Create(ConsoleIo io) => new("tasks", "Trao đổi nhiệm vụ với các phòng, đơn vị bằng bảng tính Excel: xuất bảng để điền trạng thái, nhập bảng đã điền vào tệp trạng thái.")
    {
        Export(io), Import(io),
    };

    private static Command Export(ConsoleIo io)
    {
        var plan = new Argument<string>("kế-hoạch") { Description = "Tệp kế hoạch (.yaml)" };
        var agency = new Option<string?>("--agency") { Description = "Mã cơ quan: chỉ các nhiệm vụ cơ quan đó chủ trì hoặc phối hợp (mặc định: mọi nhiệm vụ)", HelpName = "mã" };
        var status = new Option<string?>("--status") { Description = "Tệp trạng thái để điền sẵn trạng thái hiện tại (mặc định: <kế-hoạch>.status.yaml nếu có)", HelpName = "tệp" };
        var output = new Option<string>("--output", "-o") { Description = "Tệp .xlsx ghi ra", HelpName = "tệp", Required = true };
        var date = DateOption("Ngày lấy trạng thái hiện tại (mặc định: hôm nay)");
        var lang = CommonOptions.Lang();
        var command = new Command("export",
            "Xuất bảng tính nhiệm vụ (.xlsx) cho một phòng, đơn vị điền: cột mã nhiệm vụ được khóa, trạng thái chọn trong danh sách, ngày là ngày của Excel, in vừa khổ A4 ngang.\nMã thoát: 0 thành công, 2 lỗi tham số, tệp hoặc kế hoạch.")
        {
            plan, agency, status, output, date, lang,
        };
        command.SetAction(p => RunExport(io, p.GetValue(plan)!, p.GetValue(agency), p.GetValue(status), p.GetValue(output)!, p.GetValue(date), p.GetValue(lang)!));
        return command;
    }

    private static Command Import(ConsoleIo io)
    {
        var files = new Argument<string[]>("bảng-tính") { Description = "Các tệp .xlsx đã điền", Arity = ArgumentArity.OneOrMore };
        var into = new Option<string>("--into") { Description = "Tệp trạng thái (.status.yaml) được sửa tại chỗ; tạo mới nếu chưa có", HelpName = "tệp", Required = true };
        var date = DateOption("Ngày ghi nhận của các mục mới (mặc định: hôm nay)");
        var dryRun = new Option<bool>("--dry-run") { Description = "Chỉ in các thay đổi, không ghi tệp" };
        var format = CommonOptions.DiagnosticFormat();
        var lang = CommonOptions.Lang();
        var command = new Command("import",
            "Nhập các bảng tính đã điền vào tệp trạng thái: thêm một mục có ngày cho mỗi nhiệm vụ thay đổi, giữ nguyên chú thích và cách trình bày của tệp; báo từng ô sai kèm địa chỉ ô.\nDòng có lỗi không được nhập, các dòng khác vẫn được nhập. Mã thoát: 0 thành công, 1 có ô lỗi, 2 lỗi tham số hoặc không đọc được tệp.")
        {
            files, into, date, dryRun, format, lang,
        };
        command.SetAction(p => RunImport(io, p.GetValue(files)!, p.GetValue(into)!, p.GetValue(date), p.GetValue(dryRun),
            Enum.Parse<DiagnosticFormat>(p.GetValue(format)!, ignoreCase: true), p.GetValue(lang)!));
        return command;
    }

    private static Option<string?> DateOption(string description) => new("--date") { Description = description + "; dạng 2026-03-31 hoặc 31/03/2026", HelpName = "ngày" };

    internal static int RunExport(ConsoleIo io, string planPath, string? agency, string? statusPath, string output, string? dateText, string lang)
    {
        if (!TryDay(io, "export", dateText, lang, out var day) || LoadPlan(io, "export", planPath, lang) is not { } plan)
        {
            return ExitCodes.Usage;
        }

        if (agency is not null && !plan.Registry.ContainsKey(agency))
        {
            var closest = Spelling.Closest(agency, plan.Registry.Keys);
            Report(io, [SheetFinding.AtFile(DiagnosticCatalog.E432, planPath,
                $"mã cơ quan \"{agency}\" không có trong kế hoạch" + (closest is null ? $"; các mã: {string.Join(", ", plan.Registry.Keys)}" : $"; có phải ý bạn là \"{closest}\"?"),
                $"agency code \"{agency}\" is not in the plan" + (closest is null ? $"; codes: {string.Join(", ", plan.Registry.Keys)}" : $"; did you mean \"{closest}\"?"))], lang);
            return ExitCodes.Usage;
        }

        var beside = DefaultStatusPath(planPath);
        statusPath ??= File.Exists(beside) ? beside : null;
        IStatusSnapshot snapshot = StatusTextSnapshot.Empty;
        if (statusPath is not null)
        {
            if (ReadSnapshot(io, statusPath, lang) is not { } read)
            {
                return ExitCodes.Usage;
            }

            snapshot = read;
        }

        var tasks = TaskSheetWriter.TasksOf(plan, agency);
        if (Write(io, output, TaskSheetWriter.Write(plan, agency, snapshot, day), lang) is false)
        {
            return ExitCodes.Usage;
        }

        io.Out.WriteLine(lang == "en"
            ? $"Wrote {output}: {tasks.Count} task(s){(agency is null ? "" : $" led or co-led by {agency}")}."
            : $"Đã ghi {output}: {tasks.Count} nhiệm vụ{(agency is null ? "" : $" do {agency} chủ trì hoặc phối hợp")}.");
        return ExitCodes.Ok;
    }

    /// <summary>The findings are printed once, at the end, in <paramref name="format"/>: json, github and sarif go to standard
    /// output alone (the list of changes and the summary then go to standard error), human to standard error as before.</summary>
    internal static int RunImport(ConsoleIo io, string[] files, string into, string? dateText, bool dryRun, DiagnosticFormat format, string lang)
    {
        if (!TryDay(io, "import", dateText, lang, out var day))
        {
            return ExitCodes.Usage;
        }

        var planPath = PlanPathOf(into);
        if (LoadPlan(io, "import", planPath, lang) is not { } plan)
        {
            return ExitCodes.Usage;
        }

        var findings = new List<SheetFinding>();
        int Finish(int exit)
        {
            ReportIn(io, findings, format, lang);
            return exit;
        }

        string? text = null;
        if (File.Exists(into))
        {
            text = ReadText(io, into, lang);
            if (text is null)
            {
                return ExitCodes.Usage;
            }
        }

        var snapshot = text is null ? StatusTextSnapshot.Empty : StatusTextSnapshot.Parse(text, into);
        if (snapshot is null)
        {
            findings.Add(new SheetFinding(DiagnosticCatalog.E433.At(SourceSpan.At(into, 1, 1), "tệp trạng thái không đọc được như một bảng YAML; sửa lỗi cú pháp rồi nhập lại",
                "the status file does not read as a YAML mapping; fix its syntax and import again"), null, null));
            return Finish(ExitCodes.Usage);
        }

        // Every file is read and reported, whatever the others hold.
        var reads = files.Select(f => ReadSheet(f, plan, day)).ToList();
        var (changes, conflicts) = TaskImport.Merge(reads, snapshot, day);
        findings.AddRange(reads.SelectMany(r => r.Findings).Concat(conflicts));
        var entries = changes.Select(c => new StatusEntryText(c.TaskId, day, c.New, Path.GetFileName(c.From.File))).ToList();
        var unreadable = reads.Any(r => r.Unreadable);
        if (entries.Count > 0)
        {
            var edit = StatusTextWriter.Apply(text, into, Path.GetFileName(planPath), entries);
            if (edit.Text is null)
            {
                findings.AddRange(edit.Problems.Select(d => new SheetFinding(d, null, null)));
                return Finish(ExitCodes.Usage);
            }

            if (!dryRun && WriteFailure(into, Utf8.GetBytes(edit.Text)) is { } failure)
            {
                findings.Add(failure);
                return Finish(ExitCodes.Usage);
            }
        }

        var machine = format != DiagnosticFormat.Human;
        var errors = findings.Count(f => f.Diagnostic.IsError);
        var warnings = findings.Count - errors;
        var exit = unreadable ? ExitCodes.Usage : errors > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        Finish(exit);
        PrintChanges(machine ? io.Err : io.Out, changes, into, dryRun, lang);
        io.Err.WriteLine(lang == "en"
            ? $"{files.Length} file(s) read: {errors} error(s), {warnings} warning(s)."
            : $"Đã đọc {files.Length} tệp: {errors} lỗi, {warnings} cảnh báo.");
        return exit;
    }

    private static void ReportIn(ConsoleIo io, List<SheetFinding> findings, DiagnosticFormat format, string lang)
    {
        if (!MachineDiagnostics.TryWrite(io.Out, findings.Select(f => f.Diagnostic).ToList(), format, lang))
        {
            Report(io, findings, lang);
        }
    }

    private static SheetImport ReadSheet(string file, Package plan, DateOnly day)
    {
        try
        {
            var info = new FileInfo(file);
            if (!info.Exists)
            {
                return TaskSheetReader.Unreadable(DiagnosticCatalog.E420, file, $"không tìm thấy tệp \"{file}\"", $"no such file \"{file}\"");
            }

            if (info.Length > TaskSheetReader.MaxBytes)
            {
                return TaskSheetReader.Unreadable(DiagnosticCatalog.E420, file, $"tệp quá lớn ({info.Length / 1048576} MB; tối đa {TaskSheetReader.MaxBytes / 1048576} MB)",
                    $"the file is too large ({info.Length / 1048576} MB; at most {TaskSheetReader.MaxBytes / 1048576} MB)");
            }

            return TaskSheetReader.Read(File.ReadAllBytes(file), file, plan, day);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return TaskSheetReader.Unreadable(DiagnosticCatalog.E420, file, $"không đọc được tệp ({IoReason.Of(ex, file).Vi})", $"cannot read the file ({IoReason.Of(ex, file).En})");
        }
    }

    private static void PrintChanges(TextWriter w, IReadOnlyList<TaskChange> changes, string into, bool dryRun, string lang)
    {
        var en = lang == "en";
        if (changes.Count == 0)
        {
            w.WriteLine(en ? $"No change to {into}." : $"Không có thay đổi nào cho {into}.");
            return;
        }

        w.WriteLine(dryRun
            ? en ? $"Would add {changes.Count} entr(ies) to {into} (--dry-run, nothing written):" : $"Sẽ thêm {changes.Count} mục vào {into} (--dry-run, chưa ghi):"
            : en ? $"Added {changes.Count} entr(ies) to {into}:" : $"Đã thêm {changes.Count} mục vào {into}:");
        foreach (var change in changes)
        {
            w.WriteLine($"  {change.Describe(lang)}");
        }
    }

    /// <summary>The plan a status file follows: its <c>plan:</c> key, else its own name without ".status".</summary>
    internal static string PlanPathOf(string statusPath)
    {
        var folder = Path.GetDirectoryName(statusPath) ?? "";
        if (File.Exists(statusPath))
        {
            foreach (var line in File.ReadLines(statusPath))
            {
                if (line.StartsWith("plan:", StringComparison.Ordinal))
                {
                    var name = line[5..].Split(" #", 2)[0].Trim().Trim('"', '\'');
                    if (name.Length > 0)
                    {
                        return Path.Combine(folder, name);
                    }
                }
            }
        }

        var file = Path.GetFileName(statusPath);
        var stem = file.EndsWith(".status.yaml", StringComparison.Ordinal) ? file[..^".status.yaml".Length] : Path.GetFileNameWithoutExtension(file);
        return Path.Combine(folder, stem + ".yaml");
    }

    private static string DefaultStatusPath(string planPath) =>
        Path.Combine(Path.GetDirectoryName(planPath) ?? "", Path.GetFileNameWithoutExtension(planPath) + ".status.yaml");

    private static Package? LoadPlan(ConsoleIo io, string verb, string path, string lang)
    {
        if (!File.Exists(path))
        {
            io.Err.WriteLine(new LocalizedText($"cchc tasks {verb}: không tìm thấy tệp kế hoạch \"{path}\"", $"cchc tasks {verb}: no such plan file \"{path}\"").In(lang));
            return null;
        }

        var plan = PlanChecker.Check(path);
        if (plan.Package is null || plan.HasErrors)
        {
            io.Err.WriteLine(new LocalizedText($"cchc tasks {verb}: kế hoạch \"{path}\" có lỗi; sửa trước (cchc validate):", $"cchc tasks {verb}: the plan \"{path}\" has errors; fix them first (cchc validate):").In(lang));
            var human = new HumanDiagnostics(io.Err, lang);
            foreach (var d in plan.Diagnostics.Where(d => d.IsError))
            {
                human.Write(d);
            }

            return null;
        }

        return plan.Package;
    }

    private static StatusTextSnapshot? ReadSnapshot(ConsoleIo io, string path, string lang)
    {
        if (!File.Exists(path))
        {
            io.Err.WriteLine(new LocalizedText($"cchc tasks export: không tìm thấy tệp trạng thái \"{path}\"", $"cchc tasks export: no such status file \"{path}\"").In(lang));
            return null;
        }

        var text = ReadText(io, path, lang);
        var snapshot = text is null ? null : StatusTextSnapshot.Parse(text, path);
        if (text is not null && snapshot is null)
        {
            io.Err.WriteLine(new LocalizedText($"cchc tasks export: tệp trạng thái \"{path}\" không đọc được như một bảng YAML", $"cchc tasks export: the status file \"{path}\" does not read as a YAML mapping").In(lang));
        }

        return snapshot;
    }

    private static string? ReadText(ConsoleIo io, string path, string lang)
    {
        try
        {
            return Utf8.GetString(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            io.Err.WriteLine(new LocalizedText($"cchc tasks: không đọc được \"{path}\" (cần UTF-8)", $"cchc tasks: cannot read \"{path}\" (UTF-8 needed)").In(lang));
            return null;
        }
    }

    private static bool Write(ConsoleIo io, string path, byte[] bytes, string lang)
    {
        if (WriteFailure(path, bytes) is not { } failure)
        {
            return true;
        }

        Report(io, [failure], lang);
        return false;
    }

    private static SheetFinding? WriteFailure(string path, byte[] bytes) => AtomicFile.WriteAll([(path, bytes)]) is { } failure
        ? SheetFinding.AtFile(DiagnosticCatalog.E434, path, $"không ghi được tệp ({IoReason.Of(failure.Error, path).Vi})", $"cannot write the file ({IoReason.Of(failure.Error, path).En})")
        : null;

    private static bool TryDay(ConsoleIo io, string verb, string? text, string lang, out DateOnly day)
    {
        day = DateOnly.FromDateTime(DateTime.Now);
        if (text is null || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day) || ExcelDates.TryParseText(text, out day))
        {
            return true;
        }

        io.Err.WriteLine(new LocalizedText($"cchc tasks {verb}: không hiểu ngày \"{text}\"; ghi dạng 2026-03-31 hoặc 31/03/2026", $"cchc tasks {verb}: cannot read the date \"{text}\"; write 2026-03-31 or 31/03/2026").In(lang));
        return false;
    }

    /// <summary><c>FILE.xlsx(Nhiệm vụ!D7): lỗi E427: …</c>, one finding a line.</summary>
    private static void Report(ConsoleIo io, IEnumerable<SheetFinding> findings, string lang)
    {
        foreach (var f in findings)
        {
            var d = f.Diagnostic;
            var severity = lang == "en" ? (d.IsError ? "error" : "warning") : (d.IsError ? "lỗi" : "cảnh báo");
            var where = f.Cell is null && d.Span.IsKnown ? $"{d.Span.File}({d.Span.Line},{d.Span.Column})" : f.Where;
            io.Err.WriteLine($"{HumanDiagnostics.OneLine(where)}: {severity} {d.Code}: {HumanDiagnostics.OneLine(d.Message.In(lang))}");
        }
    }
}
