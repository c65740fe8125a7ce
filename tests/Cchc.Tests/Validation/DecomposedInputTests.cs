using Cchc.Model;
using Xunit;

namespace Cchc.Tests.Validation;

/// <summary>
/// Plans typed with a decomposed Vietnamese keyboard are NFC-normalised on load (§1). The decomposed strings
/// are written out by hand here: under InvariantGlobalization string.Normalize does nothing, so it cannot be the oracle.
/// </summary>
public class DecomposedInputTests
{
    [Theory]
    [InlineData("U\u0309y ban nha\u0302n da\u0302n phu\u031Bo\u031B\u0300ng Ha\u0309i Du\u031Bo\u031Bng", "Ủy ban nhân dân phường Hải Dương")]
    [InlineData("a\u0323\u0302", "ậ")] // canonical order: dot below (220) before circumflex (230)
    [InlineData("a\u0302\u0323", "ậ")] // typed in the other order
    [InlineData("\u1EA1\u0302", "ậ")] // precomposed ạ + circumflex
    [InlineData("\u00E2\u0323", "ậ")] // precomposed â + dot below
    [InlineData("o\u031B\u0303", "ỡ")]
    [InlineData("\u0110a\u0306\u0301k La\u0306\u0301k", "Đắk Lắk")]
    [InlineData("Quy\u0301 I/2026", "Quý I/2026")]
    public void Decomposed_vietnamese_composes(string input, string expected) => Assert.Equal(expected, Diacritics.Compose(input));

    [Theory]
    [InlineData("Ủy ban nhân dân phường Hải Dương")]
    [InlineData("plain ASCII")]
    [InlineData("x\u0301")] // no precomposed x-acute exists: the mark stays
    [InlineData("\u0301 leading mark")]
    public void Text_without_a_composition_is_unchanged(string text) => Assert.Equal(text, Diacritics.Compose(text));

    [Fact]
    public void A_decomposed_unit_and_deadline_still_validate()
    {
        var plan = PlanText.Base.Replace("unit: phường", "unit: phu\u031Bo\u031B\u0300ng").Replace("\"Quý I/2026\"", "\"Quy\u0301 I/2026\"");
        Expect.Clean(plan.Check());
    }
}
