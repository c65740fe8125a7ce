using Cchc.Diff.Matching;
using Cchc.Diff.Text;

namespace Cchc.Diff;

/// <summary>
/// Word-level diff of two texts: tokens are words, punctuation marks and whitespace runs, compared in NFC;
/// a year token equal to the old one plus <c>yearShift</c> counts as <see cref="EditOp.Shifted"/>, not as a change.
/// Tone-mark placement ("hoá"/"hóa") is a change here: it is only ignored when pairing items.
/// </summary>
public static class WordDiff
{
    /// <summary>
    /// Steps of the diff (about the size times the edit distance) past which the middle of two texts is reported as
    /// replaced rather than aligned: a fraction of a second.
    /// </summary>
    internal const long WorkBudget = 60_000_000;

    /// <summary>Up to this many cells (old tokens × new tokens) the middle is aligned by the table.</summary>
    private const long MaxCells = 4_000_000;

    public static TextDiff Compare(string oldText, string newText, int yearShift = 0)
    {
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            return new TextDiff(oldText, newText, oldText.Length == 0 ? [] : [new TextEdit(EditOp.Equal, oldText, newText)]);
        }

        var a = Tokenizer.Tokenize(oldText);
        var b = Tokenizer.Tokenize(newText);
        var ops = Align(a, b, yearShift);
        return new TextDiff(oldText, newText, Runs(ops, a, b));
    }

    private enum Step : byte
    {
        Equal,
        Shifted,
        Delete,
        Insert,
    }

    private static Step? Match(Token x, Token y, int shift)
    {
        if (x.Kind == y.Kind && string.Equals(x.Key, y.Key, StringComparison.Ordinal))
        {
            return Step.Equal;
        }

        return shift != 0 && x.Year is { } oy && y.Year is { } ny && oy + shift == ny ? Step.Shifted : null;
    }

    /// <summary>The edit script as steps; Equal and Shifted consume one token of each side.</summary>
    private static List<Step> Align(Token[] a, Token[] b, int shift)
    {
        var prefix = 0;
        var prefixSteps = new List<Step>();
        while (prefix < a.Length && prefix < b.Length && Match(a[prefix], b[prefix], shift) is { } s)
        {
            prefixSteps.Add(s);
            prefix++;
        }

        var suffixSteps = new List<Step>();
        var ea = a.Length;
        var eb = b.Length;
        while (ea > prefix && eb > prefix && Match(a[ea - 1], b[eb - 1], shift) is { } s)
        {
            suffixSteps.Add(s);
            ea--;
            eb--;
        }

        var steps = prefixSteps;
        steps.AddRange(Middle(a, prefix, ea, b, prefix, eb, shift));
        suffixSteps.Reverse();
        steps.AddRange(suffixSteps);
        return steps;
    }

    /// <summary>
    /// The shortest edit script of the (trimmed) middle: a table for short texts, Myers' O(ND) diff in linear space
    /// for long ones; past the work budget, the middle is reported as replaced
    /// whole, so one huge pasted paragraph costs bounded time.
    /// </summary>
    private static List<Step> Middle(Token[] a, int sa, int ea, Token[] b, int sb, int eb, int shift)
    {
        var n = ea - sa;
        var m = eb - sb;
        var result = new List<Step>(n + m);
        if (n > 0 && m > 0 && (long)n * m <= MaxCells)
        {
            return Table(a, sa, n, b, sb, m, shift);
        }

        var script = n == 0 || m == 0 ? null : Myers<TokenMatch>.Script(new TokenMatch(a, sa, b, sb, shift), n, m, WorkBudget);
        if (script is null)
        {
            result.AddRange(Enumerable.Repeat(Step.Delete, n));
            result.AddRange(Enumerable.Repeat(Step.Insert, m));
            return result;
        }

        int x = sa, y = sb;
        foreach (var step in script)
        {
            if (step == ScriptStep.Keep)
            {
                result.Add(Match(a[x++], b[y++], shift)!.Value);
            }
            else if (step == ScriptStep.Delete)
            {
                result.Add(Step.Delete);
                x++;
            }
            else
            {
                result.Add(Step.Insert);
                y++;
            }
        }

        return result;
    }

    /// <summary>
    /// Longest common subsequence by dynamic programming over a small (trimmed) middle: where several alignments are
    /// shortest, it takes the earliest match, which is how every report reads so far.
    /// </summary>
    private static List<Step> Table(Token[] a, int sa, int n, Token[] b, int sb, int m, int shift)
    {
        var result = new List<Step>(n + m);

        // lcs[i, j] = LCS length of a[sa+i..ea) and b[sb+j..eb).
        var lcs = new int[(n + 1) * (m + 1)];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[(i * (m + 1)) + j] = Match(a[sa + i], b[sb + j], shift) is not null
                    ? lcs[((i + 1) * (m + 1)) + j + 1] + 1
                    : Math.Max(lcs[((i + 1) * (m + 1)) + j], lcs[(i * (m + 1)) + j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (Match(a[sa + x], b[sb + y], shift) is { } s && lcs[(x * (m + 1)) + y] == lcs[((x + 1) * (m + 1)) + y + 1] + 1)
            {
                result.Add(s);
                x++;
                y++;
            }
            else if (lcs[((x + 1) * (m + 1)) + y] >= lcs[(x * (m + 1)) + y + 1])
            {
                result.Add(Step.Delete);
                x++;
            }
            else
            {
                result.Add(Step.Insert);
                y++;
            }
        }

        result.AddRange(Enumerable.Repeat(Step.Delete, n - x));
        result.AddRange(Enumerable.Repeat(Step.Insert, m - y));
        return result;
    }

    private readonly struct TokenMatch(Token[] a, int sa, Token[] b, int sb, int shift) : IItemMatch
    {
        public bool Matches(int i, int j) => Match(a[sa + i], b[sb + j], shift) is not null;
    }

    /// <summary>
    /// Groups steps into runs: equal text, shifted years, and change hunks (deletions before insertions). A
    /// whitespace-only equal run between two hunks joins them, so "a b" → "x y" reads as one replacement.
    /// </summary>
    private static List<TextEdit> Runs(List<Step> steps, Token[] a, Token[] b)
    {
        var hunks = new List<(EditOp Op, string Old, string New, bool Blank)>();
        int ia = 0, ib = 0;
        var k = 0;
        while (k < steps.Count)
        {
            var step = steps[k];
            if (step == Step.Shifted)
            {
                hunks.Add((EditOp.Shifted, a[ia++].Text, b[ib++].Text, false));
                k++;
            }
            else if (step == Step.Equal)
            {
                int fa = ia, fb = ib;
                while (k < steps.Count && steps[k] == Step.Equal)
                {
                    ia++;
                    ib++;
                    k++;
                }

                var blank = a.AsSpan(fa, ia - fa).ToArray().All(t => t.Kind == TokenKind.Space);
                hunks.Add((EditOp.Equal, Join(a, fa, ia), Join(b, fb, ib), blank));
            }
            else
            {
                var del = new List<string>();
                var ins = new List<string>();
                while (k < steps.Count && steps[k] is Step.Delete or Step.Insert)
                {
                    (steps[k] == Step.Delete ? del : ins).Add(steps[k] == Step.Delete ? a[ia++].Text : b[ib++].Text);
                    k++;
                }

                hunks.Add((EditOp.Delete, string.Concat(del), string.Concat(ins), false));
            }
        }

        var merged = new List<(EditOp Op, string Old, string New, bool Blank)>();
        for (var i = 0; i < hunks.Count; i++)
        {
            var h = hunks[i];
            if (h.Op == EditOp.Delete && merged.Count >= 2 && merged[^1].Op == EditOp.Equal && merged[^1].Blank && merged[^2].Op == EditOp.Delete)
            {
                var gap = merged[^1];
                var before = merged[^2];
                merged.RemoveRange(merged.Count - 2, 2);
                h = (EditOp.Delete, before.Old + gap.Old + h.Old, before.New + gap.New + h.New, false);
            }

            merged.Add(h);
        }

        var edits = new List<TextEdit>();
        foreach (var (op, oldText, newText, _) in merged)
        {
            if (op != EditOp.Delete)
            {
                edits.Add(new TextEdit(op, oldText, newText));
                continue;
            }

            if (oldText.Length > 0)
            {
                edits.Add(new TextEdit(EditOp.Delete, oldText, ""));
            }

            if (newText.Length > 0)
            {
                edits.Add(new TextEdit(EditOp.Insert, "", newText));
            }
        }

        return edits;
    }

    private static string Join(Token[] tokens, int from, int to) => string.Concat(tokens.AsSpan(from, to - from).ToArray().Select(t => t.Text));
}
