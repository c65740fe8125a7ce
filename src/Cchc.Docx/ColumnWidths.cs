namespace Cchc.Docx;

internal static class ColumnWidths
{
    /// <summary>
    /// Splits <paramref name="total"/> twips in proportion to <paramref name="weights"/> (largest remainder),
    /// so the widths are integers that add up to exactly the total.
    /// </summary>
    public static int[] Distribute(IReadOnlyList<int> weights, int total)
    {
        if (weights.Count == 0 || weights.Any(w => w <= 0))
        {
            throw new ArgumentException("A table needs at least one column, and every column weight must be positive.", nameof(weights));
        }

        long sum = weights.Sum(w => (long)w);
        var widths = new int[weights.Count];
        var remainders = new (long Remainder, int Index)[weights.Count];
        var assigned = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = (long)weights[i] * total;
            widths[i] = (int)(exact / sum);
            remainders[i] = (exact % sum, i);
            assigned += widths[i];
        }

        // Ties go to the leftmost column so the result does not depend on sort stability.
        foreach (var (_, index) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Index).Take(total - assigned))
        {
            widths[index]++;
        }

        return widths;
    }
}
