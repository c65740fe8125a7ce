using Cchc.Cli;

namespace Cchc.Tests.Support;

/// <summary>One in-process run of the command line, with what it wrote.</summary>
public sealed record CliRun(int Exit, string Out, string Err)
{
    public string All => Out + Err;

    public static CliRun Of(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }
}
