using Cchc.Cli;

namespace Cchc.Fuzz;

/// <summary>What one command did with a mutant.</summary>
public sealed record CommandOutcome(string Name, string[] Args, int? Exit, string Output);

/// <summary>One broken promise: the kind (exit-code, unexpected-error, exception, stack-trace, malformed-docx, openxml-invalid, hang, crash).</summary>
public sealed record Failure(string Kind, string Command, string Detail);

public sealed record MutantResult(Mutant Mutant, IReadOnlyList<CommandOutcome> Commands, IReadOnlyList<Failure> Failures, long Milliseconds);

/// <summary>Runs validate, build, diff and next-year on one mutant in process, in a folder of its own, and checks each.</summary>
public sealed class MutantRun(Mutant mutant, string folder, bool schemaCheck)
{
    private readonly List<CommandOutcome> commands = [];
    private readonly List<Failure> failures = [];

    private volatile string current = "";

    /// <summary>The command being run, for a hang report.</summary>
    public string Current { get => current; private set => current = value; }

    public IReadOnlyList<CommandOutcome> Commands => commands;

    public IReadOnlyList<Failure> Failures => failures;

    public static string[] CommandLines(Mutant m, string plan, string seed, string outDir)
    {
        var formats = new[] { "human", "json", "github", "sarif" };
        var validate = $"validate\0{plan}\0--format\0{formats[m.Index % formats.Length]}";
        if (m.ValidateOnly)
        {
            return [validate];
        }

        var redline = m.Index % 4 == 0 ? $"\0--redline\0{Path.Combine(outDir, "redline.docx")}" : "";
        return
        [
            validate,
            $"build\0{plan}\0-o\0{outDir}" + (m.Index % 5 == 0 ? "\0--single" : ""),
            $"diff\0{seed}\0{plan}\0--format\0{new[] { "human", "json", "markdown" }[m.Index % 3]}" + redline,
            $"next-year\0{plan}\0-o\0{Path.Combine(outDir, "next.yaml")}\0--force",
        ];
    }

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

        var outDir = Path.Combine(folder, "out");
        Directory.CreateDirectory(outDir);
        var plan = Path.Combine(folder, mutant.FileName);
        File.WriteAllBytes(plan, mutant.Bytes);
        foreach (var line in CommandLines(mutant, plan, mutant.Seed.Path, outDir))
        {
            var args = line.Split('\0');
            Current = args[0];
            commands.Add(RunOne(args));
        }

        foreach (var docx in Directory.EnumerateFiles(outDir, "*.docx").Order(StringComparer.Ordinal))
        {
            Current = "check " + Path.GetFileName(docx);
            foreach (var p in DocxCheck.Problems(docx, schemaCheck))
            {
                failures.Add(new(p.StartsWith("openxml", StringComparison.Ordinal) ? "openxml-invalid" : "malformed-docx",
                    Path.GetFileName(docx) == "redline.docx" ? "diff" : "build", $"{Path.GetFileName(docx)}: {p}"));
            }
        }

        Current = "";
    }

    private CommandOutcome RunOne(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int? exit = null;
        try
        {
            exit = CliApp.Run(args, stdout, stderr);
        }
#pragma warning disable CA1031 // The harness reports every exception that escapes the CLI: that is what it looks for.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failures.Add(new("exception", args[0], Describe(ex)));
        }

        var output = stdout + "\n" + stderr;
        if (exit is { } code && code is not (0 or 1 or 2))
        {
            failures.Add(new("exit-code", args[0], $"exit {code}"));
        }

        if (output.Contains("lỗi không mong đợi", StringComparison.OrdinalIgnoreCase) || output.Contains("unexpected error", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add(new("unexpected-error", args[0], Excerpt(output, "lỗi không mong đợi")));
        }

        if (output.Contains("   at Cchc.", StringComparison.Ordinal) || output.Contains("   at System.", StringComparison.Ordinal))
        {
            failures.Add(new("stack-trace", args[0], Excerpt(output, "   at ")));
        }

        return new CommandOutcome(args[0], args, exit, output);
    }

    /// <summary>The exception type, its message and the first frames in cchc's own code (file and line when the pdb is there).</summary>
    public static string Describe(Exception ex)
    {
        var frames = (ex.StackTrace ?? "").Split('\n').Select(f => f.Trim()).Where(f => f.StartsWith("at Cchc.", StringComparison.Ordinal) && !f.StartsWith("at Cchc.Fuzz", StringComparison.Ordinal)).Take(6);
        var inner = ex.InnerException is { } i ? $"\ninner: {i.GetType().FullName}: {i.Message}" : "";
        return $"{ex.GetType().FullName}: {ex.Message}\n  {string.Join("\n  ", frames)}{inner}";
    }

    private static string Excerpt(string text, string marker)
    {
        var at = Math.Max(0, text.IndexOf(marker, StringComparison.OrdinalIgnoreCase) - 200);
        return text.Substring(at, Math.Min(1200, text.Length - at));
    }
}
