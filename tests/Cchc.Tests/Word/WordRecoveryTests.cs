using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Word;

public sealed class WordRecoveryTests
{
    [Fact]
    public void Words_are_runs_of_letters_marks_and_digits_in_nfc()
    {
        Assert.Equal(["a", "Kế", "hoạch", "số", "15", "KH", "UBND"], WordRecovery.Words("a) Kế hoạch số 15/KH-UBND;"));
        Assert.Equal(WordRecovery.Words("Cộng hòa"), WordRecovery.Words("Cộng hòa".Normalize(System.Text.NormalizationForm.FormD)));
        Assert.Empty(WordRecovery.Words(" - ./. • – ; : “” "));
    }

    [Fact]
    public void Punctuation_labels_and_whitespace_do_not_change_the_share()
    {
        var r = WordRecovery.Measure("a) Công tác chỉ đạo, điều hành;\n- Lưu: VT, VHXH.", "a. Công tác chỉ đạo điều hành • Lưu VT VHXH");
        Assert.Equal(new WordRecovery.Result(10, 10), r);
        Assert.Equal(1.0, r.Share);
    }

    [Fact]
    public void Case_counts_and_order_counts()
    {
        Assert.Equal(0, WordRecovery.Measure("Phụ lục", "PHỤ LỤC").Reproduced);
        Assert.Equal(1, WordRecovery.Measure("một hai ba bốn", "bốn ba hai một").Reproduced);
        Assert.Equal(0.25, WordRecovery.Measure("một hai ba bốn", "bốn ba hai một").Share);
    }

    [Fact]
    public void An_empty_original_is_fully_reproduced_and_an_empty_rebuild_reproduces_nothing()
    {
        Assert.Equal(1.0, WordRecovery.Measure("", "bất kỳ").Share);
        Assert.Equal(0.0, WordRecovery.Measure("một hai", "").Share);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(128)]
    [InlineData(200)]
    public void Dropping_k_words_of_n_reproduces_exactly_n_minus_k(int n)
    {
        var random = new Random(n);
        var original = Enumerable.Range(0, n).Select(i => "từ" + i).ToList();
        var dropped = original.Where(_ => random.Next(4) != 0).ToList();
        var noise = dropped.SelectMany(w => random.Next(3) == 0 ? new[] { w, "thêm" + random.Next(9) } : [w]).ToList();
        Assert.Equal(dropped.Count, WordRecovery.LongestCommonSubsequence(original, noise));
    }

    /// <summary>The bit-parallel LCS against the textbook dynamic programme, on random sequences of every size
    /// around the 64-bit block boundaries and small alphabets (many repeats, where carries run across blocks).</summary>
    [Fact]
    public void Bit_parallel_lcs_equals_the_dynamic_programme_on_random_sequences()
    {
        var random = new Random(2026);
        foreach (var n in new[] { 0, 1, 2, 7, 63, 64, 65, 127, 128, 129, 191, 300 })
        {
            foreach (var alphabet in new[] { 1, 2, 3, 8, 50 })
            {
                var a = Sequence(random, n, alphabet);
                var b = Sequence(random, random.Next(0, 2 * n + 2), alphabet);
                Assert.True(Naive(a, b) == WordRecovery.LongestCommonSubsequence(a, b), $"n={n} alphabet={alphabet}");
            }
        }
    }

    [Fact]
    public void Ten_thousand_words_measure_in_well_under_a_second()
    {
        var random = new Random(7);
        var a = Sequence(random, 10_000, 2000);
        var b = Sequence(random, 10_000, 2000);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        WordRecovery.LongestCommonSubsequence(a, b);
        Assert.True(watch.ElapsedMilliseconds < 1000, $"{watch.ElapsedMilliseconds} ms");
    }

    private static List<string> Sequence(Random random, int n, int alphabet) =>
        [.. Enumerable.Range(0, n).Select(_ => "w" + random.Next(alphabet))];

    private static int Naive(List<string> a, List<string> b)
    {
        var d = new int[a.Count + 1, b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                d[i, j] = a[i - 1] == b[j - 1] ? d[i - 1, j - 1] + 1 : Math.Max(d[i - 1, j], d[i, j - 1]);
            }
        }

        return d[a.Count, b.Count];
    }
}
