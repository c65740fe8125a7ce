using System.Text.RegularExpressions;
using Cchc.Import.Recognition;
using Cchc.Import.Recognition.Appendix;
using Cchc.Tests.Word;
using Cchc.Word;
using Xunit;

namespace Cchc.Tests.Import;

/// <summary>
/// Seed 002's task table as every writer of the corpus wrote it, then with its seven group rows rewritten in each
/// form a clerk's Word file lays a group heading out: one merged cell, "I" beside the title (pandoc, HTML without
/// colspan), "I. Title" alone in the TT or the content cell, an unnumbered bold area title, the other cells blank
/// or holding only a no-break space. Every form gives the 45 tasks in their seven groups.
/// </summary>
public sealed partial class TaskGroupRowFormsTests
{
    public enum Form
    {
        AsWritten,
        Merged,
        RomanBesideTitle,
        RomanTitleInTt,
        RomanTitleInContent,
        BoldAreaTitle,
        RomanBesideTitleNbspCells,
    }

    public static TheoryData<string, Form> Cases()
    {
        var data = new TheoryData<string, Form>();
        foreach (var file in SeedCorpusTests.ExpectedFiles.Where(f => f.StartsWith("seed002-", StringComparison.Ordinal)))
        {
            foreach (var form in Enum.GetValues<Form>())
            {
                data.Add(file, form);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_group_row_form_gives_45_tasks_in_seven_groups(string expectedJson, Form form)
    {
        var facts = SeedCorpusTests.Load(expectedJson);
        var blocks = Corpus.Read(Path.Combine("seeds", facts.File)).Blocks.ToList();
        var label = blocks.FindLastIndex(b => b is WordParagraph p && p.Text.Trim() == "Phụ lục");
        var appendix = blocks[label..];
        var at = appendix.FindIndex(b => b is WordTable);
        appendix[at] = Rewrite((WordTable)appendix[at], form);

        var ctx = new ImportContext(facts.File);
        var result = AppendixRecognizer.Recognize(appendix, ctx);
        var tables = YTree.Maps(result.Appendices).ToList();
        var groups = YTree.Maps(Assert.Single(tables)["groups"]).ToList();
        Assert.Equal(["chi_dao", "the_che", "tthc", "bo_may", "cong_vu", "tai_chinh", "so"], groups.Select(g => YTree.Str(g["area"])));
        Assert.Equal([7, 12, 11, 3, 4, 2, 6], groups.Select(g => YTree.Maps(g["tasks"]).Count()));
        Assert.Equal(facts.Tasks, YTree.Tasks(result.Appendices).Count);
        Assert.DoesNotContain(YTree.Tasks(result.Appendices), t => YTree.Str(t["content"]) is { } c && GroupHeading().IsMatch(c));
    }

    [GeneratedRegex(@"^[IVX]+\.?\s")]
    private static partial Regex GroupHeading();

    private static readonly RunFormat Bold = new() { Bold = true };

    private static WordTable Rewrite(WordTable table, Form form)
    {
        if (form == Form.AsWritten)
        {
            return table;
        }

        var rows = table.Rows.Select((row, i) =>
        {
            var texts = row.Cells.Select(c => c.Text.Trim()).Where(t => t.Length > 0).ToList();
            var m = GroupHeading().Match(texts.FirstOrDefault() ?? "");
            var isGroup = i > 0 && !int.TryParse(row.Cells[0].Text.Trim(), out _) && texts.Count is 1 or 2 && (m.Success || texts.Count == 2);
            if (!isGroup || !GroupOf(texts, out var roman, out var title))
            {
                return row;
            }

            var where = row.Cells[0].Position;
            var n = table.GridColumns.Count;
            string[] cells = form switch
            {
                Form.RomanBesideTitle => [roman, title, "", "", "", ""],
                Form.RomanBesideTitleNbspCells => [roman, title, "\u00A0", "\u00A0", " ", "\u00A0"],
                Form.RomanTitleInTt => [$"{roman}. {title}", "", "", "", "", ""],
                Form.RomanTitleInContent => ["", $"{roman}. {title}", "", "", "", ""],
                Form.BoldAreaTitle => ["", title, "", "", "", ""],
                _ => [],
            };
            return form == Form.Merged
                ? row with { Cells = [Cell(where, 0, n, $"{roman}. {title}")] }
                : row with { Cells = [.. cells.Take(n).Select((t, g) => Cell(where, g, 1, t))] };
        }).ToList();
        return table with { Rows = rows };
    }

    /// <summary>The group's Roman numeral and title from the row as written ("I. Title" merged, or "I" | "Title").</summary>
    private static bool GroupOf(List<string> texts, out string roman, out string title)
    {
        var joined = texts.Count == 2 ? texts[0].TrimEnd('.') + ". " + texts[1] : texts[0];
        var m = Regex.Match(joined, @"^(?<r>[IVX]+)\.\s*(?<t>.+)$", RegexOptions.Singleline);
        roman = m.Groups["r"].Value;
        title = m.Groups["t"].Value.Replace('\n', ' ');
        return m.Success;
    }

    private static WordCell Cell(WordPosition where, int column, int span, string text) =>
        new(where, column, span, VerticalMerge.None, [new WordParagraph(where, text, [new WordRun(text, Bold)]) { Common = Bold }]);
}
