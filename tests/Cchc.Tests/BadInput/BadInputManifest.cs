using System.Globalization;
using Cchc.Tests.Support;

namespace Cchc.Tests.BadInput;

/// <summary>One row of bad-inputs/expected.tsv.</summary>
public sealed record BadInputCase(string File, string Code, int Line, int Column, int Exit, double? Seconds, string Message)
{
    public bool IsGenerated => File.StartsWith('@');

    public string Name => IsGenerated ? File[1..] : File;
}

/// <summary>The bad-input corpus: the committed files, the manifest, and the inputs generated at test time.</summary>
public static class BadInputManifest
{
    public static string Folder { get; } = Path.Combine(RepoPaths.Root, "tests", "Cchc.Tests", "bad-inputs");

    public static IReadOnlyList<BadInputCase> Cases { get; } = Read();

    public static BadInputCase Case(string file) => Cases.Single(c => c.File == file);

    private static List<BadInputCase> Read() =>
        File.ReadAllLines(Path.Combine(Folder, "expected.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("file\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .Select(f => new BadInputCase(f[0], f[1], Int(f[2]), Int(f[3]), Int(f[4]),
                f[5] == "-" ? null : double.Parse(f[5], CultureInfo.InvariantCulture), f[6]))
            .ToList();

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>Writes a generated input into <paramref name="folder"/> and returns its path.</summary>
    public static string Generate(string name, string folder)
    {
        var path = Path.Combine(folder, name);
        switch (name)
        {
            case "huge-50mb.yaml":
                // A plausible plan head followed by 50 MB of comment lines.
                using (var w = new StreamWriter(path))
                {
                    w.Write("cchc: 1\n");
                    var line = "# " + new string('x', 97) + "\n";
                    for (var i = 0; i < 50 * 1024 * 1024 / line.Length; i++)
                    {
                        w.Write(line);
                    }
                }

                break;
            case "deep-flow-sequence.yaml":
                File.WriteAllText(path, new string('[', 10_000));
                break;
            case "deep-flow-mapping.yaml":
                File.WriteAllText(path, string.Concat(Enumerable.Repeat("{a: ", 10_000)));
                break;
            default:
                throw new ArgumentException($"no generator for {name}", nameof(name));
        }

        return path;
    }
}
