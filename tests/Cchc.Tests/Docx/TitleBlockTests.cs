using Cchc.Docx;
using Cchc.Model.Documents;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cchc.Tests.Docx;

/// <summary>
/// The title block (nd30-format §3.5, §5.2): a trích yếu that wraps is balanced rather than leaving one word on
/// its last line, and the short rule under it (T4) is 1/3–1/2 of its widest line.
/// </summary>
public sealed class TitleBlockTests
{
    private const int TextWidth = 9354;
    private const string LoneWordTitle = "Ban hành Kế hoạch Cải cách hành chính nhà nước Phường Hải Dương năm 2026";

    [Fact]
    public void A_trich_yeu_that_would_leave_one_word_on_its_last_line_is_narrowed_into_even_lines()
    {
        var summary = Paragraph.Of(ParaStyle.Summary, LoneWordTitle);
        var natural = LineBreaks.LineWidths(summary, "Summary", TextWidth);
        Assert.True(natural.Count == 2 && natural[1] < TextWidth / 5, $"Lines of {string.Join(", ", natural)} twips: the test needs a lone last word.");

        using var docx = WrittenDocx.Of(new Document([new Section(Orientation.Portrait, [summary, new ShortRule()])]));
        var indentation = docx.Paragraphs().Single(p => WrittenDocx.StyleOf(p) == "Summary").ParagraphProperties!.Indentation!;
        Assert.Equal(indentation.Left!.Value, indentation.Right!.Value);
        var indent = int.Parse(indentation.Left!.Value!, System.Globalization.CultureInfo.InvariantCulture);

        var balanced = LineBreaks.LineWidths(summary, "Summary", TextWidth - (2 * indent));
        Assert.Equal(2, balanced.Count);
        Assert.True(balanced.Min() >= 0.75 * balanced.Max(), $"Lines of {string.Join(", ", balanced)} twips are not even.");
    }

    [Theory]
    [InlineData("Kế hoạch thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 trên địa bàn phường Hải Dương")] // last line over a third
    [InlineData("Ban hành Kế hoạch Cải cách hành chính nhà nước\nPhường Hải Dương năm 2026")] // the author's own break
    [InlineData("Cải cách hành chính nhà nước phường Hải Dương năm 2026")] // one line
    public void Other_titles_keep_the_full_width(string title)
    {
        var summary = Paragraph.Of(ParaStyle.Summary, title);
        Assert.True(LineBreaks.BalancingIndent(summary, "Summary", TextWidth) == 0, string.Join(", ", LineBreaks.LineWidths(summary, "Summary", TextWidth)));
    }

    [Fact]
    public void Under_a_Kem_theo_line_the_rule_measures_the_trich_yeu_not_the_longer_line_above_it()
    {
        using var docx = WrittenDocx.Of(new Document([new Section(Orientation.Portrait,
        [
            Paragraph.Of(ParaStyle.DocType, "KẾ HOẠCH"),
            Paragraph.Of(ParaStyle.Summary, SampleDocuments.PlanSummary),
            Paragraph.Of(ParaStyle.AttachedLine, "(Kèm theo Quyết định số       /QĐ-UBND ngày 12 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân phường Hải Dương)"),
            new ShortRule(),
        ])]));
        var attached = docx.Paragraphs().Single(p => WrittenDocx.StyleOf(p) == "AttachedLine");
        var rule = LetterheadTests.RuleLength(docx, Assert.IsType<W.Paragraph>(attached.NextSibling()), TextWidth);

        var summary = Cchc.Docx.TextWidth.Twips(SampleDocuments.PlanSummary, new RunFormat(28, Bold: true, Italic: false));
        Assert.InRange(rule / (double)summary, 0.33, 0.50);
    }

    [Fact]
    public void Under_a_trich_yeu_that_wraps_the_rule_measures_its_widest_line_not_the_page()
    {
        var summary = Paragraph.Of(ParaStyle.Summary, "Kế hoạch cải cách hành chính nhà nước năm 2026 (76/NQ-CP/2021/CCHC-UBND-VHXH)");
        using var docx = WrittenDocx.Of(new Document([new Section(Orientation.Portrait, [summary, new ShortRule()])]));
        var rule = LetterheadTests.RuleLength(docx, docx.Paragraphs().Single(p => WrittenDocx.StyleOf(p) == "TitleRule"), TextWidth);

        var lines = LineBreaks.LineWidths(summary, "Summary", TextWidth);
        Assert.Equal(2, lines.Count);
        Assert.True(lines.Max() < TextWidth * 0.75, $"Lines of {string.Join(", ", lines)} twips: the test needs them well short of the margin.");
        Assert.InRange(rule / (double)lines.Max(), 0.33, 0.50);
    }
}
