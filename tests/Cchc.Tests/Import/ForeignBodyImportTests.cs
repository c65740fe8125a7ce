using Cchc.Import.Output;
using Cchc.Import.Recognition;
using Cchc.Import.Recognition.Appendix;
using Cchc.Import.Recognition.Body;
using Cchc.Model;
using Cchc.Tests.Word;
using Cchc.Word;
using Xunit;

namespace Cchc.Tests.Import;

/// <summary>Bodies and tables made by pandoc and LibreOffice: Word headings, Word numbering, a rowspan cell.</summary>
public sealed class ForeignBodyImportTests
{
    [Fact]
    public void Pandoc_headings_nest_by_level_and_word_lists_become_items()
    {
        var ctx = new ImportContext("pandoc-plan.docx");
        var body = PlanBodyRecognizer.Recognize([.. Corpus.Read("pandoc-plan.docx").Blocks], ctx);
        var top = YTree.Maps(body).ToList();
        Assert.Equal(["MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ, GIẢI PHÁP"], top.Select(n => YTree.Str(n["title"])));
        // Unlabelled headings keep their empty label, so the rebuilt document adds none.
        Assert.All(top, n => Assert.Equal("", YTree.Str(n["label"])));
        Assert.Equal(["purpose", "tasks"], top.Select(n => YTree.Str(n["role"])));

        var sections = YTree.Maps(top[0]["content"]).ToList();
        Assert.Equal(["Mục đích", "Yêu cầu"], sections.Select(n => YTree.Str(n["title"])));
        Assert.Equal(["Công tác cải cách hành chính tiếp tục được xác định là nhiệm vụ trọng tâm."],
            ((YSeq)sections[0]["content"]!).Items.Select(YTree.Str));
        var list = (YMap)((YSeq)sections[1]["content"]!).Items.Single();
        Assert.Equal("arabic", YTree.Str(list["style"]));
        Assert.Equal(3, ((YSeq)list["items"]!).Items.Count);

        // "•" entries with "–" entries under the second: a dash list with a nested list.
        var tasks = (YMap)((YSeq)top[1]["content"]!).Items.Single();
        var items = ((YSeq)tasks["items"]!).Items;
        Assert.Equal(3, items.Count);
        var nested = (YMap)items[1];
        Assert.Equal("Cải cách thủ tục hành chính", YTree.Str(nested["text"]));
        // Word's "–" is kept as the label (the dash style would print "-").
        Assert.Equal(["Rà soát thủ tục hành chính", "Số hóa hồ sơ"], ((YSeq)nested["items"]!).Items.Select(i => YTree.Str(((YMap)i)["text"])));
        Assert.All(((YSeq)nested["items"]!).Items, i => Assert.Equal("–", YTree.Str(((YMap)i)["label"])));
    }

    [Theory]
    [InlineData("lo-html.docx")]
    [InlineData("lo-odt.docx")]
    public void LibreOffice_lists_keep_their_labels_and_a_rowspan_lead_applies_to_both_rows(string file)
    {
        var ctx = new ImportContext(file);
        var doc = Corpus.Read(file);
        var blocks = doc.Blocks.ToList();
        var heading = blocks.FindIndex(b => b is WordParagraph p && p.Text == "MỤC ĐÍCH, YÊU CẦU");
        var table = blocks.FindIndex(b => b is WordTable);
        var body = PlanBodyRecognizer.Recognize(blocks[heading..table], ctx);
        var texts = YTree.BodyTexts(body).ToList();
        Assert.Equal(["MỤC ĐÍCH, YÊU CẦU", "Mục đích chung", "Yêu cầu cụ thể", "Bám sát chỉ đạo", "Gắn trách nhiệm", "Kiểm tra", "Tuyên truyền", "Báo cáo"], texts);
        Assert.Contains("label: \"a.\"", TestYamlPrinter.Print(body, 0), StringComparison.Ordinal);

        var result = AppendixRecognizer.Recognize(blocks[table..], ctx);
        var tasks = YTree.Tasks(result.Appendices);
        Assert.Equal(["Ban hành Kế hoạch", "Báo cáo định kỳ"], tasks.Select(t => YTree.Str(t["content"])));
        Assert.Equal(YTree.Str(tasks[0]["lead"]), YTree.Str(tasks[1]["lead"]));
        Assert.Equal("Phòng VHXH", YTree.Str(((YMap)result.Agencies[YTree.Str(tasks[0]["lead"])!]!)["name"]));
        // No deadline or product column: each row says what it lacks, at its place in the Word file.
        Assert.Equal(2, ctx.Guesses.Count(g => g.Code == DiagnosticCatalog.W123));
        Assert.All(ctx.Guesses.Where(g => g.Code == DiagnosticCatalog.W123), g => Assert.NotNull(g.Where?.Row));
    }

    [Fact]
    public void A_table_short_form_and_the_bodys_full_name_are_one_agency()
    {
        var ctx = new ImportContext("x.docx");
        var registry = Cchc.Import.Recognition.Agencies.AgencyRegistry.For(ctx);
        var full = registry.Resolve("Phòng Văn hóa – Xã hội:", null, inTable: false);
        Assert.Equal(full, registry.Resolve("Phòng VHXH", null, inTable: true));
        var ktht = registry.Resolve("Phòng KTHT&ĐT", null, inTable: true);
        Assert.Equal(ktht, registry.Resolve("Phòng Kinh tế, Hạ tầng và Đô thị", null, inTable: false));
        Assert.Equal(registry.Resolve("Văn phòng HĐND&UBND", null, inTable: true), registry.Resolve("Văn phòng HĐND& UBND phường", null, inTable: false));
        Assert.Equal(registry.Resolve("Trung tâm phục vụ HCC", null, inTable: true), registry.Resolve("Trung tâm phục vụ hành chính công", null, inTable: false));
        // A doubled letter in the abbreviation is matched too, and said to be a guess.
        Assert.Equal(full, registry.Resolve("Phòng VHXXH", null, inTable: true));
        Assert.NotEqual(full, registry.Resolve("Phòng Tư pháp", null, inTable: true));
        var yaml = registry.ToYaml();
        var vhxh = (YMap)yaml[full]!;
        Assert.Equal("Phòng Văn hóa – Xã hội", YTree.Str(vhxh["name"]));
        Assert.Equal("Phòng VHXH", YTree.Str(vhxh["short"]));
        Assert.Contains(ctx.Guesses, g => g.Code == DiagnosticCatalog.W122 && g.Text.Vi.Contains("Phòng VHXXH", StringComparison.Ordinal));
        Assert.Equal(full, registry.NoteAbbreviation("VHXH"));
        Assert.Equal("VHXH", YTree.Str(((YMap)registry.ToYaml()[full]!)["abbr"]));
        // An abbreviation noted before its agency is named reaches it when it is.
        Assert.Null(registry.NoteAbbreviation("NV"));
        var tp = registry.Resolve("Phòng Nội vụ", null, inTable: false);
        Assert.Equal("NV", YTree.Str(((YMap)registry.ToYaml()[tp]!)["abbr"]));
        // Asked for three times, the registry warned about each guess once.
        Assert.Equal(ctx.Guesses.Count, ctx.Guesses.Select(g => g.Text.Vi).Distinct().Count());
    }
}
