namespace Cchc.Model;

/// <summary>"Did you mean …": the closest name within a small edit distance.</summary>
public static class Spelling
{
    public static string? Closest(string given, IEnumerable<string> allowed)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var g = given.ToLowerInvariant().Replace('-', '_');
        foreach (var a in allowed)
        {
            var d = Distance(g, a.ToLowerInvariant().Replace('-', '_'));
            if (d < bestDistance)
            {
                (best, bestDistance) = (a, d);
            }
        }

        if (bestDistance <= Math.Max(1, Math.Min(3, given.Length / 3)))
        {
            return best;
        }

        // A singular for a plural or a cut-off word: "appendix" → "appendices", "agency" → "agencies".
        return g.Length >= 5 ? allowed.FirstOrDefault(a => a.StartsWith(g[..^1], StringComparison.OrdinalIgnoreCase)) : null;
    }

    /// <summary>Edit distance where swapping two neighbouring letters counts as one edit ("titel" → "title").</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
