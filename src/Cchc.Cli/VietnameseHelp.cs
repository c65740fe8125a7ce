using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using Cchc.Model;

namespace Cchc.Cli;

/// <summary>Help in Vietnamese: the library's own help text is English, so cchc prints its own.</summary>
internal static class VietnameseHelp
{
    public static void Install(RootCommand root, ConsoleIo io)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = "Hiện hướng dẫn sử dụng";
                help.Action = new PrintHelp(io);
            }
            else if (option is VersionOption version)
            {
                version.Description = "Hiện phiên bản";
            }
        }
    }

    public static bool IsHelp(ParseResult parsed) => parsed.Action is PrintHelp;

    /// <summary>
    /// The language messages are asked in, read from the words typed, so even a command line that does not parse
    /// answers in it ("--lang en" or "--lang=en" anywhere before "--").
    /// </summary>
    public static string RequestedLang(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count && args[i] != "--"; i++)
        {
            if (args[i] == "--lang=en" || (args[i] == "--lang" && i + 1 < args.Count && args[i + 1] == "en"))
            {
                return "en";
            }
        }

        return "vi";
    }

    /// <summary>A parse error for a person: in Vietnamese, or with <c>--lang en</c> the library's own English words.</summary>
    public static string TranslateParseError(ParseError error, string lang)
    {
        if (lang == "en")
        {
            return MeantCommand(error) is { } likely
                ? $"unknown command {Quoted(error.Message)}; did you mean '{likely}'?"
                : error.Message;
        }

        var message = error.Message;
        return message switch
        {
            _ when message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal) && MeantCommand(error) is { } meant =>
                $"không có lệnh {Quoted(message)}; có phải ý bạn là '{meant}'?",
            _ when message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal) =>
                "không hiểu lệnh hoặc tham số " + Quoted(message),
            _ when message.StartsWith("Required argument missing", StringComparison.Ordinal) && CommandOf(error.SymbolResult) is { } c =>
                $"lệnh '{c.Name}' cần {string.Join(", ", c.Arguments.Select(a => $"<{a.Name}>"))}: {c.Arguments.FirstOrDefault()?.Description}",
            _ when message.StartsWith("Required command was not provided", StringComparison.Ordinal) =>
                "chưa chọn lệnh (validate, build, diff, next-year, schema)",
            _ when message.StartsWith("Argument '", StringComparison.Ordinal) && message.Contains("not recognized", StringComparison.Ordinal) =>
                NotAllowed(message, error.SymbolResult),
            _ when message.Contains("expects a single argument", StringComparison.Ordinal) =>
                "tùy chọn chỉ nhận một giá trị " + Quoted(message),
            _ => message,
        };
    }

    /// <summary>The command a mistyped first word most likely meant ("biuld" → build).</summary>
    public static string? MeantCommand(ParseError error)
    {
        var quoted = Quoted(error.Message).Trim('\'');
        return CommandOf(error.SymbolResult) is RootCommand root && quoted.Length > 0 && !quoted.StartsWith('-')
            ? Spelling.Closest(quoted, root.Subcommands.Select(c => c.Name))
            : null;
    }

    private static Command? CommandOf(SymbolResult? symbol)
    {
        while (symbol is not null and not CommandResult)
        {
            symbol = symbol.Parent;
        }

        return (symbol as CommandResult)?.Command;
    }

    /// <summary>"Argument 'xml' not recognized. Must be one of: 'human' 'json' …" in Vietnamese, naming the option.</summary>
    private static string NotAllowed(string message, SymbolResult? symbol)
    {
        var quoted = message.Split('\'').Where((_, i) => i % 2 == 1).ToList();
        var option = symbol as OptionResult ?? symbol?.Parent as OptionResult;
        var forOption = option is null ? "" : $" cho {option.Option.Name}";
        return quoted.Count == 0 ? message
            : $"giá trị '{quoted[0]}' không hợp lệ{forOption}; chọn một trong: {string.Join(", ", quoted.Skip(1))}";
    }

    /// <summary>
    /// Tokens that look like options but are none of the command's: System.CommandLine hands them to a path
    /// argument, where they would be reported as a missing file. After "--" every token is a path.
    /// </summary>
    public static IEnumerable<(string Token, string Message)> UnknownOptions(ParseResult parsed, string lang = "vi")
    {
        var command = parsed.CommandResult.Command;
        var names = command.Options.Concat(parsed.RootCommandResult.Command.Options.Where(o => o.Recursive))
            .SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct().ToList();
        foreach (var token in parsed.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                yield break;
            }

            if (token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-')
            {
                var meant = Spelling.Closest(token.Value.TrimStart('-'), names.Select(n => n[2..]));
                yield return (token.Value, lang == "en"
                    ? $"unknown option '{token.Value}'" + (meant is null ? "" : $"; did you mean '--{meant}'?")
                    : $"không hiểu tùy chọn '{token.Value}'" + (meant is null ? "" : $"; có phải ý bạn là '--{meant}'?"));
            }
        }
    }

    private static string Quoted(string message)
    {
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = message.LastIndexOf('\'');
        return start >= 0 && end > start ? message[start..(end + 1)] : "";
    }

    private sealed class PrintHelp(ConsoleIo io) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var command = parseResult.CommandResult.Command;
            var w = io.Out;
            w.WriteLine(command.Description);
            w.WriteLine();
            var path = command is RootCommand ? "cchc" : $"cchc {command.Name}";
            var args = string.Join(' ', command.Arguments.Select(a => a.Arity.MaximumNumberOfValues > 1 ? $"<{a.Name}>…" : $"<{a.Name}>"));
            w.WriteLine("Cách dùng:");
            w.WriteLine($"  {path}{(command.Subcommands.Count > 0 ? " <lệnh>" : "")}{(args.Length > 0 ? " " + args : "")} [tùy chọn]");
            if (command.Arguments.Count > 0)
            {
                w.WriteLine();
                w.WriteLine("Tham số:");
                Rows(w, command.Arguments.Select(a => ($"<{a.Name}>", a.Description ?? "")));
            }

            var options = command.Options.Concat(parseResult.RootCommandResult.Command.Options.Where(o => o.Recursive))
                .Distinct().Where(o => !o.Hidden);
            w.WriteLine();
            w.WriteLine("Tùy chọn:");
            Rows(w, options.Select(o => (string.Join(", ", o.Aliases.Prepend(o.Name).Where(a => !a.StartsWith('/')).Distinct().OrderBy(a => a.Length)) + ValueHint(o), o.Description ?? "")));
            if (command.Subcommands.Count > 0)
            {
                w.WriteLine();
                w.WriteLine("Các lệnh:");
                Rows(w, command.Subcommands.Select(c => (c.Name, (c.Description ?? "").Split('\n')[0])));
                w.WriteLine();
                w.WriteLine("Xem hướng dẫn của một lệnh: cchc <lệnh> --help");
            }

            // A subcommand's examples are keyed by its path ("tasks import"), apart from a command of the same name.
            var examples = HelpExamples.For(command is RootCommand ? ""
                : command.Parents.OfType<Command>().FirstOrDefault(p => p is not RootCommand) is { } parent ? $"{parent.Name} {command.Name}" : command.Name);
            w.WriteLine();
            w.WriteLine("Ví dụ:");
            foreach (var (line, what) in examples)
            {
                w.WriteLine($"  {line}");
                w.WriteLine($"      {what}");
            }

            return ExitCodes.Ok;
        }

        private static string ValueHint(Option o) =>
            o is HelpOption or VersionOption || o.ValueType == typeof(bool) ? "" : o.HelpName is { } h ? $" <{h}>" : " <giá trị>";

        private static void Rows(TextWriter w, IEnumerable<(string Left, string Right)> rows)
        {
            var list = rows.ToList();
            var width = list.Count == 0 ? 0 : list.Max(r => r.Left.Length) + 2;
            foreach (var (left, right) in list)
            {
                w.WriteLine($"  {left.PadRight(width)}{right}");
            }
        }
    }
}
