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

    [Fact]
    public void Plain_drops_the_markup() => Assert.Equal("Lưu: VT, VHXH.", InlineMarkup.Plain("**Lưu:** VT, *VHXH*."));
}
