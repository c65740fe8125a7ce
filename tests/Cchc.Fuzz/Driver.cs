using System.Diagnostics;
using System.Text;

namespace Cchc.Fuzz;

/// <summary>
/// Runs the <see cref="Worker"/> as a child process. .NET cannot catch a stack overflow: when the worker dies, each
/// mutant it had in flight is re-run alone; the one that kills its process is saved as a crash reproducer (with the
/// runtime's last words on stderr) and the run resumes after it.
/// </summary>
public sealed class Driver(FuzzOptions options, IMutantSource source)
{
    private const int MaxRestarts = 200;

    public int Run()
    {
        Directory.CreateDirectory(options.OutDir);
        var clock = Stopwatch.StartNew();
        var crashes = 0;
        for (var restart = 0; restart < MaxRestarts; restart++)
        {
            var (exit, _) = Spawn(options.WorkerArgs(), capture: false);
            if (exit is 0 or 1)
            {
                break;
            }

            var inflight = Path.Combine(options.OutDir, "inflight");
            var suspects = Directory.Exists(inflight) ? Directory.GetFiles(inflight).Select(f => long.Parse(Path.GetFileName(f), System.Globalization.CultureInfo.InvariantCulture)).Order().ToList() : [];
            if (exit == Worker.HangExit)
            {
                suspects.ForEach(s => File.Delete(Path.Combine(inflight, $"{s}")));
                continue;
            }

            Console.Error.WriteLine($"cchc-fuzz: the worker died (exit {exit}); re-running {suspects.Count} mutants in flight one by one");
            foreach (var s in suspects)
            {
                var (alone, stderr) = Spawn([.. options.WorkerArgs(), "--only", $"{s}"], capture: true);
                if (alone is not (0 or 1 or Worker.HangExit))
                {
                    crashes++;
                    RecordCrash(source.Get(s), alone, stderr);
                }

                File.Delete(Path.Combine(inflight, $"{s}"));
            }
        }

        var summary = Summary.From(new ResultsLog(options.OutDir).Read(), clock.Elapsed, options.OutDir);
        File.WriteAllText(Path.Combine(options.OutDir, "summary.txt"), summary.Text);
        Console.WriteLine(summary.Text);
        return summary.Failing == 0 ? 0 : 1;
    }

    private void RecordCrash(Mutant m, int exit, string stderr)
    {
        // The runtime prints "Stack overflow." and the repeating frames; keep the distinct ones.
        var frames = stderr.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Distinct().Take(25);
        var failure = new Failure("crash", "worker", $"process exit {exit}\n  {string.Join("\n  ", frames)}");
        Reproducers.Save(options.OutDir, m, [failure]);
        new ResultsLog(options.OutDir).Append(new MutantResult(m, [], [failure], 0));
    }

    private static (int Exit, string Stderr) Spawn(IEnumerable<string> args, bool capture)
    {
        var self = typeof(Driver).Assembly.Location;
        var start = new ProcessStartInfo(DotnetHost()) { UseShellExecute = false, RedirectStandardError = capture, RedirectStandardOutput = capture };
        start.ArgumentList.Add(self);
        start.ArgumentList.Add("--in-process");
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var p = Process.Start(start)!;
        var stdout = capture ? p.StandardOutput.ReadToEndAsync() : Task.FromResult("");
        var stderr = capture ? p.StandardError.ReadToEnd() : "";
        p.WaitForExit();
        _ = stdout.Result;
        return (p.ExitCode, stderr);
    }

    private static string DotnetHost()
    {
        if (Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet")
        {
            return p;
        }

        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (root is not null && File.Exists(Path.Combine(root, "dotnet")))
        {
            return Path.Combine(root, "dotnet");
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "dotnet")).FirstOrDefault(File.Exists) ?? "dotnet";
    }
}
