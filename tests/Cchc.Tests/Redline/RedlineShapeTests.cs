using System.Xml.Linq;
using Xunit;

namespace Cchc.Tests.Redline;

/// <summary>What each kind of change looks like in the redline: row marks, paragraph marks, word-level runs.</summary>
public sealed class RedlineShapeTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Theory]
    [MemberData(nameof(RedlinePairs.Names), MemberType = typeof(RedlinePairs))]
    public void Only_identical_plans_give_a_redline_without_revisions(string name)
    {
        var (redline, _, _) = RedlinePairTests.Build(name);
        var marks = Body(redline).Descendants().Count(e => e.Name == W + "ins" || e.Name == W + "del");
        Assert.True(name == "identical" ? marks == 0 : marks > 0, $"{name}: {marks} revision marks");
    }

    [Fact]
    public void Identical_plans_give_exactly_the_plan_as_built()
    {
        var (redline, old, @new) = RedlinePairTests.Build("identical");
        Assert.Equal(@new, redline);
        Assert.Equal(old, redline);
    }

    [Fact]
    public void A_removed_task_is_a_deleted_row_and_the_next_rows_are_renumbered()
    {
        var rows = Rows(RedlinePairTests.Build("task removed").Redline);
        var deleted = Assert.Single(rows, r => Mark(r.Element(W + "trPr")) == "del");
        Assert.Contains(RedlinePairs.Removed, Deleted(deleted));
        Assert.Empty(Inserted(deleted));
        Assert.All(deleted.Descendants(W + "p"), p => Assert.Equal("del", Mark(p.Element(W + "pPr")?.Element(W + "rPr"))));

        // TT of the task after it: 3 → 2, as a word-level change in an unmarked row.
        var next = rows.Single(r => Text(r).Contains(RedlinePairs.Reviewed, StringComparison.Ordinal));
        Assert.Null(Mark(next.Element(W + "trPr")));
        Assert.Equal("3", Deleted(next));
        Assert.Equal("2", Inserted(next));
    }

    [Fact]
    public void An_added_task_is_an_inserted_row()
    {
        var rows = Rows(RedlinePairTests.Build("task added").Redline);
        var inserted = Assert.Single(rows, r => Mark(r.Element(W + "trPr")) == "ins");
        Assert.Contains(RedlinePairs.Added, Inserted(inserted));
        Assert.Empty(Deleted(inserted));
        Assert.DoesNotContain(rows, r => Mark(r.Element(W + "trPr")) == "del");
    }

    [Fact]
    public void An_edited_task_changes_words_in_its_cells_not_the_row()
    {
        var rows = Rows(RedlinePairTests.Build("task edited").Redline);
        Assert.DoesNotContain(rows, r => Mark(r.Element(W + "trPr")) is not null);
        var row = rows.Single(r => Text(r).Contains(RedlinePairs.ReviewedAndPublished, StringComparison.Ordinal));
        var cells = row.Elements(W + "tc").ToList();
        Assert.Equal("và công bố ", Inserted(cells[1]));
        Assert.Empty(Deleted(cells[1]));
        Assert.Equal("Văn phòng", Deleted(cells[2]));
        Assert.Equal("Phòng KTHT", Inserted(cells[2]));
        Assert.Equal("II", Deleted(cells[4]));
        Assert.Equal("III", Inserted(cells[4]));
        Assert.Equal("Báo cáo", Deleted(cells[5]));
        Assert.Equal("Quyết định công bố", Inserted(cells[5]));
    }

    [Fact]
    public void A_task_moved_to_another_group_is_deleted_there_and_inserted_here()
    {
        var rows = Rows(RedlinePairTests.Build("task moved to another group").Redline);
        var moved = rows.Where(r => Text(r).Contains(RedlinePairs.Removed, StringComparison.Ordinal)).ToList();
        Assert.Equal(["del", "ins"], moved.Select(r => Mark(r.Element(W + "trPr"))));
    }

    [Fact]
    public void A_product_added_to_a_cell_is_an_inserted_paragraph_in_it()
    {
        var rows = Rows(RedlinePairTests.Build("products listed").Redline);
        var products = rows.Single(r => Text(r).Contains(RedlinePairs.Reviewed, StringComparison.Ordinal)).Elements(W + "tc").Last();
        var paragraphs = products.Elements(W + "p").ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.Null(Mark(paragraphs[0].Element(W + "pPr")?.Element(W + "rPr")));
        Assert.Equal("- ", Inserted(paragraphs[0]));
        Assert.Equal("ins", Mark(paragraphs[1].Element(W + "pPr")?.Element(W + "rPr")));
        Assert.Equal("- Danh mục", Inserted(paragraphs[1]));
    }

    [Fact]
    public void An_added_paragraph_has_its_runs_and_its_mark_inserted()
    {
        var paragraph = Assert.Single(Paragraphs(RedlinePairTests.Build("paragraph added").Redline), p => Mark(p.Element(W + "pPr")?.Element(W + "rPr")) == "ins");
        Assert.Equal("Đoạn mới về chuyển đổi số.", Inserted(paragraph));
        Assert.Equal(Text(paragraph), Inserted(paragraph));
    }

    [Fact]
    public void A_removed_paragraph_has_its_runs_and_its_mark_deleted()
    {
        var paragraph = Assert.Single(Paragraphs(RedlinePairTests.Build("paragraph removed").Redline), p => Mark(p.Element(W + "pPr")?.Element(W + "rPr")) == "del");
        Assert.Equal("Đoạn thứ hai về kiểm tra.", Deleted(paragraph));
        Assert.Empty(Inserted(paragraph));
        Assert.DoesNotContain(paragraph.Descendants(W + "t"), t => t.Value.Length > 0);
    }

    [Fact]
    public void An_edited_paragraph_shows_only_the_changed_words()
    {
        var paragraph = Assert.Single(Paragraphs(RedlinePairTests.Build("paragraph edited").Redline), p => Inserted(p).Length > 0);
        Assert.Equal(", giám sát", Inserted(paragraph));
        Assert.Empty(Deleted(paragraph));
        Assert.Null(Mark(paragraph.Element(W + "pPr")?.Element(W + "rPr")));
    }

    [Fact]
    public void Labels_follow_the_documents_an_item_inserted_first_relabels_nothing_but_itself()
    {
        // "-" labels do not count, so only the new item is inserted; the others are untouched.
        var paragraphs = Paragraphs(RedlinePairTests.Build("list item inserted first").Redline).Where(p => Inserted(p).Length + Deleted(p).Length > 0).ToList();
        var item = Assert.Single(paragraphs);
        Assert.Equal("- Ban hành văn bản hướng dẫn.", Inserted(item));
    }

    [Fact]
    public void Swapped_sections_show_as_moved_text_deleted_in_the_old_place_and_inserted_in_the_new()
    {
        var paragraphs = Paragraphs(RedlinePairTests.Build("sections swapped").Redline)
            .Where(p => Text(p).Contains("TỔ CHỨC THỰC HIỆN", StringComparison.Ordinal) || Text(p).Contains("NHIỆM VỤ TRỌNG TÂM", StringComparison.Ordinal))
            .Select(p => Mark(p.Element(W + "pPr")?.Element(W + "rPr")))
            .ToList();
        Assert.Contains("del", paragraphs);
        Assert.Contains("ins", paragraphs);
    }

    [Fact]
    public void A_removed_appendix_is_a_section_of_deleted_content_with_deleted_rows()
    {
        var body = Body(RedlinePairTests.Build("appendix removed").Redline);
        // The plan's letterhead, unchanged, is the one layout table; every row of the appendix's grid is deleted.
        var rows = body.Descendants(W + "tbl").Where(IsGrid).SelectMany(t => t.Elements(W + "tr")).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("del", Mark(r.Element(W + "trPr"))));
        Assert.Contains(body.Descendants(W + "p"), p => Deleted(p) == "DANH MỤC NHIỆM VỤ");
    }

    [Fact]
    public void A_standalone_plan_shows_its_old_and_new_letterhead_as_whole_tables()
    {
        var body = Body(RedlinePairTests.Build("standalone plan dated and retitled").Redline);
        var layout = body.Elements(W + "tbl").Take(3).ToList();
        Assert.Equal("del", Mark(layout[0].Descendants(W + "trPr").First()));
        Assert.Equal("ins", Mark(layout[1].Descendants(W + "trPr").First()));
        Assert.Contains("ngày      tháng 9 năm 2025", Deleted(layout[0]));
        Assert.Contains("ngày 02 tháng 10 năm 2025", Inserted(layout[1]));
        var title = body.Elements(W + "p").First(p => Deleted(p) == "Thực hiện");
        Assert.Equal("Triển khai", Inserted(title));
    }

    private static bool IsGrid(XElement table) =>
        table.Element(W + "tblPr")?.Element(W + "tblStyle")?.Attribute(W + "val")?.Value == "GridTable";

    private static XElement Body(byte[] docx) => TrackedText.DocumentXml(docx).Root!.Element(W + "body")!;

    private static List<XElement> Rows(byte[] docx) => Body(docx).Elements(W + "tbl").SelectMany(t => t.Elements(W + "tr")).ToList();

    private static List<XElement> Paragraphs(byte[] docx) => Body(docx).Elements(W + "p").ToList();

    /// <summary>"ins" or "del" when the properties element holds such a mark, else null.</summary>
    private static string? Mark(XElement? properties) =>
        properties?.Element(W + "ins") is not null ? "ins" : properties?.Element(W + "del") is not null ? "del" : null;

    private static string Text(XElement e) => string.Concat(e.Descendants().Where(x => x.Name == W + "t" || x.Name == W + "delText").Select(x => x.Value));

    private static string Inserted(XElement e) => string.Concat(e.Descendants(W + "ins").SelectMany(i => i.Descendants(W + "t")).Select(t => t.Value));

    private static string Deleted(XElement e) => string.Concat(e.Descendants(W + "del").SelectMany(d => d.Descendants(W + "delText")).Select(t => t.Value));
}
