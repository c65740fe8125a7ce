namespace Cchc.Diff.Matching;

/// <summary>
/// How alike two word sequences are: 2·LCS / (n + m), 1 for two empty sequences. Past the diff's work budget the
/// words in common regardless of order stand in for the LCS, so two versions of one huge paragraph still pair.
/// </summary>
internal static class Similarity
{
    public static double Ratio(int[] a, int[] b)
    {
        if (a.Length + b.Length == 0)
        {
            return 1;
        }

        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        int ea = a.Length, eb = b.Length;
        while (ea > start && eb > start && a[ea - 1] == b[eb - 1])
        {
            ea--;
            eb--;
        }

        var common = start + (a.Length - ea);
        var n = ea - start;
        var m = eb - start;
        if (n > 0 && m > 0)
        {
            var script = Myers<WordMatch>.Script(new WordMatch(a, b, start), n, m, WordDiff.WorkBudget);
            common += script?.Count(s => s == ScriptStep.Keep) ?? CommonWords(a.AsSpan(start, n), b.AsSpan(start, m));
        }

        return 2.0 * common / (a.Length + b.Length);
    }

    /// <summary>Words the two have in common regardless of order: more than their longest common run, for texts too long to align.</summary>
    private static int CommonWords(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        var counts = new Dictionary<int, int>();
        foreach (var w in a)
        {
            counts[w] = counts.GetValueOrDefault(w) + 1;
        }

        var common = 0;
        foreach (var w in b)
        {
            if (counts.GetValueOrDefault(w) is > 0 and var c)
            {
                counts[w] = c - 1;
                common++;
            }
        }

        return common;
    }

    private readonly struct WordMatch(int[] a, int[] b, int start) : IItemMatch
    {
        public bool Matches(int i, int j) => a[start + i] == b[start + j];
    }
}
