using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Import.Into;
using Cchc.Model;
using Cchc.Tests.Support;
using Cchc.Tests.Word;
using Cchc.Yaml;
using DocumentFormat.OpenXml.Packaging;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cchc.Tests.Import;

/// <summary>
/// build → edit the built .docx as a clerk does in Word (Open XML SDK: a cell's text split across runs
/// replaced, a row deleted, a row added by cloning one) → import --into the original YAML: the YAML differs only
/// in the lines of the edited task, the reloaded plan holds the edit, and an unedited document changes nothing.
/// </summary>
public sealed class ImportIntoTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-into-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Nội dung, cơ quan chủ trì, cơ quan phối hợp, thời hạn, sản phẩm (column 0 is TT).</summary>
    private static readonly int[] EditedColumns = [1, 2, 3, 4, 5];

    private static string Fixture => Path.Combine(RepoPaths.Root, "tests", "Cchc.Tests", "Plans", "fixtures", "phuong-ngoc-ha-2026.yaml");

    public static IEnumerable<object[]> Plans() => RepoPaths.PlanFiles.Append(Fixture).Select(f => new object[] { f });

    /// <summary>Every task column a clerk edits × every plan with a task table × tasks spread over the table (every 11th).</summary>
    public static IEnumerable<object[]> FieldEdits() =>
        from plan in PlanFilesWithTasks()
        from index in Enumerable.Range(0, Tasks(Load(File.ReadAllText(plan), plan)).Count).Where(i => i % 11 == 5)
        from column in EditedColumns
        select new object[] { plan, index, column };

    /// <summary>The plans whose Phụ lục is a task table (the others have no task rows to edit).</summary>
    public static IEnumerable<object[]> PlansWithTasks() => PlanFilesWithTasks().Select(f => new object[] { f });

    private static IEnumerable<string> PlanFilesWithTasks() => RepoPaths.PlanFiles.Append(Fixture).Where(f => Tasks(Load(File.ReadAllText(f), f)).Count > 2);

    [Theory]
    [MemberData(nameof(Plans))]
    public void An_unedited_document_changes_nothing(string plan)
    {
        var (text, paths) = Built(plan, _ => { });
        var result = IntoImporter.Apply(paths, plan, text, force: false);
        Assert.False(result.Refused, string.Join("\n", result.Diagnostics.Select(d => d.Message.Vi)));
        Assert.False(result.Changed);
        Assert.Equal(text, result.Text);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "W125" or "W127");
    }

    [Theory]
    [MemberData(nameof(FieldEdits))]
    public void A_changed_task_cell_changes_only_that_task(string plan, int index, int column)
    {
        var package = Load(File.ReadAllText(plan), plan);
        var task = Tasks(package)[index];
        var other = OtherAgency(package, column == 3 ? task.Co : task.Lead);
        var edit = column switch
        {
            1 => task.Content + " và báo cáo kết quả",
            2 or 3 => other.ShortOrName,
            4 => $"Quý III/{package.Plan.Period.First}",
            _ => "Báo cáo kết quả thực hiện",
        };
        var (text, paths) = Built(plan, body => SetCell(RowOf(body, task.Content), column, edit));
        var result = IntoImporter.Apply(paths, plan, text, force: false);
        Assert.True(result.Changed, string.Join("\n", result.Diagnostics.Select(d => d.Message.Vi)));
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError || d.Code is "W125" or "W126" or "W127");
        var edited = Tasks(Load(result.Text!, plan)).Single(t => t.Id == task.Id);
        Assert.Equal(column is 2 or 3 ? other.Code : edit, column switch
        {
            1 => edited.Content,
            2 => edited.Lead.Source,
            3 => edited.Co?.Source,
            4 => edited.Deadline.Text,
            _ => string.Join("; ", edited.Products),
        });
        AssertOnlyLinesOf(task, text, result.Text!);
    }

    /// <summary>An agency of the plan's registry, of a unit (not a group), that the cell does not name yet.</summary>
    internal static Agency OtherAgency(Package package, AgencyExpr? current) =>
        package.Agencies.First(a => a.Kind == AgencyKind.Unit && current?.Codes.Contains(a.Code) != true
            && package.Agencies.Count(b => b.ShortOrName == a.ShortOrName) == 1);

    [Theory]
    [MemberData(nameof(PlansWithTasks))]
    public void A_deleted_row_removes_its_task_and_its_comments_only(string plan)
    {
        var task = MiddleTask(plan);
        var (text, paths) = Built(plan, body => RowOf(body, task.Content).Remove());
        var result = IntoImporter.Apply(paths, plan, text, force: false);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError || d.Code is "W125" or "W127");
        var after = Load(result.Text!, plan);
        Assert.DoesNotContain(Tasks(after), t => t.Id == task.Id);
        Assert.Equal(Tasks(Load(text, plan)).Count - 1, Tasks(after).Count);
        AssertOnlyLinesOf(task, text, result.Text!);
    }

    [Theory]
    [MemberData(nameof(PlansWithTasks))]
    public void A_row_added_by_cloning_becomes_a_task_with_a_fresh_id(string plan)
    {
        var task = MiddleTask(plan);
        const string added = "Tổ chức hội nghị tập huấn nghiệp vụ cải cách hành chính cho công chức";
        var (text, paths) = Built(plan, body =>
        {
            var row = RowOf(body, task.Content);
            var clone = (W.TableRow)row.CloneNode(true);
            row.InsertAfterSelf(clone);
            SetCell(clone, 1, added);
        });
        var result = IntoImporter.Apply(paths, plan, text, force: false);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError || d.Code is "W125" or "W127");
        var after = Tasks(Load(result.Text!, plan));
        var before = Tasks(Load(text, plan));
        Assert.Equal(before.Count + 1, after.Count);
        var index = after.FindIndex(t => t.Content == added);
        Assert.Equal(task.Id, after[index - 1].Id);
        Assert.DoesNotContain(before, t => t.Id == after[index].Id);
        Assert.Equal(task.Deadline.Text, after[index].Deadline.Text);
        // The new task's lines are inserted in one place; every original line is kept, in order.
        var (prefix, suffix) = LineDiff.CommonEnds(text.Split('\n'), result.Text!.Split('\n'));
        Assert.True(prefix + suffix >= text.Split('\n').Length, LineDiff.Describe(text, result.Text!));
    }

    /// <summary>Lines outside the task's own lines (its "- id" line to the next item) are byte-identical.</summary>
    private static void AssertOnlyLinesOf(PlanTask task, string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var first = task.Spans.Node.Line - 1;
        var (prefix, suffix) = LineDiff.CommonEnds(a, b);
        Assert.True(prefix >= first - 3, $"a line before the task changed: line {prefix + 1}\n{LineDiff.Describe(before, after)}");
        var nextItem = Array.FindIndex(a, first + 1, l => l.TrimStart().StartsWith("- id:", StringComparison.Ordinal) || l.Trim().Length > 0 && Indent(l) < Indent(a[first]) - 2);
        Assert.True(a.Length - suffix <= (nextItem < 0 ? a.Length : nextItem), $"a line after the task changed\n{LineDiff.Describe(before, after)}");
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static PlanTask MiddleTask(string plan)
    {
        var tasks = Tasks(Load(File.ReadAllText(plan), plan));
        return tasks[tasks.Count / 2];
    }

    private static List<PlanTask> Tasks(Package p) => [.. p.Appendices.OfType<TaskAppendix>().SelectMany(a => a.Groups).SelectMany(g => g.Tasks)];

    /// <summary>The row whose content cell (column 1) says <paramref name="content"/>.</summary>
    private static W.TableRow RowOf(W.Body body, string content) =>
        body.Descendants<W.TableRow>().First(r => r.Elements<W.TableCell>().ElementAtOrDefault(1)?.InnerText == content);

    /// <summary>A cell's text replaced as Word does when the clerk retypes it: the first run keeps its formatting, the others go.</summary>
    private static void SetCell(W.TableRow row, int column, string text)
    {
        var cell = row.Elements<W.TableCell>().ElementAt(column);
        var paragraphs = cell.Elements<W.Paragraph>().ToList();
        paragraphs.Skip(1).ToList().ForEach(p => p.Remove());
        var runs = paragraphs[0].Elements<W.Run>().ToList();
        runs.Skip(1).ToList().ForEach(r => r.Remove());
        runs[0].RemoveAllChildren<W.Text>();
        runs[0].RemoveAllChildren<W.Break>();
        runs[0].AppendChild(new W.Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
    }

    /// <summary>The plan's text and its built documents, the Kế hoạch edited by <paramref name="edit"/>.</summary>
    private (string Text, List<string> Paths) Built(string plan, Action<W.Body> edit)
    {
        var text = File.ReadAllText(plan);
        var paths = ClerkEdit.WriteBuilt(Load(text, plan), _dir, (name, path) =>
        {
            if (name == "ke-hoach")
            {
                using var word = WordprocessingDocument.Open(path, isEditable: true);
                edit(word.MainDocumentPart!.Document!.Body!);
            }

            return path;
        });

        return (text, paths);
    }

    private static Package Load(string text, string name)
    {
        var loaded = PlanLoader.Load(text, name);
        Assert.False(loaded.HasErrors);
        return loaded.Package!;
    }
}
