using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;
using static Cchc.Tests.Build.Layout.StyleResolver;

namespace Cchc.Tests.Build.Layout;

/// <summary>nd30-format §9.5–9.6 (B1, B2, B8, S1–S3, S5, S7) on the built 2026 Quyết định.</summary>
public sealed partial class BodyChecklistTests(Built2026 built) : IClassFixture<Built2026>
{
    private static readonly int[] BodySizes = [26, 28];
    private static readonly int[] FirstLineIndents = [567, 720];
    private static readonly string[] Prefixes = ["TM. ", "KT. ", "Q. ", "TL. ", "TUQ. "];

    private LayoutDocx Docx => built.Decision;

    private List<XElement> Paragraphs => [.. LayoutDocx.Paragraphs(Docx.Sections()[0].Elements)];

    private XElement Signature => LayoutDocx.Tables(Docx.Sections()[0].Elements).Last();

    [Fact]
    public void B1_bases_are_italic_each_ending_in_a_semicolon_the_last_in_a_full_stop()
    {
        var bases = Paragraphs.Where(p => Text(p).StartsWith("Căn cứ ", StringComparison.Ordinal)
            || Text(p).StartsWith("Theo đề nghị ", StringComparison.Ordinal) || Text(p).StartsWith("Xét ", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, bases.Count);
        Assert.All(bases, p => Assert.All(TextRuns(p), r =>
        {
            Assert.True(Docx.Styles.Italic(r));
            Assert.Contains(Docx.Styles.Size(r), BodySizes);
        }));
        Assert.All(bases[..^1], p => Assert.EndsWith(";", Text(p), StringComparison.Ordinal));
        Assert.EndsWith(".", Text(bases[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public void B2_the_decision_heading_has_its_colon_bold_and_centred()
    {
        var heading = Assert.Single(Paragraphs, p => Text(p) == "QUYẾT ĐỊNH:");
        Assert.Equal("center", Docx.Styles.Paragraph(heading, "jc"));
        Assert.All(TextRuns(heading), r =>
        {
            Assert.True(Docx.Styles.Bold(r));
            Assert.Contains(Docx.Styles.Size(r), BodySizes);
        });
    }

    [Fact]
    public void B8_articles_start_with_a_bold_Dieu_N_at_the_first_line_indent()
    {
        var articles = Paragraphs.Where(p => Article().IsMatch(Text(p))).ToList();
        Assert.Equal(3, articles.Count);
        foreach (var article in articles)
        {
            Assert.Contains(Docx.Styles.ParagraphTwips(article, "ind", "firstLine"), FirstLineIndents);
            var number = Article().Match(Text(article)).Value.TrimEnd();
            var boldText = string.Concat(TextRuns(article).TakeWhile(Docx.Styles.Bold).Select(r => string.Concat(r.Elements(W + "t").Select(t => t.Value))));
            Assert.StartsWith(number, boldText, StringComparison.Ordinal);
            Assert.False(Docx.Styles.Bold(TextRuns(article).Last()), "Untitled articles: only \"Điều N.\" is bold.");
        }
    }

    [Fact]
    public void S1_Noi_nhan_is_12_pt_bold_italic_flush_left_level_with_the_first_authority_line()
    {
        Assert.Single(Signature.Elements(W + "tr"));
        var heading = LayoutDocx.CellParagraphs(Signature, 0, 0)[0];
        Assert.Equal("Nơi nhận:", Text(heading));
        Assert.All(TextRuns(heading), r =>
        {
            Assert.True(Docx.Styles.Bold(r) && Docx.Styles.Italic(r));
            Assert.Equal(24, Docx.Styles.Size(r));
        });
        Assert.Equal("left", Docx.Styles.Paragraph(heading, "jc"));
        Assert.Equal(0, Docx.Styles.ParagraphTwips(heading, "ind", "left"));
        Assert.Equal(0, Docx.Styles.ParagraphTwips(heading, "ind", "firstLine"));

        var authority = LayoutDocx.CellParagraphs(Signature, 0, 1)[0];
        Assert.Equal(Docx.Styles.ParagraphTwips(heading, "spacing", "before"), Docx.Styles.ParagraphTwips(authority, "spacing", "before"));
    }

    [Fact]
    public void S2_S3_recipients_are_11_pt_dash_lines_ending_with_the_Luu_line()
    {
        var lines = LayoutDocx.CellParagraphs(Signature, 0, 0).Skip(1).ToList();
        Assert.Equal(8, lines.Count);
        Assert.All(lines[..^1], p => Assert.Matches(@"^- \p{Lu}.*;$", Text(p)));
        Assert.Matches(@"^- Lưu: VT(, .+)?\.$", Text(lines[^1]));
        Assert.All(lines, p =>
        {
            Assert.Equal(0, Docx.Styles.ParagraphTwips(p, "ind", "left"));
            Assert.All(TextRuns(p), r =>
            {
                Assert.Equal(22, Docx.Styles.Size(r));
                Assert.False(Docx.Styles.Bold(r) || Docx.Styles.Italic(r));
            });
        });
    }

    [Fact]
    public void S5_S7_authority_lines_in_capitals_then_room_to_sign_then_the_name_in_name_case()
    {
        var right = LayoutDocx.CellParagraphs(Signature, 0, 1);
        var authority = right.TakeWhile(p => Text(p).Length > 0).ToList();
        Assert.Equal(["CHỦ TỊCH"], authority.Select(Text));
        foreach (var p in authority)
        {
            var text = Text(p);
            Assert.Equal(text.ToUpperInvariant(), text);
            Assert.True(!text.Contains('.', StringComparison.Ordinal) || Prefixes.Any(x => text.StartsWith(x, StringComparison.Ordinal)), text);
            AssertBoldCentred(p);
        }

        var blank = right.Skip(authority.Count).TakeWhile(p => Text(p).Length == 0).Count();
        Assert.True(blank >= 3, $"{blank} empty lines for the signature");

        var name = right.Last(p => Text(p).Length > 0);
        Assert.Equal("Phạm Thị Thanh Vân", Text(name));
        Assert.NotEqual(Text(name).ToUpperInvariant(), Text(name));
        AssertBoldCentred(name);
    }

    private void AssertBoldCentred(XElement p)
    {
        Assert.Equal("center", Docx.Styles.Paragraph(p, "jc"));
        Assert.All(TextRuns(p), r =>
        {
            Assert.True(Docx.Styles.Bold(r));
            Assert.Contains(Docx.Styles.Size(r), BodySizes);
        });
    }

    [GeneratedRegex(@"^Điều \d+\. ")]
    private static partial Regex Article();
}
