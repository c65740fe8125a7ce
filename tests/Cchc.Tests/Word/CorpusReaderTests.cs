using Cchc.Word;
using Xunit;

namespace Cchc.Tests.Word;

/// <summary>The reader on Word files other programs wrote, checked against what LibreOffice shows of the same file.</summary>
public sealed class CorpusReaderTests
{
    [Theory]
    [InlineData("pydocx-plan.docx")]
    [InlineData("pandoc-plan.docx")]
    [InlineData("lo-html.docx")]
    [InlineData("lo-odt.docx")]
    public void Paragraph_texts_and_numbering_labels_are_what_LibreOffice_shows(string name)
    {
        var expected = Corpus.LibreOfficeLines(name);
        var actual = Corpus.ReaderLines(Corpus.Read(name));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Python_docx_letterhead_joins_split_runs_and_keeps_non_breaking_spaces()
    {
        var letterhead = Assert.IsType<WordTable>(Corpus.Read("pydocx-plan.docx").Blocks[0]);
        Assert.Equal("Số:\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0/KH-UBND", letterhead.Rows[1].Cells[0].Text);
        var date = letterhead.Rows[1].Cells[1].Paragraphs.Single();
        Assert.Equal("Hải Dương, ngày 12 tháng 01 năm 2026", date.Text);
        Assert.Single(date.Runs);
        Assert.True(date.Common.Italic);
        Assert.Equal(new WordPosition(WordPosition.Body, 6, 1, 2, 2), date.Position);
        Assert.Equal(Alignment.Center, date.Format.Alignment);
    }

    [Fact]
    public void Python_docx_body_has_its_direct_formatting_and_typed_labels_in_the_text()
    {
        var doc = Corpus.Read("pydocx-plan.docx");
        var heading = doc.Paragraphs.First(p => p.Text.StartsWith("I. MỤC ĐÍCH", StringComparison.Ordinal));
        Assert.Null(heading.Label);
        Assert.True(heading.Common.Bold);
        Assert.Equal(14, heading.Common.Size);
        Assert.Equal(new FontSlots("Times New Roman", "Times New Roman", null, "Times New Roman"), heading.Common.Fonts with { EastAsia = null });
        Assert.Equal(Alignment.Justify, heading.Format.Alignment);
        Assert.Equal(720, heading.Format.FirstLine);
        var item = doc.Paragraphs.First(p => p.Text.StartsWith("a) ", StringComparison.Ordinal));
        Assert.False(item.Common.Bold);
        Assert.StartsWith("a) Công tác cải cách hành chính", item.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Python_docx_list_styles_give_Word_numbering_labels()
    {
        var doc = Corpus.Read("pydocx-plan.docx");
        var numbered = doc.Paragraphs.Where(p => p.Label is not null).ToList();
        Assert.Equal(["1.", "2.", "•"], numbered.Select(p => p.Label));
        Assert.Equal("List Number", numbered[0].StyleName);
    }

    [Fact]
    public void Python_docx_appendix_is_a_landscape_section_with_a_45_task_table()
    {
        var doc = Corpus.Read("pydocx-plan.docx");
        Assert.Equal(2, doc.Sections.Count);
        Assert.Equal(PageOrientation.Portrait, doc.Sections[0].Orientation);
        Assert.Equal(PageOrientation.Landscape, doc.Sections[1].Orientation);
        var table = doc.Tables.Last();
        Assert.Equal(1, table.Section);
        Assert.Equal(1, table.HeaderRows);
        Assert.Equal(["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện/ hoàn thành", "Sản phẩm"],
            table.Rows[0].Cells.Select(c => c.Text));
        var groups = table.Rows.Where(r => r.Cells.Count == 1).ToList();
        Assert.Equal(7, groups.Count);
        Assert.All(groups, g => Assert.Equal(6, g.Cells[0].GridSpan));
        var tasks = table.Rows.Where(r => r.Cells.Count == 6 && !r.IsHeader).ToList();
        Assert.Equal(45, tasks.Count);
        Assert.All(tasks, t => Assert.True(t.CantSplit));
        Assert.Equal(Enumerable.Range(1, 45).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), tasks.Select(t => t.Cells[0].Text));

        // Groups whose rows share one lead have the lead column merged down: the start spans the group's rows.
        var starts = tasks.Select(t => t.Cells[2]).Where(c => c.VerticalMerge == VerticalMerge.Restart).ToList();
        Assert.NotEmpty(starts);
        foreach (var start in starts)
        {
            var row = table.Rows.First(r => r.Cells.Contains(start)).Index;
            var covered = table.Rows.Skip(row + 1).TakeWhile(r => r.CellAt(2) is { VerticalMerge: VerticalMerge.Continue }).Count();
            Assert.Equal(start.RowSpan, covered + 1);
            Assert.True(start.RowSpan > 1);
        }
    }

    [Fact]
    public void Pandoc_headings_have_heading_styles_and_outline_levels()
    {
        var doc = Corpus.Read("pandoc-plan.docx");
        var h1 = doc.Paragraphs.Where(p => p.Format.OutlineLevel == 0).Select(p => p.Text);
        Assert.Equal(["MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ, GIẢI PHÁP"], h1);
        Assert.Equal(["Mục đích", "Yêu cầu"], doc.Paragraphs.Where(p => p.Format.OutlineLevel == 1).Select(p => p.Text));
        Assert.Equal("Heading 1", doc.Paragraphs.First().StyleName, ignoreCase: true);
        Assert.Equal(["1.", "2.", "3."], doc.Paragraphs.Where(p => p.Numbering is { Level: 0 } && p.Label!.EndsWith('.')).Select(p => p.Label));
        // pandoc's bullet list: "•" at level 0, its own "–" at level 1 (w:lvlText), as Word draws them.
        Assert.Equal(["•", "•", "–", "–", "•"], doc.Paragraphs.Where(p => p.Label is not null && !p.Label.EndsWith('.')).Select(p => p.Label));
    }

    [Fact]
    public void LibreOffice_html_table_rowspan_is_a_vertical_merge()
    {
        var table = Corpus.Read("lo-html.docx").Tables.Single();
        var lead = table.Rows[1].CellAt(2)!;
        Assert.Equal(VerticalMerge.Restart, lead.VerticalMerge);
        Assert.Equal(2, lead.RowSpan);
        Assert.Equal("Phòng VHXH", lead.Text);
        Assert.Equal(VerticalMerge.Continue, table.Rows[2].CellAt(2)!.VerticalMerge);
        Assert.Equal(["I.", "II.", "1.", "2.", "a.", "b.", "c."], Corpus.Read("lo-odt.docx").Paragraphs.Where(p => p.Label is not null).Select(p => p.Label));
    }

    [Fact]
    public void Tracked_changes_are_accepted_and_comments_dropped()
    {
        var texts = Corpus.Read("tracked.docx").Paragraphs.Select(p => p.Text).ToList();
        Assert.Contains("Thời hạn báo cáo: trước ngày 20/6 hằng năm", texts);
        Assert.Contains("Đoạn này nối vào đoạn sau.", texts);
        Assert.Contains("Đoạn mới được chèn.", texts);
        Assert.DoesNotContain(texts, t => t.Contains("15/6", StringComparison.Ordinal) || t.Contains("chuyển đi", StringComparison.Ordinal)
            || t.Contains("Xem lại", StringComparison.Ordinal) || t == "vào đoạn sau." || t == "Đoạn này nối ");
        var field = Corpus.Read("tracked.docx").Paragraphs.Single(p => p.Text.StartsWith("Ngày in", StringComparison.Ordinal));
        Assert.Equal("Ngày in: 12/01/2026", field.Text);
        Assert.Equal("DATE \\@ \"dd/MM/yyyy\"", field.Fields.Single().Instruction);
    }

    [Fact]
    public void Tracked_file_counts_paragraphs_as_after_accepting_changes()
    {
        var plain = Corpus.Read("pydocx-plan.docx").Paragraphs.Count();
        var tracked = Corpus.Read("tracked.docx").Paragraphs.ToList();
        // Six paragraphs added: one joined to the next by its deleted mark, one moved away (moveFrom): +4.
        Assert.Equal(plain + 4, tracked.Count);
        Assert.Equal(Enumerable.Range(1, tracked.Count), tracked.Select(p => p.Position.Paragraph));
    }
}
