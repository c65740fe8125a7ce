using Cchc.Docx;
using Cchc.Model.Documents;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cchc.Tests.Docx;

/// <summary>nd30-format §3.5, §5.2 (T4): the short rule of a title block is 1/3–1/2 of the trích yếu's widest line.</summary>
public sealed class TitleRuleTests
{
    private const int TextWidth = 9354;

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
        var rule = LetterheadTests.RuleLength(docx, docx.Paragraphs().Single(p => WrittenDocx.StyleOf(p) == "Rule"), TextWidth);

        var lines = LineBreaks.LineWidths(summary, "Summary", TextWidth);
        Assert.Equal(2, lines.Count);
        Assert.True(lines.Max() < TextWidth * 0.75, $"Lines of {string.Join(", ", lines)} twips: the test needs them well short of the margin.");
        Assert.InRange(rule / (double)lines.Max(), 0.33, 0.50);
    }
}
