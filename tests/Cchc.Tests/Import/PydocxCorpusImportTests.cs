using Cchc.Import.Output;
using Cchc.Import.Recognition;
using Cchc.Import.Recognition.Appendix;
using Cchc.Import.Recognition.Body;
using Cchc.Tests.Word;
using Cchc.Word;
using Xunit;
using Xunit.Abstractions;

namespace Cchc.Tests.Import;

/// <summary>The body and task table of the foreign corpus files (python-docx, LibreOffice, pandoc) as the recognisers read them.</summary>
public sealed class PydocxCorpusImportTests(ITestOutputHelper output)
{
    private static (List<WordBlock> Body, List<WordBlock> Appendix) Parts(WordDocument doc)
    {
        var blocks = doc.Blocks.ToList();
        var label = blocks.FindIndex(b => b is WordParagraph p && p.Text.Trim() is "Phụ lục" or "PHỤ LỤC");
        var first = blocks.FindIndex(b => b is WordParagraph p && (p.Format.OutlineLevel is >= 0 and < 9 || p.Text.StartsWith("I. ", StringComparison.Ordinal)));
        first = first < 0 ? 0 : first;
        return label < 0 ? (blocks[first..], []) : (blocks[first..label], blocks[label..]);
    }

    [Theory]
    [InlineData("pydocx-plan.docx")]
    [InlineData("tracked.docx")]
    public void The_45_row_task_table_gives_45_tasks_with_all_five_fields(string file)
    {
        var ctx = new ImportContext(file);
        var doc = Corpus.Read(file);
        var (body, appendix) = Parts(doc);
        Assert.Contains(doc.Tables.Last().Rows.SelectMany(r => r.Cells), c => c.VerticalMerge == VerticalMerge.Continue && c.GridColumn == 2);
        PlanBodyRecognizer.Recognize(body, ctx);
        var result = AppendixRecognizer.Recognize(appendix, ctx);
        var tasks = YTree.Tasks(result.Appendices);

        Assert.Equal(45, tasks.Count);
        var complete = tasks.Count(t => YTree.Str(t["content"]) is { Length: > 0 } && t["lead"] is not null && t["co"] is not null
            && t["deadline"] is not null && t["products"] is not null);
        var parsed = tasks.Count(t => t["deadline"] is YScalar);
        output.WriteLine($"{file}: {complete}/45 tasks with content, lead, co, deadline and products; deadlines parsed {parsed}, free text {45 - parsed}");
        Assert.Equal(45, complete);

        // Seed 002's groups, in order, mapped to their areas; the vertically merged lead cells apply to every row.
        var groups = YTree.Maps(YTree.Maps(result.Appendices).Single()["groups"]).ToList();
        Assert.Equal(["chi_dao", "the_che", "tthc", "bo_may", "cong_vu", "tai_chinh", "so"], groups.Select(g => YTree.Str(g["area"])));
        Assert.Equal([7, 12, 11, 3, 4, 2, 6], groups.Select(g => YTree.Maps(g["tasks"]).Count()));
        // Group III's lead column is one cell merged down its 11 rows: every task gets it.
        var hcc = YTree.Str(tasks[19]["lead"]);
        Assert.NotNull(hcc);
        Assert.All(tasks.Skip(19).Take(11), t => Assert.Equal(hcc, YTree.Str(t["lead"])));

        // Every deadline seed 002 writes parses except the conditional forms the grammar also parses: none is free text.
        Assert.Equal(45, parsed);
        Assert.Equal("Trước ngày 15/01/2026", YTree.Str(tasks[0]["deadline"]));
        Assert.Equal("Tháng 11 /2026", YTree.Str(tasks[5]["deadline"]));
    }

    [Fact]
    public void The_table_agencies_get_readable_unique_codes_and_kinds()
    {
        var ctx = new ImportContext("pydocx-plan.docx");
        var (_, appendix) = Parts(Corpus.Read("pydocx-plan.docx"));
        var result = AppendixRecognizer.Recognize(appendix, ctx);
        var codes = result.Agencies.Entries.Select(e => e.Key).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.True(Cchc.Model.Identifiers.IsCode(c), c));
        var vp = result.Agencies.Entries.Single(e => YTree.Str(((YMap)e.Value)["name"]) == "Văn phòng HĐND&UBND");
        Assert.Equal("vp_hdnd_ubnd", vp.Key);
        var ca = result.Agencies.Entries.Single(e => YTree.Str(((YMap)e.Value)["name"]) == "Công an phường");
        Assert.Equal("external", YTree.Str(((YMap)ca.Value)["kind"]));
        var group = result.Agencies.Entries.Single(e => YTree.Str(((YMap)e.Value)["name"]) == "Các phòng, đơn vị chuyên môn");
        Assert.Equal("group", YTree.Str(((YMap)group.Value)["kind"]));

        // "Phòng KTHT&ĐT; các đơn vị liên quan": a template that renders back to the cell.
        var task41 = YTree.Tasks(result.Appendices)[40];
        Assert.Matches(@"^\{[a-z_0-9]+\}; \{[a-z_0-9]+\}$", YTree.Str(task41["co"]));
    }

    [Fact]
    public void The_typed_body_nests_roman_arabic_and_alpha_labels()
    {
        var ctx = new ImportContext("pydocx-plan.docx");
        var (body, _) = Parts(Corpus.Read("pydocx-plan.docx"));
        var tree = PlanBodyRecognizer.Recognize(body, ctx);
        var top = YTree.Maps(tree).ToList();
        Assert.Equal(2, top.Count);
        Assert.StartsWith("MỤC ĐÍCH, YÊU CẦU", YTree.Str(top[0]["title"]), StringComparison.Ordinal);
        Assert.Equal("purpose", YTree.Str(top[0]["role"]));
        Assert.Equal("NHIỆM VỤ, GIẢI PHÁP", YTree.Str(top[1]["title"]));
        var areas = YTree.Maps(top[1]["content"]).Select(n => YTree.Str(n["area"])).ToList();
        Assert.Equal(["chi_dao", "the_che", "tthc", "bo_may", "cong_vu"], areas);
        Assert.Contains(ctx.Guesses, g => g.Code == Cchc.Model.DiagnosticCatalog.W120 && g.Text.Vi.Contains("\"tthc\"", StringComparison.Ordinal));
        Assert.All(ctx.Guesses, g => Assert.Contains(g.Node.Comments, c => c.StartsWith("cchc: ", StringComparison.Ordinal)));
    }
}
