using Cchc.Cli;
using Cchc.Fuzz.Scenarios;

namespace Cchc.Fuzz;

/// <summary>What one command did with a mutant.</summary>
public sealed record CommandOutcome(string Name, string[] Args, int? Exit, string Stdout, string Stderr)
{
    public string Output => Stdout + "\n" + Stderr;
}

/// <summary>One broken promise: the kind (exit-code, unexpected-error, internal-error, exception, stack-trace, unpositioned, bad-json,
/// hidden-findings, partial-file, reload, malformed-docx, openxml-invalid, hang, crash).</summary>
public sealed record Failure(string Kind, string Command, string Detail);

public sealed record MutantResult(Mutant Mutant, IReadOnlyList<CommandOutcome> Commands, IReadOnlyList<Failure> Failures, long Milliseconds);

/// <summary>Runs the commands of a mutant's scenario in process, in a folder of its own, and checks the promises of each.</summary>
public sealed class MutantRun(Mutant mutant, string folder, bool schemaCheck)
{
    /// <summary>The exceptions the CLI turned into E206 while this flow of control ran a command (flows into its parallel work).</summary>
    private static readonly AsyncLocal<List<Exception>?> Caught = new();

    static MutantRun() => Cchc.Pipeline.InternalError.Caught += ex =>
    {
        if (Caught.Value is { } list)
        {
            lock (list)
            {
                list.Add(ex);
            }
        }
    };

    private readonly List<CommandOutcome> commands = [];
    private readonly List<Failure> failures = [];

    private volatile string current = "";

    /// <summary>The command being run, for a hang report.</summary>
    public string Current { get => current; private set => current = value; }

    public IReadOnlyList<CommandOutcome> Commands => commands;

    public IReadOnlyList<Failure> Failures => failures;

    public void Execute()
    {
        try
        {
            ExecuteAll();
        }
#pragma warning disable CA1031 // A harness or checker failure is reported as a failure of the mutant, not a dead thread.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failures.Add(new("exception", "harness:" + Current, Describe(ex)));
        }
    }

    private void ExecuteAll()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var scenario = mutant.Runs;
        scenario.Stage(mutant, folder);
        foreach (var line in scenario.CommandLines(mutant, folder))
        {
            var args = line.Split('\0');
            Current = Promises.NameOf(args);
            commands.Add(RunOne(args));
            failures.AddRange(Promises.NoTemporaryLeft(folder, Current));
        }

        Current = "check written packages";
        var outDir = Path.Combine(folder, "out");
        if (Directory.Exists(outDir))
        {
            failures.AddRange(Promises.WrittenPackages(outDir, schemaCheck, WriterOf));
        }

        Current = "check " + scenario.GetType().Name;
        failures.AddRange(scenario.Check(mutant, folder, commands));
        Current = "";
    }

    /// <summary>The command that wrote an output file, by its name.</summary>
    private static string WriterOf(string file) => Path.GetFileName(file) switch
    {
        "redline.docx" => "diff",
        var n when n.EndsWith(".xlsx", StringComparison.Ordinal) => "tasks export",
        var n when n.Contains("-bao-cao-", StringComparison.Ordinal) => "report",
        _ => "build",
    };

    private CommandOutcome RunOne(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int? exit = null;
        var caught = Caught.Value = [];
        try
        {
            exit = CliApp.Run(args, stdout, stderr);
        }
#pragma warning disable CA1031 // The harness reports every exception that escapes the CLI: that is what it looks for.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failures.Add(new("exception", Promises.NameOf(args), Describe(ex)));
        }

        Caught.Value = null;
        failures.AddRange(Promises.OfCommand(args, exit, stdout.ToString(), stderr.ToString())
            .Select(f => f.Kind == "internal-error" && caught.Count > 0 ? f with { Detail = Describe(caught[0]) + "\n" + f.Detail } : f));
        return new CommandOutcome(Promises.NameOf(args), args, exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The exception type, its message and the first frames in cchc's own code (file and line when the pdb is there).</summary>
    public static string Describe(Exception ex)
    {
        var frames = (ex.StackTrace ?? "").Split('\n').Select(f => f.Trim()).Where(f => f.StartsWith("at Cchc.", StringComparison.Ordinal) && !f.StartsWith("at Cchc.Fuzz", StringComparison.Ordinal)).Take(6);
        var inner = ex.InnerException is { } i ? $"\ninner: {i.GetType().FullName}: {i.Message}" : "";
        return $"{ex.GetType().FullName}: {ex.Message}\n  {string.Join("\n  ", frames)}{inner}";
    }
}
