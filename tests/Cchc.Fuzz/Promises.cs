using System.Text.Json;
using System.Text.RegularExpressions;
using Cchc.Cli;

namespace Cchc.Fuzz;

/// <summary>
/// The promises of the product brief, as checks on what one command printed and left behind: exit 0/1/2, no
/// "lỗi không mong đợi", no internal error (E206), no stack trace, every finding naming its file (and its place in
/// the file for the codes about content), machine formats that parse, no temporary file left, written packages of
/// well-formed XML, written YAML that cchc reads back, and another file's findings never hidden by a bad one.
/// </summary>
public static partial class Promises
{
    /// <summary>Codes about a place in a file's content: their findings must say where (line and column, a cell, a paragraph).</summary>
    private static readonly HashSet<string> ContentCodes =
    [
        "E001", "E002", "E003", "E004", "E005", "E006", "E007", "E008", "E009", "E010", "E011", "E014", "E015", "E016",
        "E101", "E103", "E104", "E107", "E108",
        "E402", "E403", "E404", "E405", "E406", "E407", "E408", "E409", "E410", "E411", "E412",
        "E422", "E423", "E424", "E425", "E426", "E427", "E428", "E429", "E430", "E431",
        "E440", "E441", "E442", "E443", "E444", "E445",
    ];

    /// <summary>The codes of the loader: YAML that cchc itself wrote must never get one.</summary>
    private static readonly HashSet<string> SyntaxCodes = ["E100", "E101", "E103", "E104", "E105", "E106", "E107", "E108"];

    public static IEnumerable<Failure> OfCommand(string[] args, int? exit, string stdout, string stderr)
    {
        var command = NameOf(args);
        var output = stdout + "\n" + stderr;
        if (exit is { } code && code is not (0 or 1 or 2))
        {
            yield return new("exit-code", command, $"exit {code}");
        }

        if (output.Contains("lỗi không mong đợi", StringComparison.OrdinalIgnoreCase) || output.Contains("unexpected error", StringComparison.OrdinalIgnoreCase))
        {
            yield return new("unexpected-error", command, Excerpt(output, "lỗi không mong đợi"));
        }

        if (InternalError().IsMatch(output))
        {
            yield return new("internal-error", command, Excerpt(output, "E206"));
        }

        if (output.Contains("   at Cchc.", StringComparison.Ordinal) || output.Contains("   at System.", StringComparison.Ordinal))
        {
            yield return new("stack-trace", command, Excerpt(output, "   at "));
        }

        foreach (var line in output.Split('\n').Where(l => l.Length > 0 && !char.IsWhiteSpace(l[0])))
        {
            if (HumanFinding().Match(line) is { Success: true } m && Unpositioned(m.Groups["where"].Value, m.Groups["code"].Value))
            {
                yield return new("unpositioned", command, line[..Math.Min(line.Length, 400)]);
                break;
            }
        }

        var format = args.SkipWhile(a => a is not ("--format" or "-f")).Skip(1).FirstOrDefault();
        if (format is "json" or "sarif" && stdout.Trim().Length > 0 && NotJson(stdout) is { } error)
        {
            yield return new("bad-json", command, error);
        }
    }

    /// <summary>The command's name as results.tsv shows it: validate, tasks-import, import-into….</summary>
    public static string NameOf(string[] args) => args switch
    {
        ["tasks", var verb, ..] => "tasks-" + verb,
        ["import", ..] when args.Contains("--into") => "import-into",
        [var name, ..] => name,
        _ => "",
    };

    /// <summary>A finding with no file before it, or a content finding with only its file (a command-line option is a place too).</summary>
    private static bool Unpositioned(string where, string code) =>
        where.Trim().Length == 0 || (ContentCodes.Contains(code) && !where.TrimEnd().EndsWith(')') && !where.StartsWith("--", StringComparison.Ordinal));

    private static string? NotJson(string stdout)
    {
        try
        {
            using var doc = JsonDocument.Parse(stdout);
            if (doc.RootElement.ValueKind == JsonValueKind.Array
                && doc.RootElement.EnumerateArray().FirstOrDefault(d => d.ValueKind == JsonValueKind.Object && d.TryGetProperty("file", out var f) && string.IsNullOrEmpty(f.GetString())) is { ValueKind: JsonValueKind.Object } bad)
            {
                return "a finding without a file: " + bad.GetRawText()[..Math.Min(300, bad.GetRawText().Length)];
            }

            return null;
        }
        catch (JsonException ex)
        {
            return $"{ex.Message}\n{stdout[..Math.Min(400, stdout.Length)]}";
        }
    }

    /// <summary>The findings a command prints about <paramref name="companion"/> alone must all be printed when it runs with another file.</summary>
    public static IEnumerable<Failure> CompanionFindingsKept(CommandOutcome together, string companion, string[] aloneArgs)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        CliApp.Run(aloneArgs, stdout, stderr);
        var alone = FindingsAbout(stdout + "\n" + stderr, companion);
        if (alone.Count == 0)
        {
            return [new("exception", "harness", $"{Path.GetFileName(companion)} has no finding of its own: the check would prove nothing")];
        }

        var kept = FindingsAbout(together.Output, companion).ToHashSet(StringComparer.Ordinal);
        var lost = alone.Where(l => !kept.Contains(l)).ToList();
        return lost.Count == 0 ? [] : [new("hidden-findings", together.Name, $"{lost.Count} finding(s) of {Path.GetFileName(companion)} missing beside the mutant, e.g. {lost[0]}")];
    }

    private static List<string> FindingsAbout(string output, string file) =>
        [.. output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith(file, StringComparison.Ordinal) && HumanFinding().IsMatch(l))];

    /// <summary>A temporary file of an atomic write left in the folder or below.</summary>
    public static IEnumerable<Failure> NoTemporaryLeft(string folder, string command) =>
        Directory.EnumerateFiles(folder, ".*.tmp", SearchOption.AllDirectories).Take(1)
            .Select(f => new Failure("partial-file", command, $"temporary file left: {Path.GetRelativePath(folder, f)}"));

    /// <summary>A plan YAML cchc wrote must parse (no E1xx). Schema and validation findings (E0xx) may be the Word file's own
    /// gaps (a signer without a title, a deadline "Quý V/2026"): import reports them at their place in the YAML.</summary>
    public static IEnumerable<Failure> PlanReloads(string path, string command)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var loaded = Cchc.Yaml.PlanLoader.LoadFile(path, Path.GetFileName(path));
        var bad = loaded.Diagnostics.Where(d => SyntaxCodes.Contains(d.Code)).Take(3).ToList();
        return bad.Count == 0 ? [] : [new("reload", command, $"{Path.GetFileName(path)} written by cchc does not reload: " + string.Join("; ", bad.Select(d => $"{d.Span.Describe()} {d.Code} {d.Message.In("en")}")))];
    }

    /// <summary>A status file cchc wrote must load without a syntax finding or a schema error.</summary>
    public static IEnumerable<Failure> StatusReloads(string path, string command)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var loaded = Cchc.Status.StatusLoader.Load(path, Path.GetFileName(path));
        var bad = loaded.Diagnostics.Where(d => SyntaxCodes.Contains(d.Code) || d.Code == "E401").Take(3).ToList();
        return bad.Count == 0 ? [] : [new("reload", command, $"{Path.GetFileName(path)} written by cchc does not reload: " + string.Join("; ", bad.Select(d => $"{d.Span.Describe()} {d.Code} {d.Message.In("en")}")))];
    }

    /// <summary>Every .docx and .xlsx under the folder: a zip of well-formed XML 1.0 parts (and, for .docx when asked, valid for the SDK).</summary>
    public static IEnumerable<Failure> WrittenPackages(string folder, bool schema, Func<string, string> commandOf)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".xlsx", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var problems = file.EndsWith(".docx", StringComparison.Ordinal) ? DocxCheck.Problems(file, schema) : DocxCheck.Problems(file, schema: false);
            foreach (var p in problems)
            {
                yield return new(p.StartsWith("openxml", StringComparison.Ordinal) ? "openxml-invalid" : "malformed-docx", commandOf(file), $"{Path.GetFileName(file)}: {p}");
            }
        }
    }

    internal static string Excerpt(string text, string marker)
    {
        var at = Math.Max(0, text.IndexOf(marker, StringComparison.OrdinalIgnoreCase) - 200);
        return text.Substring(at, Math.Min(1200, text.Length - at));
    }

    /// <summary>An E206 finding in any format (not the rule list SARIF prints).</summary>
    [GeneratedRegex(@"E206:|""(?:code|ruleId)"":\s*""E206""")]
    private static partial Regex InternalError();

    /// <summary><c>where: lỗi E123:</c> in any language; <c>where</c> is what comes before.</summary>
    [GeneratedRegex(@"^(?<where>.*?):? ?(lỗi|error|cảnh báo|warning) (?<code>[A-Z]\d{3}):")]
    private static partial Regex HumanFinding();
}
