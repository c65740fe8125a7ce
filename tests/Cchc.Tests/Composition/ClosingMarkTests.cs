using Cchc.Composition.Text;
using Cchc.Model.Documents;
using Xunit;

namespace Cchc.Tests.Composition;

/// <summary>The "./." of the last article (plan-format §6).</summary>
public class ClosingMarkTests
{
    [Theory]
    [InlineData("chịu trách nhiệm thi hành Quyết định này./.", "chịu trách nhiệm thi hành Quyết định này./.")]
    [InlineData("chịu trách nhiệm thi hành Quyết định này.", "chịu trách nhiệm thi hành Quyết định này./.")]
    [InlineData("chịu trách nhiệm thi hành Quyết định này", "chịu trách nhiệm thi hành Quyết định này./.")]
    [InlineData("chịu trách nhiệm thi hành Quyết định này;  ", "chịu trách nhiệm thi hành Quyết định này;./.")]
    public void Rule(string text, string expected) => Assert.Equal(expected, ClosingMark.Apply(text));

    [Fact]
    public void On_a_paragraph_the_mark_follows_the_last_run()
    {
        var p = new Paragraph(ParaStyle.Article, [new Run("Điều 3.", Bold: true), new Run(" Thi hành ngay ")]);
        Assert.Equal([new Run("Điều 3.", Bold: true), new Run(" Thi hành ngay./.")], ClosingMark.Apply(p).Runs);
    }
}
