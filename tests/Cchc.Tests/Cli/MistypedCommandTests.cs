using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Cli;

/// <summary>A mistyped command gets the command it most likely meant, not "no command chosen".</summary>
public class MistypedCommandTests
{
    private static readonly string[] Commands = ["build", "validate", "schema", "diff", "next-year"];

    /// <summary>Every adjacent swap, every dropped letter and every doubled letter of every command.</summary>
    public static TheoryData<string, string> Typos()
    {
        var data = new TheoryData<string, string>();
        var seen = new HashSet<string>(Commands);
        foreach (var c in Commands)
        {
            for (var i = 0; i < c.Length; i++)
            {
                var swapped = i + 1 < c.Length ? c[..i] + c[i + 1] + c[i] + c[(i + 2)..] : null;
                foreach (var typo in new[] { swapped, c.Remove(i, 1), c.Insert(i, c[i].ToString()) })
                {
                    if (typo is { Length: > 2 } && seen.Add(typo))
                    {
                        data.Add(typo, c);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Typos))]
    public void A_typo_of_a_command_suggests_it(string typo, string meant)
    {
        var run = CliProcess.Run(null, typo, "plans/x.yaml");
        Assert.Equal(2, run.Exit);
        Assert.Contains($"có phải ý bạn là '{meant}'?", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa chọn lệnh", run.Err, StringComparison.Ordinal);
    }
}
