using System.Text;
using System.Text.RegularExpressions;

namespace Cchc.Tests.Support;

/// <summary>
/// The share of a document's words that another document reproduces in order: the longest common subsequence of
/// their word tokens over the original's token count. A word is a maximal run of letters, combining marks and
/// decimal digits after NFC normalisation; everything else (spaces, punctuation, label marks such as ")" or
/// "-", bullets) separates words and is not counted, so "a) Kế hoạch;" and "a. Kế hoạch" are the same three
/// words. Case is kept: "PHỤ LỤC" does not reproduce "Phụ lục". (WordCorpus/make_seed_docs.py counts the
/// corpus files' words the same way.)
/// </summary>
public static partial class WordRecovery
{
    public sealed record Result(int Words, int Reproduced)
    {
        /// <summary>Reproduced / Words; 1 when the original has no words.</summary>
        public double Share => Words == 0 ? 1 : (double)Reproduced / Words;

        public override string ToString() => $"{Reproduced}/{Words} words ({Share:P2})";
    }

    public static IReadOnlyList<string> Words(string text) =>
        [.. WordPattern().Matches(text.Normalize(NormalizationForm.FormC)).Select(m => m.Value)];

    /// <summary>How much of <paramref name="original"/>'s text <paramref name="rebuilt"/> reproduces in order.</summary>
    public static Result Measure(string original, string rebuilt) => Measure(Words(original), Words(rebuilt));

    public static Result Measure(IReadOnlyList<string> original, IReadOnlyList<string> rebuilt) =>
        new(original.Count, LongestCommonSubsequence(original, rebuilt));

    /// <summary>
    /// LCS length, bit-parallel (Hyyrö 2004): one bit per original token, V' = (V + (V &amp; M)) | (V &amp; ~M) for
    /// each rebuilt token's match mask M; the zero bits of V count the LCS. O(|a|·|b|/64), so two 10 000-word
    /// documents take a few milliseconds.
    /// </summary>
    public static int LongestCommonSubsequence(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var blocks = (a.Count + 63) / 64;
        var masks = new Dictionary<string, ulong[]>(StringComparer.Ordinal);
        for (var i = 0; i < a.Count; i++)
        {
            if (!masks.TryGetValue(a[i], out var mask))
            {
                masks[a[i]] = mask = new ulong[blocks];
            }

            mask[i / 64] |= 1UL << (i % 64);
        }

        var v = new ulong[blocks];
        Array.Fill(v, ulong.MaxValue);
        foreach (var token in b)
        {
            if (!masks.TryGetValue(token, out var m))
            {
                continue;
            }

            ulong carry = 0;
            for (var k = 0; k < blocks; k++)
            {
                var u = v[k] & m[k];
                var sum = v[k] + u;
                var carryOut = sum < v[k] ? 1UL : 0UL;
                var withCarry = sum + carry;
                carryOut |= withCarry < sum ? 1UL : 0UL;
                v[k] = withCarry | (v[k] & ~m[k]);
                carry = carryOut;
            }
        }

        var ones = 0;
        for (var k = 0; k < blocks; k++)
        {
            var bits = k == blocks - 1 && a.Count % 64 != 0 ? v[k] & ((1UL << (a.Count % 64)) - 1) : v[k];
            ones += System.Numerics.BitOperations.PopCount(bits);
        }

        return a.Count - ones;
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{Nd}]+")]
    private static partial Regex WordPattern();
}
