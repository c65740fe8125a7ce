using System.Text;

namespace Cchc.Fuzz.Mutators;

/// <summary>The seed plans, and the lines and values of all of them for mutations that splice one into another.</summary>
public sealed class Corpus
{
    public Corpus(IEnumerable<string> files)
    {
        Seeds = [.. files.Select(f => new Seed(f, File.ReadAllBytes(f)))];
        if (Seeds.Count == 0)
        {
            throw new ArgumentException("no seed plans", nameof(files));
        }

        Whole = [.. Seeds.Where(s => !s.Path.Contains("bad-inputs", StringComparison.Ordinal))];
        Lines = [.. Seeds.SelectMany(s => Encoding.UTF8.GetString(s.Bytes).Split('\n')).Where(l => l.Trim().Length > 0).Distinct()];
        Values = [.. Lines.Select(l => YamlLines.Parse(l)).Where(l => l.Value.Length > 0).Select(l => l.Value).Distinct()];
    }

    public IReadOnlyList<Seed> Seeds { get; }

    /// <summary>The seeds that are whole plans (not the deliberately broken inputs): most mutants start from one.</summary>
    public IReadOnlyList<Seed> Whole { get; }

    public IReadOnlyList<string> Lines { get; }

    public IReadOnlyList<string> Values { get; }

    /// <summary>Every plan of the given folders (recursively), in a fixed order so a seed gives the same mutants.</summary>
    public static Corpus FromFolders(IEnumerable<string> folders) =>
        new(folders.Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.yaml", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(Path.GetFullPath)
            .Order(StringComparer.Ordinal));
}

public sealed record Seed(string Path, byte[] Bytes);
