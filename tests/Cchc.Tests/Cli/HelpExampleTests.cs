using System.Text.RegularExpressions;
using Cchc.Cli;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Cli;

/// <summary>Every --help ends with Vietnamese examples, and every example is a command line cchc accepts as typed.</summary>
public partial class HelpExampleTests
{
    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string> { "" };
        foreach (var c in CliApp.CreateRoot(new ConsoleIo(TextWriter.Null, TextWriter.Null)).Subcommands)
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_shows_examples_that_parse_without_an_error(string command)
    {
        var run = CliRun.Of(command.Length == 0 ? ["--help"] : [command, "--help"]);
        Assert.Equal(0, run.Exit);
        var at = run.Out.IndexOf("\nVí dụ:\n", StringComparison.Ordinal);
        Assert.True(at >= 0, $"no examples in: cchc {command} --help");
        var examples = run.Out[at..].Split('\n').Where(l => l.StartsWith("  cchc ", StringComparison.Ordinal)).ToList();
        Assert.True(examples.Count >= (command is "schema" ? 1 : 2), $"cchc {command} --help shows {examples.Count} example(s)");
        if (command.Length > 0)
        {
            Assert.All(examples, e => Assert.StartsWith($"  cchc {command} ", e + " ", StringComparison.Ordinal));
        }

        foreach (var example in examples)
        {
            var args = ShellWords(example.Trim()).Skip(1).TakeWhile(w => w != ">").ToArray();
            var parsed = CliApp.CreateRoot(new ConsoleIo(TextWriter.Null, TextWriter.Null)).Parse(args);
            Assert.True(parsed.Errors.Count == 0, $"{example}: {string.Join("; ", parsed.Errors.Select(e => e.Message))}");
            Assert.Empty(VietnameseHelp.UnknownOptions(parsed));
        }
    }

    /// <summary>Words as a POSIX shell splits them, for the quoting the examples use (single quotes).</summary>
    private static IEnumerable<string> ShellWords(string line) =>
        Word().Matches(line).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Value);

    [GeneratedRegex("'([^']*)'|[^\\s']+")]
    private static partial Regex Word();
}
