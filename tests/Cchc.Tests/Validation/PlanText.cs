using Cchc.Model;
using Cchc.Tests.Support;
using Cchc.Validation;
using Cchc.Yaml;
using Xunit;

namespace Cchc.Tests.Validation;

/// <summary>
/// A plan as YAML text, starting from the shared valid base file, with small exact edits applied. Checking it
/// runs the loader and the validator on whatever the loader could read, as <c>cchc validate</c> does.
/// </summary>
internal sealed class PlanText
{
    public const string FileName = "base.yaml";

    private static readonly Lazy<string> BaseText = new(() => Fixture("base.yaml"));

    private PlanText(string text) => Text = text;

    public string Text { get; }

    public static PlanText Base => new(BaseText.Value);

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Cchc.Tests", "Validation", "fixtures", name)).ReplaceLineEndings("\n");

    /// <summary>Replaces the one occurrence of <paramref name="old"/>; fails if it occurs zero or several times.</summary>
    public PlanText Replace(string old, string replacement)
    {
        var count = Count(old);
        Assert.True(count == 1, $"the edit expects exactly one \"{old}\" in the plan, found {count}");
        return new PlanText(Text.Replace(old, replacement, StringComparison.Ordinal));
    }

    /// <summary>Removes the line that starts (after indentation) with <paramref name="lineStart"/>, and every more-indented line after it.</summary>
    public PlanText RemoveBlock(string lineStart)
    {
        var lines = Text.Split('\n').ToList();
        var matches = lines.Select((l, i) => (l, i)).Where(x => x.l.TrimStart().StartsWith(lineStart, StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1, $"expected exactly one line starting with \"{lineStart}\", found {matches.Count}");
        var at = matches[0].i;
        var indent = Indent(lines[at]);
        var end = at + 1;
        while (end < lines.Count && lines[end].Trim().Length > 0 && Indent(lines[end]) > indent)
        {
            end++;
        }

        lines.RemoveRange(at, end - at);
        return new PlanText(string.Join('\n', lines));
    }

    /// <summary>
    /// The 1-based line and column where <paramref name="marker"/> starts: its only occurrence, or the
    /// <paramref name="occurrence"/>-th one when given.
    /// </summary>
    public (int Line, int Column) Where(string marker, int? occurrence = null)
    {
        if (occurrence is null)
        {
            Assert.True(Count(marker) == 1, $"\"{marker}\" occurs {Count(marker)} times in the plan; it must occur once, or pass an occurrence");
        }

        var index = -1;
        for (var i = 0; i < (occurrence ?? 1); i++)
        {
            index = Text.IndexOf(marker, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"\"{marker}\" (occurrence {occurrence}) is not in the plan");
        }

        var line = 1 + Text.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : Text.LastIndexOf('\n', index - 1) + 1;
        return (line, index - lineStart + 1);
    }

    public IReadOnlyList<Diagnostic> Check()
    {
        var loaded = PlanLoader.Load(Text, FileName);
        var all = loaded.Diagnostics.ToList();
        if (loaded.Package is { } package)
        {
            all.AddRange(PlanValidator.Validate(package));
        }

        return all;
    }

    private int Count(string s)
    {
        var n = 0;
        for (var i = Text.IndexOf(s, StringComparison.Ordinal); i >= 0; i = Text.IndexOf(s, i + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;
}
