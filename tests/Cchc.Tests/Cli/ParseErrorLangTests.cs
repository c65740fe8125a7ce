using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Cli;

/// <summary>A command line that does not parse answers in the language asked for, on every command.</summary>
public class ParseErrorLangTests
{
    /// <summary>For every command: a required argument left out, a mistyped option, and a mistyped command.</summary>
    public static TheoryData<string[]> Mistakes()
    {
        var data = new TheoryData<string[]>();
        foreach (var command in new[] { "build", "validate", "diff", "next-year" })
        {
            data.Add([command]);
            data.Add([command, "plans", "--frmat", "json"]);
        }

        data.Add(["schema", "--outptu", "x"]);
        data.Add(["biuld", "plans"]);
        data.Add(["valdiate"]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void English_on_request_Vietnamese_otherwise(string[] args)
    {
        var vi = CliRun.Of(args);
        var en = CliRun.Of([.. args, "--lang", "en"]);
        Assert.Equal(2, vi.Exit);
        Assert.Equal(2, en.Exit);
        Assert.Contains("Xem hướng dẫn: cchc", vi.Err, StringComparison.Ordinal);
        Assert.Contains("See: cchc", en.Err, StringComparison.Ordinal);
        Assert.All(en.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries), line =>
            Assert.False(LangOptionTests.HasVietnameseLetter(line), $"not English: {line}"));
    }

    [Fact]
    public void The_schema_accepts_the_language_option_and_stays_the_same() =>
        Assert.Equal(CliRun.Of("schema").Out, CliRun.Of("schema", "--lang", "en").Out);
}
