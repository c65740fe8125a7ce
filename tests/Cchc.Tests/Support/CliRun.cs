using System.Diagnostics;
using Cchc.Cli;

namespace Cchc.Tests.Support;

/// <summary>
/// One run of the command line, with what it wrote. In-process by default; with CCHC_EXE set to a built cchc
/// (CI sets it to the Native AOT binary) the same tests run against that executable instead.
/// </summary>
public sealed record CliRun(int Exit, string Out, string Err)
{
    public string All => Out + Err;

    public static string? External => Environment.GetEnvironmentVariable("CCHC_EXE") is { Length: > 0 } exe ? exe : null;

    public static CliRun Of(params string[] args)
    {
        if (External is { } exe)
        {
            return Process(exe, args);
        }

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    private static CliRun Process(string exe, string[] args)
    {
        var start = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr);
    }
}
