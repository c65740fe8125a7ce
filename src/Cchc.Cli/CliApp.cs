using System.CommandLine;
using Cchc.Cli.Commands;

namespace Cchc.Cli;

/// <summary>The command line: parses, dispatches to one command, maps the outcome to an exit code.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, stdoutIsTerminal: false);

    /// <param name="stdoutIsTerminal">Whether stdout is a terminal (not redirected): then reports may use colour.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool stdoutIsTerminal)
    {
        var io = new ConsoleIo(stdout, stderr, stdoutIsTerminal);
        var root = CreateRoot(io);
        var parsed = root.Parse(args);
        var lang = VietnameseHelp.RequestedLang(args);
        // A mistyped command is said once, with its likely meaning, not also as "no command chosen".
        var mistyped = parsed.Errors.Any(e => VietnameseHelp.MeantCommand(e) is not null);
        var errors = parsed.Errors.Where(e => !mistyped || VietnameseHelp.MeantCommand(e) is not null).Take(mistyped ? 1 : int.MaxValue)
            .Select(e => VietnameseHelp.TranslateParseError(e, lang)).ToList();
        errors.AddRange(VietnameseHelp.UnknownOptions(parsed, lang).Where(_ => !mistyped).Where(e => !errors.Any(x => x.Contains(e.Token, StringComparison.Ordinal))).Select(e => e.Message));
        if (errors.Count > 0 && !VietnameseHelp.IsHelp(parsed))
        {
            foreach (var error in errors)
            {
                stderr.WriteLine($"cchc: {error}");
            }

            var command = parsed.CommandResult.Command;
            var help = command is RootCommand ? "cchc --help" : $"cchc {command.Name} --help";
            stderr.WriteLine(lang == "en" ? $"See: {help}" : $"Xem hướng dẫn: {help}");
            return ExitCodes.Usage;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    internal static RootCommand CreateRoot(ConsoleIo io)
    {
        var root = new RootCommand("cchc — biên dịch kế hoạch cải cách hành chính viết bằng YAML thành Quyết định, Kế hoạch và Phụ lục (.docx) đúng thể thức Nghị định 30/2020/NĐ-CP.")
        {
            BuildCommand.Create(io),
            ValidateCommand.Create(io),
            SchemaCommand.Create(io),
            DiffCommand.Create(io),
            NextYearCommand.Create(io),
            InitCommand.Create(io),
            StatusCommand.Create(io),
            CheckCommand.Create(io),
            TasksCommand.Create(io),
            ReportCommand.Create(io),
            ImportCommand.Create(io),
        };
        VietnameseHelp.Install(root, io);
        return root;
    }
}

/// <summary>Where a command writes: stdout for results, stderr for messages.</summary>
public sealed record ConsoleIo(TextWriter Out, TextWriter Err, bool OutIsTerminal = false);
