using Cchc.Sheets;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Sheets;

/// <summary>
/// The exported sheet as a department prints it (LibreOffice Calc → PDF): Excel and Calc do not fit the height of
/// a row they read from a file, so a row cchc makes too short cuts its text off. Read back from the PDF, a cut-off
/// line shows as text drawn over the next row's: two words in the same column less than a line apart.
/// </summary>
public sealed class TaskSheetPrintTests
{
    private static readonly DateOnly Day = new(2026, 3, 31);

    /// <summary>More than a space of 11-point Times between words of one line, less than two cells' padding.</summary>
    private const double SpaceWidth = 4;

    public static IEnumerable<object[]> Seeds() => [[0], [1], [2]];

    [SkippableFact]
    public void The_real_plan_prints_with_every_header_and_cell_line_whole()
    {
        Tools.RequireLibreOffice();
        var words = Printed(TaskSheetWriter.Write(SheetEdits.Plan, null, null, Day), "real");
        Assert.Equal(SheetColumns.All.Where(c => c.Width > 0).Select(c => c.Header.Replace(" ", "", StringComparison.Ordinal)), HeaderColumns(words));

        AssertNoLineCutOff(words);
    }

    /// <summary>Status cells of random words (long ones, short ones, line breaks) on every task.</summary>
    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void Rows_of_random_texts_print_whole(int seed)
    {
        Tools.RequireLibreOffice();
        var random = new Random(seed);
        var tasks = TaskSheetWriter.TasksOf(SheetEdits.Plan, null);
        var states = tasks.Take(12).ToDictionary(t => t.Id, _ => new TaskState(
            "dang_thuc_hien", null, Words(random, random.Next(1, 40)), [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => Words(random, random.Next(1, 8)))], Words(random, random.Next(0, 30))));
        var words = Printed(TaskSheetWriter.Write(SheetEdits.Plan, null, new FixedSnapshot(states), Day), $"random-{seed}");
        AssertNoLineCutOff(words);
    }

    private static string Words(Random random, int count) => string.Join(random.Next(5) == 0 ? "\n" : " ", Enumerable.Range(0, count).Select(_ =>
        new string([.. Enumerable.Range(0, random.Next(10) == 0 ? random.Next(12, 30) : random.Next(1, 9)).Select(_ => "aăâbcdđeêghiklmnoôơpqrstuưvxy"[random.Next(29)])])));

    private static List<LibreOffice.PdfWord> Printed(byte[] xlsx, string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"cchc-sheet-print-{name}-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, "nhiem-vu.xlsx");
        File.WriteAllBytes(file, xlsx);
        return LibreOffice.PdfWords(LibreOffice.Convert(file, "pdf", dir));
    }

    /// <summary>The header row's text column by column: the words above the first task's number, joined top down.</summary>
    private static List<string> HeaderColumns(List<LibreOffice.PdfWord> words)
    {
        var firstRow = words.First(w => w.Page == 1 && w.Text == "1").Top;
        var columns = new List<List<LibreOffice.PdfWord>>();
        foreach (var word in words.Where(w => w.Page == 1 && w.Bottom <= firstRow + 0.5).OrderBy(w => w.Left))
        {
            if (columns.Count > 0 && word.Left < columns[^1].Max(w => w.Right) + SpaceWidth)
            {
                columns[^1].Add(word);
            }
            else
            {
                columns.Add([word]);
            }
        }

        return [.. columns.Select(c => string.Concat(c.OrderBy(w => w.Top).ThenBy(w => w.Left).Select(w => w.Text)))];
    }

    /// <summary>
    /// Words in the same column (their boxes overlap across) are on one line or at least most of a line apart. The
    /// hidden id column is left out: Calc prints its text into a zero-width strip nobody sees.
    /// </summary>
    private static void AssertNoLineCutOff(List<LibreOffice.PdfWord> words)
    {
        var tableRight = words.Where(w => w.Page == 1 && w.Text == SheetColumns.All.Last(c => c.Width > 0).Header.Split(' ')[^1]).Max(w => w.Right);
        var cut = new List<string>();
        foreach (var page in words.Where(w => w.Left < tableRight).GroupBy(w => w.Page))
        {
            var list = page.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var (a, b) = (list[i], list[j]);
                    var height = Math.Min(a.Bottom - a.Top, b.Bottom - b.Top);
                    var apart = Math.Abs(a.Top - b.Top);
                    if (a.Left < b.Right - 0.5 && b.Left < a.Right - 0.5 && apart > 0.5 && apart < 0.8 * height)
                    {
                        cut.Add($"trang {a.Page}: \"{a.Text}\" và \"{b.Text}\" chồng lên nhau ({apart:0.0} pt)");
                    }
                }
            }
        }

        Assert.True(cut.Count == 0, "dòng bị cắt khi in:\n" + string.Join("\n", cut.Take(20)));
    }
}
