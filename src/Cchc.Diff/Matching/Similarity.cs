namespace Cchc.Diff.Matching;

/// <summary>How alike two word sequences are: 2·LCS / (n + m), 1 for two empty sequences.</summary>
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
            var previous = new int[m + 1];
            var current = new int[m + 1];
            for (var i = 1; i <= n; i++)
            {
                for (var j = 1; j <= m; j++)
                {
                    current[j] = a[start + i - 1] == b[start + j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
                }

                (previous, current) = (current, previous);
            }

            common += previous[m];
        }

        return 2.0 * common / (a.Length + b.Length);
    }
}
