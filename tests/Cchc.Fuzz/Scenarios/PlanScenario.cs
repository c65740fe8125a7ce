namespace Cchc.Fuzz.Scenarios;

/// <summary>
/// A mutant plan: validate, build, diff against its seed (sometimes with --redline) and next-year; every fourth mutant
/// is also validated together with a broken plan whose findings must all still be printed.
/// </summary>
public sealed class PlanScenario : IScenario
{
    public static PlanScenario Instance { get; } = new();

    /// <summary>A plan with errors at known places, validated beside the mutant.</summary>
    private static readonly Lazy<byte[]> Companion = new(() => File.ReadAllBytes(Path.Combine(FuzzPaths.Root, "tests", "Cchc.Tests", "bad-inputs", "duplicate-id.yaml")));

    private const string CompanionName = "companion-duplicate-id.yaml";

    public void Stage(Mutant m, string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "out"));
        File.WriteAllBytes(Path.Combine(folder, m.FileName), m.Bytes);
        File.WriteAllBytes(Path.Combine(folder, "seed-" + m.FileName), m.Seed.Bytes);
        if (WithCompanion(m))
        {
            File.WriteAllBytes(Path.Combine(folder, CompanionName), Companion.Value);
        }
    }

    public IReadOnlyList<string> CommandLines(Mutant m, string folder)
    {
        var plan = Path.Combine(folder, m.FileName);
        var outDir = Path.Combine(folder, "out");
        var formats = new[] { "human", "json", "github", "sarif" };
        var validate = $"validate\0{plan}\0--format\0{formats[m.Index % formats.Length]}";
        if (m.ValidateOnly)
        {
            return [validate];
        }

        var redline = m.Index % 4 == 0 ? $"\0--redline\0{Path.Combine(outDir, "redline.docx")}" : "";
        List<string> lines =
        [
            validate,
            $"build\0{plan}\0-o\0{outDir}" + (m.Index % 5 == 0 ? "\0--single" : ""),
            $"diff\0{Path.Combine(folder, "seed-" + m.FileName)}\0{plan}\0--format\0{new[] { "human", "json", "markdown" }[m.Index % 3]}" + redline,
            $"next-year\0{plan}\0-o\0{Path.Combine(outDir, "next.yaml")}\0--force",
        ];
        if (WithCompanion(m))
        {
            lines.Add($"validate\0{plan}\0{Path.Combine(folder, CompanionName)}");
        }

        return lines;
    }

    public IEnumerable<Failure> Check(Mutant m, string folder, IReadOnlyList<CommandOutcome> outcomes)
    {
        if (!WithCompanion(m))
        {
            return [];
        }

        var companion = Path.Combine(folder, CompanionName);
        return Promises.CompanionFindingsKept(outcomes[^1], companion, ["validate", companion]);
    }

    private static bool WithCompanion(Mutant m) => !m.ValidateOnly && m.Index % 4 == 1;
}
