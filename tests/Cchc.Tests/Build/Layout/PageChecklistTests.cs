using Xunit;
using static Cchc.Tests.Build.Layout.StyleResolver;

namespace Cchc.Tests.Build.Layout;

/// <summary>nd30-format §9.1–9.2 (P1, P2, P5, P6, P7, F1) on the built 2026 documents.</summary>
public sealed class PageChecklistTests(Built2026 built) : IClassFixture<Built2026>
{
    private static readonly int[] NumberSizes = [26, 28];
    private static readonly string?[] NewPage = [null, "nextPage"];

    [Fact]
    public void P1_every_section_is_A4_portrait_or_A4_landscape()
    {
        var sections = built.Both.SelectMany(d => d.Sections()).ToList();
        Assert.Equal(3, sections.Count);
        Assert.All(sections, s =>
        {
            var size = s.SectPr.Element(W + "pgSz")!;
            var (w, h, orient) = ((int)size.Attribute(W + "w")!, (int)size.Attribute(W + "h")!, (string?)size.Attribute(W + "orient"));
            Assert.True((w, h, orient) is (11906, 16838, null or "portrait") or (16838, 11906, "landscape"), $"{w}x{h} {orient}");
        });
    }

    [Fact]
    public void P2_margins_are_inside_the_decree_ranges_without_gutter_or_mirroring()
    {
        foreach (var docx in built.Both)
        {
            Assert.Null(docx.Settings.Root!.Element(W + "mirrorMargins"));
            foreach (var (_, sectPr) in docx.Sections())
            {
                var margins = sectPr.Element(W + "pgMar")!;
                int Get(string name) => (int)margins.Attribute(W + name)!;
                Assert.InRange(Get("top"), 1134, 1417);
                Assert.InRange(Get("bottom"), 1134, 1417);
                Assert.InRange(Get("left"), 1701, 1984);
                Assert.InRange(Get("right"), 851, 1133);
                Assert.Equal(0, Get("gutter"));
            }
        }
    }

    [Fact]
    public void P5_the_page_number_is_a_centred_14_pt_PAGE_field_in_the_top_margin()
    {
        foreach (var docx in built.Both)
        {
            foreach (var (_, sectPr) in docx.Sections())
            {
                var header = docx.Header(sectPr, "default")!;
                Assert.Contains(" PAGE ", string.Concat(header.Descendants(W + "instrText").Select(i => i.Value)), StringComparison.Ordinal);
                var paragraph = Assert.Single(header.Elements(W + "p"));
                Assert.Equal("center", docx.Styles.Paragraph(paragraph, "jc"));
                var runs = paragraph.Elements(W + "r").ToList();
                Assert.All(runs, r => Assert.Contains(docx.Styles.Size(r), NumberSizes));
                Assert.All(runs, r => Assert.False(docx.Styles.Bold(r)));
                Assert.All(runs, r => Assert.Equal("Times New Roman", docx.Styles.Run(r, "rFonts", "ascii")));
                var margins = sectPr.Element(W + "pgMar")!;
                Assert.True((int)margins.Attribute(W + "header")! < (int)margins.Attribute(W + "top")!);
            }
        }
    }

    [Fact]
    public void P6_no_page_number_on_the_first_page_of_any_section()
    {
        foreach (var docx in built.Both)
        {
            foreach (var (_, sectPr) in docx.Sections())
            {
                Assert.NotNull(sectPr.Element(W + "titlePg"));
                var first = docx.Header(sectPr, "first");
                Assert.NotNull(first);
                Assert.Empty(first.Descendants(W + "instrText"));
                Assert.Empty(first.Descendants(W + "fldSimple"));
            }
        }
    }

    [Fact]
    public void P7_the_appendix_starts_a_new_page_and_numbers_from_1()
    {
        var (elements, sectPr) = built.Plan.Sections()[1];
        Assert.StartsWith("Phụ lục", Text(LayoutDocx.Paragraphs(elements).First()), StringComparison.Ordinal);
        Assert.Equal("1", (string?)sectPr.Element(W + "pgNumType")?.Attribute(W + "start"));
        Assert.Contains((string?)sectPr.Element(W + "type")?.Attribute(W + "val"), NewPage);
    }

    [Fact]
    public void F1_every_run_with_text_is_Times_New_Roman_on_every_slot_without_theme_fonts()
    {
        foreach (var docx in built.Both)
        {
            var runs = docx.Body.Descendants(W + "r").Where(r => r.Elements(W + "t").Any()).ToList();
            Assert.True(runs.Count > 20);
            foreach (var run in runs)
            {
                foreach (var slot in new[] { "ascii", "hAnsi", "cs", "eastAsia" })
                {
                    Assert.Equal("Times New Roman", docx.Styles.Run(run, "rFonts", slot));
                }

                foreach (var theme in new[] { "asciiTheme", "hAnsiTheme", "cstheme", "eastAsiaTheme" })
                {
                    Assert.Null(docx.Styles.Run(run, "rFonts", theme));
                }
            }
        }
    }
}
