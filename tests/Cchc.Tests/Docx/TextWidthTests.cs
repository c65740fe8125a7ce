using Cchc.Model;
using Cchc.Docx;
using Xunit;

namespace Cchc.Tests.Docx;

public sealed class TextWidthTests
{
    // Widths laid out with Liberation Serif 2 (metric-compatible with Times New Roman), summed from the fonts'
    // advance widths with the horned and accented capitals at their own widths.
    [Theory]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 26, true, false, 5424)]
    [InlineData("Độc lập - Tự do - Hạnh phúc", 28, true, false, 3428)]
    [InlineData("ỦY BAN NHÂN DÂN", 26, true, false, 2448)]
    [InlineData("TỈNH QUẢNG NAM", 26, true, false, 2383)]
    [InlineData("Hà Nội, ngày 05 tháng 01 năm 2020", 28, false, true, 4091)]
    public void Estimates_are_within_3_percent_of_the_laid_out_width(string text, int halfPoints, bool bold, bool italic, int measured)
    {
        var estimate = TextWidth.Twips(text, new RunFormat(halfPoints, bold, italic));
        Assert.InRange(estimate, measured * 0.97, measured * 1.03);
    }

    [Fact]
    public void Decomposed_and_precomposed_text_have_the_same_width()
    {
        var format = new RunFormat(28, true, false);
        Assert.Equal(TextWidth.Twips("Độc lập", format), TextWidth.Twips("\u0110o\u0323\u0302c la\u0323\u0302p", format));
    }

    [Fact]
    public void Width_scales_with_size_and_bold_is_wider()
    {
        var regular = TextWidth.Twips("Kế hoạch", new RunFormat(28, false, false));
        Assert.InRange(TextWidth.Twips("Kế hoạch", new RunFormat(56, false, false)), (regular * 2) - 1, (regular * 2) + 1);
        Assert.True(TextWidth.Twips("Kế hoạch", new RunFormat(28, true, false)) > regular);
    }

    [Theory]
    [InlineData("Quye\u0302\u0301t \u0111i\u0323nh", "Quyết định")]
    [InlineData("o\u0302\u0323", "ộ")] // marks out of canonical order are reordered first
    [InlineData("U\u031B\u0323", "Ự")]
    [InlineData("a\u0306\u0300", "ằ")]
    [InlineData("Ha\u0323nh phu\u0301c", "Hạnh phúc")]
    [InlineData("x\u0301", "x\u0301")] // no precomposed letter: left as it is
    public void Diacritics_compose_Vietnamese_letters(string input, string expected) =>
        Assert.Equal(expected, Diacritics.Compose(input));

    [Fact]
    public void Column_widths_are_proportional_integers_that_add_up_to_the_total()
    {
        var widths = ColumnWidths.Distribute([5, 40, 14, 20, 14, 20], 14286);
        Assert.Equal(14286, widths.Sum());
        Assert.Equal([632, 5057, 1770, 2529, 1770, 2528], widths); // equal remainders: the left column wins

        Assert.Equal([3, 3, 3], ColumnWidths.Distribute([1, 1, 1], 9));
        Assert.Equal([4, 3, 3], ColumnWidths.Distribute([1, 1, 1], 10));
        Assert.Throws<ArgumentException>(() => ColumnWidths.Distribute([1, 0], 100));
        Assert.Throws<ArgumentException>(() => ColumnWidths.Distribute([], 100));
    }
}
