using System.Globalization;
using System.Text;
using DiffPlex;

namespace Cchc.Tests.Support;

/// <summary>
/// Every region where two texts differ, as unified-diff hunks (<c>@@ -line,count +line,count @@</c>, "-" for the
/// expected side, "+" for the actual one, a few lines of context), so a failing comparison of an approved file
/// shows all its differences at once and not only the first.
/// </summary>
public static class LineDiff
{
    private const int Context = 3;
    private const int MaxLinesPerHunk = 60;

    /// <summary>How many lines two texts' line arrays share at their start and, after that, at their end.</summary>
    public static (int Prefix, int Suffix) CommonEnds(string[] a, string[] b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        return (prefix, suffix);
    }

    /// <summary>Null when the texts are equal line for line; otherwise the hunks, each with its line numbers.</summary>
    public static string? Describe(string expected, string actual, string expectedName = "approved", string actualName = "actual")
    {
        var diff = new Differ().CreateLineDiffs(expected, actual, ignoreWhitespace: false, ignoreCase: false);
        if (diff.DiffBlocks.Count == 0)
        {
            return null;
        }

        var a = diff.PiecesOld;
        var b = diff.PiecesNew;
        var hunks = new List<List<DiffPlex.Model.DiffBlock>>();
        foreach (var block in diff.DiffBlocks)
        {
            var last = hunks.Count > 0 ? hunks[^1][^1] : null;
            if (last is not null && block.DeleteStartA - (last.DeleteStartA + last.DeleteCountA) <= 2 * Context)
            {
                hunks[^1].Add(block);
            }
            else
            {
                hunks.Add([block]);
            }
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{hunks.Count} differing region(s); --- {expectedName} +++ {actualName}\n");
        foreach (var hunk in hunks)
        {
            var first = hunk[0];
            var end = hunk[^1];
            var startA = Math.Max(0, first.DeleteStartA - Context);
            var startB = first.InsertStartB - (first.DeleteStartA - startA);
            var stopA = Math.Min(a.Count, end.DeleteStartA + end.DeleteCountA + Context);
            var stopB = end.InsertStartB + end.InsertCountB + (stopA - (end.DeleteStartA + end.DeleteCountA));
            text.Append(CultureInfo.InvariantCulture, $"@@ -{startA + 1},{stopA - startA} +{startB + 1},{stopB - startB} @@\n");

            var lines = new List<string>();
            var i = startA;
            foreach (var block in hunk)
            {
                lines.AddRange(a.Skip(i).Take(block.DeleteStartA - i).Select(l => " " + l));
                lines.AddRange(a.Skip(block.DeleteStartA).Take(block.DeleteCountA).Select(l => "-" + l));
                lines.AddRange(b.Skip(block.InsertStartB).Take(block.InsertCountB).Select(l => "+" + l));
                i = block.DeleteStartA + block.DeleteCountA;
            }

            lines.AddRange(a.Skip(i).Take(stopA - i).Select(l => " " + l));
            foreach (var line in lines.Take(MaxLinesPerHunk))
            {
                text.Append(line).Append('\n');
            }

            if (lines.Count > MaxLinesPerHunk)
            {
                text.Append(CultureInfo.InvariantCulture, $"  … {lines.Count - MaxLinesPerHunk} more line(s) in this region\n");
            }
        }

        return text.ToString();
    }
}
