using Cchc.Model.Documents;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cchc.Tests.Docx;

/// <summary>nd30-format §2, §9.2 (F1–F5) and §9.5 (B3–B7): font, colour, text, body paragraphs.</summary>
public sealed class TypographyTests
{
    private const string Tnr = "Times New Roman";

    [Theory]
    [MemberData(nameof(SampleDocuments.All), MemberType = typeof(SampleDocuments))]
    public void Every_run_names_Times_New_Roman_on_all_four_slots_and_no_theme_font(string name)
    {
        using var docx = WrittenDocx.Of(SampleDocuments.Named(name));
        var roots = new List<DocumentFormat.OpenXml.OpenXmlElement> { docx.Body };
        roots.AddRange(docx.Main.HeaderParts.Select(h => (DocumentFormat.OpenXml.OpenXmlElement)h.Header!));
        var runs = roots.SelectMany(r => r.Descendants<W.Run>()).ToList();
        Assert.NotEmpty(runs);
        Assert.All(runs, run =>
        {
            var fonts = run.RunProperties?.RunFonts;
            Assert.NotNull(fonts);
            Assert.Equal($"{Tnr}|{Tnr}|{Tnr}|{Tnr}", $"{fonts.Ascii?.Value}|{fonts.HighAnsi?.Value}|{fonts.ComplexScript?.Value}|{fonts.EastAsia?.Value}");
            Assert.Null(fonts.AsciiTheme);
            Assert.Null(fonts.HighAnsiTheme);
        });
    }

    [Fact]
    public void The_styles_part_defaults_to_black_14pt_Times_New_Roman_and_has_no_theme_fonts()
    {
        using var docx = WrittenDocx.Of(SampleDocuments.DecisionOnly());
        var styles = docx.Main.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal(Tnr, defaults.RunFonts!.Ascii!.Value);
        Assert.Equal(Tnr, defaults.RunFonts.HighAnsi!.Value);
        Assert.Equal(Tnr, defaults.RunFonts.ComplexScript!.Value);
        Assert.Equal(Tnr, defaults.RunFonts.EastAsia!.Value);
        Assert.Equal("000000", defaults.Color!.Val!.Value);
        Assert.Equal("28", defaults.FontSize!.Val!.Value);
        Assert.DoesNotContain(styles.Descendants<W.RunFonts>(), f => f.AsciiTheme is not null || f.HighAnsiTheme is not null);
        Assert.DoesNotContain(styles.Descendants<W.Color>(), c => c.Val?.Value is not ("000000" or "auto"));
        Assert.Null(docx.Main.ThemePart);
    }

    [Fact]
    public void The_styles_part_is_the_reference_part_without_its_comments()
    {
        using var docx = WrittenDocx.Of(SampleDocuments.DecisionOnly());
        using var reader = new StreamReader(docx.Main.StyleDefinitionsPart!.GetStream());
        var xml = reader.ReadToEnd();
        Assert.DoesNotContain("<!--", xml, StringComparison.Ordinal);
        Assert.Contains("w:styleId=\"Body\"", xml, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SampleDocuments.All), MemberType = typeof(SampleDocuments))]
    public void Text_is_NFC_black_and_never_auto_numbered(string name)
    {
        using var docx = WrittenDocx.Of(SampleDocuments.Named(name));
        // IsNormalized is no help under InvariantGlobalization (it says yes to anything), so look for the
        // combining marks that NFC Vietnamese never contains.
        Assert.All(docx.Body.Descendants<W.Text>(), t => Assert.DoesNotContain(t.Text, ch => ch is >= '\u0300' and <= '\u036F'));
        Assert.Empty(docx.Body.Descendants<W.NumberingProperties>());
        Assert.Null(docx.Main.NumberingDefinitionsPart);
        Assert.Empty(docx.Body.Descendants<W.Color>());
        Assert.Empty(docx.Body.Descendants<W.Highlight>());
    }

    [Fact]
    public void Decomposed_input_is_written_precomposed_and_newlines_become_breaks()
    {
        var decomposed = "Quye\u0302\u0301t \u0111i\u0323nh";
        var document = new Document([new(Orientation.Portrait,
        [
            new Paragraph(ParaStyle.Body, [new Run(decomposed), Run.LineBreak, new Run("dòng hai")]),
        ])]);
        using var docx = WrittenDocx.Of(document);

        var paragraph = docx.Paragraphs().First();
        Assert.Equal("Quyết định\ndòng hai", WrittenDocx.TextOf(paragraph));
        Assert.Single(paragraph.Descendants<W.Break>());
    }

    [Theory]
    [InlineData(ParaStyle.Body, false)]
    [InlineData(ParaStyle.Basis, true)]
    [InlineData(ParaStyle.Article, false)]
    [InlineData(ParaStyle.ListItem, false)]
    [InlineData(ParaStyle.Heading1, false)]
    [InlineData(ParaStyle.Heading2, false)]
    public void Body_paragraphs_are_justified_indented_6pt_apart_at_1_15_lines_in_14pt(ParaStyle style, bool italic)
    {
        using var docx = WrittenDocx.Of(SampleDocuments.DecisionPackage());
        var paragraphs = docx.Paragraphs().Where(p => WrittenDocx.StyleOf(p) == style.ToString()).ToList();
        Assert.NotEmpty(paragraphs);
        foreach (var paragraph in paragraphs)
        {
            Assert.Equal(W.JustificationValues.Both, docx.ParagraphProperty<W.Justification>(paragraph)!.Val!.Value);
            Assert.Equal("567", docx.ParagraphProperty<W.Indentation>(paragraph)!.FirstLine!.Value);
            var spacing = docx.ParagraphProperty<W.SpacingBetweenLines>(paragraph)!;
            Assert.Equal(("120", "0", "276", W.LineSpacingRuleValues.Auto),
                (spacing.Before!.Value, spacing.After!.Value, spacing.Line!.Value, spacing.LineRule!.Value));
            Assert.All(WrittenDocx.TextRuns(paragraph), run =>
            {
                var (size, _, isItalic) = WrittenDocx.FormatOf(run);
                Assert.Equal(28, size);
                Assert.Equal(italic, isItalic);
            });
        }
    }

    [Fact]
    public void Headings_are_bold_and_article_labels_bold_with_a_regular_rest()
    {
        using var docx = WrittenDocx.Of(SampleDocuments.DecisionPackage());
        foreach (var style in new[] { "Heading1", "Heading2", "Heading3" })
        {
            var headings = docx.Paragraphs().Where(p => WrittenDocx.StyleOf(p) == style).ToList();
            Assert.NotEmpty(headings);
            Assert.All(headings, h => Assert.True(WrittenDocx.FormatOf(h).Bold, WrittenDocx.TextOf(h)));
        }

        var article = docx.Paragraphs().First(p => WrittenDocx.TextOf(p).StartsWith("Điều 1.", StringComparison.Ordinal));
        var runs = WrittenDocx.TextRuns(article).ToList();
        Assert.True(WrittenDocx.FormatOf(runs[0]).Bold);
        Assert.False(WrittenDocx.FormatOf(runs[1]).Bold);
    }

    [Theory]
    [InlineData("QUYẾT ĐỊNH", 28, true, false)]
    [InlineData("Ban hành Kế hoạch cải cách hành chính nhà nước\nphường Hải Dương năm 2026", 28, true, false)]
    [InlineData("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HẢI DƯƠNG", 28, true, false)]
    [InlineData("QUYẾT ĐỊNH:", 28, true, false)]
    [InlineData("KẾ HOẠCH", 28, true, false)]
    [InlineData("Phụ lục", 28, true, false)]
    public void Title_lines_are_centred_with_the_profile_format(string text, int halfPoints, bool bold, bool italic)
    {
        using var docx = WrittenDocx.Of(SampleDocuments.DecisionPackage());
        var paragraph = docx.Paragraphs().First(p => WrittenDocx.TextOf(p) == text);
        Assert.Equal((halfPoints, bold, italic), WrittenDocx.FormatOf(paragraph));
        Assert.Equal(W.JustificationValues.Center, docx.ParagraphProperty<W.Justification>(paragraph)!.Val!.Value);
    }

    [Fact]
    public void Attached_lines_are_centred_14pt_italic_with_a_short_rule_below()
    {
        using var docx = WrittenDocx.Of(SampleDocuments.DecisionPackage());
        var attached = docx.Paragraphs().Where(p => WrittenDocx.StyleOf(p) == "AttachedLine").ToList();
        Assert.Equal(2, attached.Count);
        foreach (var paragraph in attached)
        {
            Assert.Equal((28, false, true), WrittenDocx.FormatOf(paragraph));
            Assert.Equal(W.JustificationValues.Center, docx.ParagraphProperty<W.Justification>(paragraph)!.Val!.Value);
            var next = Assert.IsType<W.Paragraph>(paragraph.NextSibling());
            Assert.Equal("TitleRule", WrittenDocx.StyleOf(next));
        }
    }
}
