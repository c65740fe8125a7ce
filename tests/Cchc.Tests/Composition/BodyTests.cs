using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Model;
using Cchc.Model.Documents;
using Xunit;
using static Cchc.Tests.Composition.Build;
using static Cchc.Tests.Composition.DocumentText;

namespace Cchc.Tests.Composition;

/// <summary>The body tree walk: derived labels by depth and style, overrides, run-in and plain sections, lists.</summary>
public class BodyTests
{
    private static Section Compose(params Node[] body)
    {
        var result = Composer.Compose(PlanWith(body), TemplateSet.Builtin);
        Assert.Empty(result.Diagnostics);
        return result.Plan.Sections[0];
    }

    private static string[] BodyTexts(Section section) =>
        section.Blocks.OfType<Paragraph>().Where(p => p.Style is not (ParaStyle.DocType or ParaStyle.Summary)).Select(p => p.Text).ToArray();

    [Fact]
    public void Default_numbering_by_depth_down_to_dashes()
    {
        var section = Compose(Node("MỘT",
        [
            Section("Hai", [Section("Ba", [Section("Bốn", [Section("Năm")])]), Section("Ba hai")]),
        ]));
        Assert.Equal(["I. MỘT", "1. Hai", "a) Ba", "- Bốn", "- Năm", "b) Ba hai"], BodyTexts(section));
        Assert.Equal(
            [ParaStyle.Heading1, ParaStyle.Heading2, ParaStyle.Heading3, ParaStyle.Heading4, ParaStyle.Heading4, ParaStyle.Heading3],
            section.Blocks.OfType<Paragraph>().Skip(2).Select(p => p.Style));
    }

    [Fact]
    public void H08_a_label_override_does_not_change_the_count() =>
        Assert.Equal(["I. A", "II. B", "III. C", "III. D", "V. E"],
            BodyTexts(Compose(Node("A"), Node("B"), Node("C"), Node("D", label: "III."), Node("E"))));

    [Fact]
    public void H10_H11_paren_and_decimal_child_numbering()
    {
        var section = Compose(Node("TỔ CHỨC THỰC HIỆN",
        [
            Section("Thủ trưởng các phòng, ban, đơn vị", [Section("Một"), Section("Hai")], numbering: NumberingStyle.Paren),
            Section("Các cơ quan chủ trì", [Section("Phòng Văn hoá - Xã hội:"), Section("Các thành viên")], numbering: NumberingStyle.Decimal),
        ]));
        Assert.Equal(
        [
            "I. TỔ CHỨC THỰC HIỆN", "1. Thủ trưởng các phòng, ban, đơn vị", "(1) Một", "(2) Hai",
            "2. Các cơ quan chủ trì", "2.1. Phòng Văn hoá - Xã hội:", "2.2. Các thành viên",
        ], BodyTexts(section));
    }

    [Fact]
    public void Sections_numbering_sets_the_style_of_child_sections_only()
    {
        var section = Compose(Node("A", [Section("x", [List("mục")]), Section("y")], numbering: NumberingStyle.AlphaLatin));
        Assert.Equal(["I. A", "a) x", "- mục", "b) y"], BodyTexts(section));
    }

    [Fact]
    public void Area_sections_take_the_area_title()
    {
        var package = PlanWith(Node("NHIỆM VỤ", [Section(area: "the_che"), Section(area: "so")])) with
        {
            Areas = [new AreaSetting("so", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số", null, null, Spans)],
        };
        var section = Composer.Compose(package, TemplateSet.Builtin).Plan.Sections[0];
        Assert.Equal(["1. Cải cách thể chế", "2. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số"], Texts(section, ParaStyle.Heading2));
    }

    [Fact]
    public void K05_item_label_override_and_nested_items()
    {
        var section = Compose(Node("A",
        [
            List(NumberingStyle.AlphaVi, Item("một"), Item("hai", items: [Item("con một"), Item("con hai")]), Item("ba", label: "f)")),
            List(null, Item("gạch", style: NumberingStyle.AlphaVi, items: [Item("chữ")])),
        ]));
        Assert.Equal(["I. A", "a) một", "b) hai", "+ con một", "+ con hai", "f) ba", "- gạch", "a) chữ"], BodyTexts(section));
        Assert.All(Paragraphs(section, ParaStyle.ListItem), p => Assert.False(p.Runs[0].Bold));
    }

    [Fact]
    public void B02_paren_dot_indicators_with_an_override_and_unbulleted_entries()
    {
        var section = Compose(Node("A",
        [
            Indicators(NumberingStyle.ParenDot, Indicator("Một."), Indicator("Hai."), Indicator("Bảy.", label: "(7).")),
            Indicators(NumberingStyle.None, Indicator("Đoạn văn.")),
        ]));
        Assert.Equal(["I. A", "(1). Một.", "(2). Hai.", "(7). Bảy.", "Đoạn văn."], BodyTexts(section));
        Assert.Equal(ParaStyle.Body, Paragraphs(section).Last().Style);
    }

    [Fact]
    public void Indicator_groups_are_entries_with_their_indicators_one_level_deeper()
    {
        var section = Compose(Node("A",
        [
            Indicators(null,
                IndicatorGroup("Giai đoạn 2026 - 2027:", "2026-2027", Indicator("Chỉ tiêu một."), Indicator("Chỉ tiêu hai.")),
                IndicatorGroup("Giai đoạn 2028 - 2030:", null, Indicator("Chỉ tiêu ba."))),
        ]));
        Assert.Equal(["I. A", "- Giai đoạn 2026 - 2027:", "+ Chỉ tiêu một.", "+ Chỉ tiêu hai.", "- Giai đoạn 2028 - 2030:", "+ Chỉ tiêu ba."],
            BodyTexts(section));
    }

    [Fact]
    public void Alpha_vi_past_23_entries_does_not_stop_composition()
    {
        var items = Enumerable.Range(1, 25).Select(i => Item("Mục " + i)).ToArray();
        var texts = BodyTexts(Compose(Node("A", [List(NumberingStyle.AlphaVi, items)])));
        Assert.Equal(["x) Mục 22", "y) Mục 23", "aa) Mục 24", "ab) Mục 25"], texts[^4..]);
    }

    [Fact]
    public void K09_run_in_heading_shares_the_line_with_its_first_paragraph()
    {
        var section = Compose(Node("A",
        [
            Section("B", [Section("Các phòng, đơn vị được giao:", [Text("tập trung tham mưu."), Text("Đoạn sau.")], runIn: true)]),
        ]));
        var runIn = Paragraphs(section).Single(p => p.Text.StartsWith("a)", StringComparison.Ordinal));
        Assert.Equal(ParaStyle.Body, runIn.Style);
        Assert.Equal([new Run("a) Các phòng, đơn vị được giao:", Bold: true), new Run(" tập trung tham mưu.")], runIn.Runs);
        Assert.Equal("Đoạn sau.", BodyTexts(section)[^1]);
    }

    [Fact]
    public void Run_in_without_a_leading_paragraph_is_an_ordinary_heading()
    {
        var section = Compose(Node("A", [Section("B", [List("việc")], runIn: true)]));
        Assert.Equal(["1. B"], Texts(section, ParaStyle.Heading2));
        Assert.Equal(["- việc"], Texts(section, ParaStyle.ListItem));
    }

    [Fact]
    public void A_plain_section_is_a_numbered_body_paragraph_followed_by_its_content()
    {
        var section = Compose(Node("A", [Section("Đẩy mạnh ứng dụng khoa học và công nghệ.", [List("việc")], plain: true)]));
        var plain = Paragraphs(section).Single(p => p.Text.StartsWith("1.", StringComparison.Ordinal));
        Assert.Equal(ParaStyle.Body, plain.Style);
        Assert.Equal([new Run("1. Đẩy mạnh ứng dụng khoa học và công nghệ.")], plain.Runs);
        Assert.Equal("- việc", BodyTexts(section)[^1]);
    }

    [Fact]
    public void Headings_keep_their_case_and_inline_markup()
    {
        var section = Compose(Node("MỤC ĐÍCH, *yêu cầu*"));
        var heading = Paragraphs(section, ParaStyle.Heading1).Single();
        Assert.Equal([new Run("I. MỤC ĐÍCH, "), new Run("yêu cầu", Italic: true)], heading.Runs);
    }

    [Fact]
    public void Paragraphs_lists_and_sections_keep_content_order()
    {
        var section = Compose(Node("A", [Text("Mở đầu."), Section("B"), List("việc"), Text("Kết thúc./.")]));
        Assert.Equal(["I. A", "Mở đầu.", "1. B", "- việc", "Kết thúc./."], BodyTexts(section));
    }
}
