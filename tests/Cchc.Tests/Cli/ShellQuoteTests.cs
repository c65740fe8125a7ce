using System.Diagnostics;
using Cchc.Cli;
using Xunit;

namespace Cchc.Tests.Cli;

/// <summary>A path in a hint survives being pasted into a POSIX shell, whatever characters it holds.</summary>
public class ShellQuoteTests
{
    public static TheoryData<string> Paths()
    {
        var data = new TheoryData<string> { "plans/a.yaml", "Kế hoạch CCHC/phường Hải Dương 2026.yaml" };
        foreach (var c in " \t'\"$`\\!*?[]{}()<>|&;#~=^")
        {
            data.Add($"kế hoạch/a{c}b.yaml");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Sh_reads_the_quoted_path_back_as_one_word(string path)
    {
        using var sh = Process.Start(new ProcessStartInfo("sh", ["-c", "printf %s " + ShellQuote.Path(path)]) { RedirectStandardOutput = true })!;
        var echoed = sh.StandardOutput.ReadToEnd();
        sh.WaitForExit();
        Assert.Equal(path, echoed);
    }
}
