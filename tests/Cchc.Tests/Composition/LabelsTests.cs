using Cchc.Composition.Numbering;
using Cchc.Model;
using Xunit;

namespace Cchc.Tests.Composition;

/// <summary>Numbering styles of plan-format §7.</summary>
public class LabelsTests
{
    private static string[] Sequence(NumberingStyle style, int count, string? parent = null) =>
        Enumerable.Range(1, count).Select(n => Labels.For(style, n, parent)).ToArray();

    [Fact]
    public void Alpha_vi_has_23_letters_with_dd_and_without_f_j_w_z() =>
        Assert.Equal(
            ["a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)", "i)", "k)", "l)", "m)", "n)", "o)", "p)", "q)", "r)", "s)", "t)", "u)", "v)", "x)", "y)"],
            Sequence(NumberingStyle.AlphaVi, 23));

    [Fact]
    public void Alpha_vi_past_23_goes_on_with_distinct_labels_instead_of_failing()
    {
        var labels = Sequence(NumberingStyle.AlphaVi, 60);
        Assert.Equal(["aa)", "ab)"], labels[23..25]);
        Assert.Equal(labels.Length, labels.Distinct().Count());
    }

    [Fact]
    public void Alpha_latin_uses_all_26_letters()
    {
        var labels = Sequence(NumberingStyle.AlphaLatin, 27);
        Assert.Equal(["e)", "f)"], labels[4..6]);
        Assert.Equal("z)", labels[25]);
        Assert.Equal("aa)", labels[26]);
    }

    [Fact]
    public void Roman_arabic_and_parenthesised()
    {
        Assert.Equal(["I.", "II.", "III.", "IV.", "V.", "VI.", "VII.", "VIII.", "IX.", "X."], Sequence(NumberingStyle.Roman, 10));
        Assert.Equal("XLIX.", Labels.For(NumberingStyle.Roman, 49));
        Assert.Equal(["1.", "2.", "3."], Sequence(NumberingStyle.Arabic, 3));
        Assert.Equal(["(1)", "(2)"], Sequence(NumberingStyle.Paren, 2));
        Assert.Equal(["(1).", "(7)."], new[] { Labels.For(NumberingStyle.ParenDot, 1), Labels.For(NumberingStyle.ParenDot, 7) });
    }

    [Fact]
    public void Decimal_extends_the_parent_label() =>
        Assert.Equal(["2.1.", "2.2.", "2.3."], Sequence(NumberingStyle.Decimal, 3, "2."));

    [Fact]
    public void Bullets_and_none()
    {
        Assert.Equal(["-", "-"], Sequence(NumberingStyle.Dash, 2));
        Assert.Equal(["+", "+"], Sequence(NumberingStyle.Plus, 2));
        Assert.Equal(["", ""], Sequence(NumberingStyle.None, 2));
    }

    [Fact]
    public void Default_style_by_depth()
    {
        Assert.Equal(
            [NumberingStyle.Roman, NumberingStyle.Arabic, NumberingStyle.AlphaVi, NumberingStyle.Dash, NumberingStyle.Dash],
            Enumerable.Range(1, 5).Select(Labels.DefaultForDepth));
    }
}
