using System.Diagnostics;

namespace Cchc.Tests.Support;

/// <summary>Runs the built cchc as a separate process, for what an in-process run cannot show (environment, exit of the process).</summary>
public static class CliProcess
{
    public static CliRun Run(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var dotnet = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
        var start = new ProcessStartInfo(ResolveDotnet(dotnet))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "cchc.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[k] = v;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr);
    }

    private static string ResolveDotnet(string dotnet)
    {
        if (Path.IsPathRooted(dotnet))
        {
            return dotnet;
        }

        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (root is not null && File.Exists(Path.Combine(root, "dotnet")))
        {
            return Path.Combine(root, "dotnet");
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, "dotnet");
            if (File.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return dotnet;
    }
}
