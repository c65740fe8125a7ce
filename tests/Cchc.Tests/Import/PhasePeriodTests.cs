using Cchc.Import.Recognition.Body;
using Xunit;

namespace Cchc.Tests.Import;

/// <summary>
/// A phase group's heading ("- Giai đoạn 2026 - 2027:") gives its <c>period</c>: every year pair, each dash a
/// clerk types (hyphen, en dash, em dash), with and without spaces, a non-breaking space, the colon or not; a
/// range that runs backwards or a heading that says more than the phase gives none.
/// </summary>
public sealed class PhasePeriodTests
{
    private static readonly string[] Dashes = ["-", "–", "—"];
    private static readonly string[] Gaps = ["", " ", "  ", "\u00A0"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 8)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Phase_headings_give_their_years(int seed)
    {
        var rng = new Random(seed);
        for (var n = 0; n < 200; n++)
        {
            var a = rng.Next(1990, 2190);
            var b = a + rng.Next(0, 10);
            var gap = Gaps[rng.Next(Gaps.Length)];
            var text = $"{(rng.Next(2) == 0 ? "Giai" : "giai")} đoạn {a}{gap}{Dashes[rng.Next(Dashes.Length)]}{Gaps[rng.Next(Gaps.Length)]}{b}{(rng.Next(2) == 0 ? ":" : "")}";
            Assert.Equal($"{a}-{b}", PhasePeriod.Of(text));
            if (b > a)
            {
                Assert.Null(PhasePeriod.Of($"Giai đoạn {b} - {a}:"));
            }

            Assert.Null(PhasePeriod.Of(text.TrimEnd(':') + " tăng 10%:"));
        }
    }
}
