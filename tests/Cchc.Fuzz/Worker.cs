using System.Diagnostics;

namespace Cchc.Fuzz;

/// <summary>
/// Runs mutants in this process on several threads. Before a mutant runs, it is written to inflight/ so that a crash
/// the runtime cannot catch (a stack overflow ends the process) is attributable by the <see cref="Driver"/>.
/// Exit: 0 done, 1 done with failures, 3 a hang left a thread running (the driver restarts and resumes).
/// </summary>
public sealed class Worker(FuzzOptions options, IMutantSource source)
{
    public const int HangExit = 3;

    private readonly ResultsLog log = new(options.OutDir);
    private long next = -1;
    private int failed;
    private volatile bool hung;

    public int Run()
    {
        Directory.CreateDirectory(Inflight);
        var done = log.Read().Keys.ToHashSet();
        var indices = options.Only is { } only ? [only] : Enumerable.Range(0, (int)source.Count).Select(i => (long)i).Where(i => !done.Contains(i)).ToArray();
        var clock = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, options.Only is null ? options.Parallel : 1).Select(k => new Thread(() => Loop(k, indices), 16 << 20) { IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Console.Error.WriteLine($"cchc-fuzz: {indices.Length} mutants in {clock.Elapsed.TotalSeconds:F1} s in this process, {failed} failing");
        return hung ? HangExit : failed > 0 ? 1 : 0;
    }

    private string Inflight => Path.Combine(options.OutDir, "inflight");

    private void Loop(int worker, long[] indices)
    {
        while (!hung)
        {
            var n = Interlocked.Increment(ref next);
            if (n >= indices.Length)
            {
                return;
            }

            var mutant = source.Get(indices[n]);
            var marker = Path.Combine(Inflight, $"{mutant.Index}");
            File.WriteAllText(marker, "");
            var result = RunWithDeadline(mutant, Path.Combine(options.OutDir, "work", $"w{worker}"));
            log.Append(result);
            if (result.Failures.Count > 0)
            {
                Interlocked.Increment(ref failed);
                Reproducers.Save(options.OutDir, mutant, result.Failures, result.Commands);
            }
            else if (options.SaveAll)
            {
                Reproducers.Save(options.OutDir, mutant, [new Failure("ok", "", "")], result.Commands);
            }

            File.Delete(marker);
            if (options.Progress && (n + 1) % 500 == 0)
            {
                Console.Error.WriteLine($"cchc-fuzz: {n + 1}/{indices.Length}");
            }
        }
    }

    /// <summary>The mutant on a thread of its own with the main thread's stack size; past the deadline it is a hang.</summary>
    private MutantResult RunWithDeadline(Mutant mutant, string folder)
    {
        var run = new MutantRun(mutant, folder, options.SchemaEvery > 0 && mutant.Index % options.SchemaEvery == 0);
        var clock = Stopwatch.StartNew();
        var thread = new Thread(run.Execute, 8 << 20) { IsBackground = true };
        thread.Start();
        if (!thread.Join(options.Timeout))
        {
            hung = true;
            return new MutantResult(mutant, run.Commands.ToList(), [new("hang", run.Current, $"still running after {options.Timeout.TotalSeconds:F0} s")], clock.ElapsedMilliseconds);
        }

        return new MutantResult(mutant, run.Commands, run.Failures, clock.ElapsedMilliseconds);
    }
}
