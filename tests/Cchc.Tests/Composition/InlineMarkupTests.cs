using Cchc.Composition.Text;
using Cchc.Model.Documents;
using Xunit;

namespace Cchc.Tests.Composition;

/// <summary>Inline markup of the v1.1 extensions: **bold**, *italic*, \* and line breaks.</summary>
public class InlineMarkupTests
{
    [Fact]
    public void Bold_and_italic_become_runs() =>
        Assert.Equal(
            [new Run("Điều 1.", Bold: true), new Run(" theo định kỳ ("), new Run("báo cáo Quý", Italic: true), new Run(")")],
            InlineMarkup.Parse("**Điều 1.** theo định kỳ (*báo cáo Quý*)"));

    [Fact]
    public void Italic_inside_bold() =>
        Assert.Equal([new Run("a ", Bold: true), new Run("b", Bold: true, Italic: true), new Run(" c", Bold: true)],
            InlineMarkup.Parse("**a *b* c**"));

    [Fact]
    public void Escaped_and_unpaired_asterisks_are_literal()
    {
        Assert.Equal([new Run("5 * 3 = 15")], InlineMarkup.Parse("5 * 3 = 15"));
        Assert.Equal([new Run("*chú thích*")], InlineMarkup.Parse(@"\*chú thích\*"));
        Assert.Equal([new Run("a ** b")], InlineMarkup.Parse("a ** b"));
    }

    [Fact]
    public void Newlines_are_line_breaks() =>
        Assert.Equal([new Run("DÒNG MỘT,"), Run.LineBreak, new Run("DÒNG HAI")], InlineMarkup.Parse("DÒNG MỘT,\nDÒNG HAI"));

    [Fact]
    public void Inert_text_keeps_its_line_breaks_through_a_template_line()
    {
        var inert = InlineMarkup.Inert("a\nb");
        Assert.DoesNotContain('\n', inert);
        Assert.Equal([new Run("a"), Run.LineBreak, new Run("b")], InlineMarkup.Parse(inert));
    }

    /// <summary>Only '*', a newline, a carriage return and U+2028 mean anything: text with any other UTF-16 unit,
    /// twice, is one unformatted run of itself; text with one of these is not.</summary>
    [Fact]
    public void Every_other_character_is_text_as_written()
    {
        for (var c = char.MinValue; ; c++)
        {
            var text = $"x{c}y{c}z";
            var runs = InlineMarkup.Parse(text);
            var literal = runs.Count == 1 && runs[0] == new Run(text);
            Assert.True(literal != (c is '*' or '\n' or '\r' or InlineMarkup.LineSeparator), $"U+{(int)c:X4}: {string.Join(" | ", runs)}");
            if (c == char.MaxValue)
            {
                break;
            }
        }
    }

    [Fact]
    public void Empty_text_has_no_run() => Assert.Empty(InlineMarkup.Parse(""));

    [Fact]
    public void Plain_drops_the_markup() => Assert.Equal("Lưu: VT, VHXH.", InlineMarkup.Plain("**Lưu:** VT, *VHXH*."));
}
