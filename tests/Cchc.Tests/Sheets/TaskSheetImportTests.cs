using Cchc.Model;
using Cchc.Sheets;
using Xunit;

namespace Cchc.Tests.Sheets;

/// <summary>Reading filled-in sheets: each column × each kind of value a department may type, right or wrong.</summary>
public class TaskSheetImportTests
{
    private const string File = "vhxh.xlsx";
    private static readonly DateOnly Day = new(2026, 3, 31);
    private static readonly byte[] Exported = TaskSheetWriter.Write(SheetEdits.Plan, "vhxh", null, Day);
    private static readonly string FirstId = TaskSheetWriter.TasksOf(SheetEdits.Plan, "vhxh")[0].Id;

    /// <summary>A valid answer on row 2 for the column under test to disturb: done on 18/03/2026, or in progress.</summary>
    private static (string, Typed)[] Base(bool done) => done
        ? [("H2", new Typed.Text("Đã hoàn thành")), ("I2", Typed.Date(2026, 3, 18))]
        : [("H2", new Typed.Text("Đang thực hiện"))];

    /// <summary>Every editable column with every kind of cell value: the code expected (null: read without a finding) and the state read.</summary>
    public static TheoryData<string, string, string?> Cases()
    {
        var data = new TheoryData<string, string, string?>();
        foreach (var column in SheetColumns.All.Where(c => c.Editable))
        {
            foreach (var kind in Kinds)
            {
                data.Add(column.Letter, kind, Expected(column.Field, kind));
            }
        }

        return data;
    }

    private static string? Expected(SheetField field, string kind) => field switch
    {
        SheetField.Status => kind == "formula" ? "E427+W422" : "E427",
        SheetField.Completed => kind switch
        {
            "date as text" => "W420",
            "number" => null, // serial 3 is 02/01/1900: a date, if an odd one
            "cleared" => "E429",
            "formula" => "E426+W422",
            _ => "E426",
        },
        _ => kind switch
        {
            "boolean" or "error value" => "E431",
            "formula" => "W422",
            _ => null,
        },
    };

    private static readonly string[] Kinds =
        ["text", "shared text", "number", "negative number", "boolean", "error value", "cleared", "formula", "date as text", "impossible date as text"];

    private static Typed ValueOf(string kind) => kind switch
    {
        "text" => new Typed.Text("Đã xong"),
        "shared text" => new Typed.Shared("Bản tin số 3"),
        "number" => new Typed.Number(3),
        "negative number" => new Typed.Number(-5),
        "boolean" => new Typed.Boolean(true),
        "error value" => new Typed.Error("#N/A"),
        "cleared" => new Typed.Cleared(),
        "formula" => new Typed.Formula("CONCATENATE(\"a\",\"b\")", "ab"),
        "date as text" => new Typed.Text("18/03/2026"),
        _ => new Typed.Text("31/02/2026"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_cell_value_is_read_or_reported_at_its_address(string letter, string kind, string? expected)
    {
        var field = SheetColumns.AtLetter(letter)!.Field;
        var done = field is SheetField.Completed;
        var read = Read([.. Base(done), ($"{letter}2", ValueOf(kind))]);
        var codes = read.Findings.Where(f => f.Cell == $"{letter}2").Select(f => f.Diagnostic.Code).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected?.Split('+').Order(StringComparer.Ordinal).ToList() ?? [], codes);
        Assert.All(read.Findings, f => Assert.Equal($"{File}(Nhiệm vụ!{letter}2)", f.Where));
        var imported = read.Rows.Any(r => r.TaskId == FirstId);
        Assert.Equal(!read.Findings.Any(f => f.Diagnostic.IsError), imported);
        Assert.All(read.Findings, f => Assert.DoesNotContain("Exception", f.Diagnostic.Message.Vi, StringComparison.Ordinal));
    }

    [Fact]
    public void A_status_typed_by_hand_is_read_by_label_or_key_whatever_the_case_and_diacritics()
    {
        foreach (var (key, label) in SheetStatusWords.All)
        {
            var folded = new string(label.Select(c => Diacritics.BaseOf(c, out _)).ToArray()).Replace('Đ', 'D').Replace('đ', 'd');
            foreach (var typed in new[] { label, key, label.ToUpperInvariant(), folded, $"  {label.ToLowerInvariant()} " })
            {
                var edits = new List<(string, Typed)> { ("H2", new Typed.Shared(typed)) };
                if (key == SheetStatusWords.DoneKey)
                {
                    edits.Add(("I2", Typed.Date(2026, 3, 1)));
                }

                var read = Read(edits);
                Assert.Empty(read.Findings);
                Assert.Equal(key, read.Rows.Single(r => r.TaskId == FirstId).State.StatusKey);
            }
        }
    }

    [Fact]
    public void A_status_not_in_the_list_says_which_label_was_meant()
    {
        var finding = Read([("H2", new Typed.Text("Đã hoàn thàn"))]).Findings.Single();
        Assert.Equal("E427", finding.Diagnostic.Code);
        Assert.Contains("có phải ý bạn là \"Đã hoàn thành\"?", finding.Diagnostic.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_that_contradict_the_status_or_the_day_are_reported_at_the_date_cell()
    {
        Assert.Equal("E428", Read([("H2", new Typed.Text("Đang thực hiện")), ("I2", Typed.Date(2026, 3, 1))]).Findings.Single(f => f.Cell == "I2").Diagnostic.Code);
        Assert.Equal("E430", Read([("H2", new Typed.Text("Đã hoàn thành")), ("I2", Typed.Date(2026, 4, 1))]).Findings.Single(f => f.Cell == "I2").Diagnostic.Code);
    }

    [Fact]
    public void Ids_deleted_altered_unknown_or_repeated_are_reported_and_their_rows_not_imported()
    {
        var second = TaskSheetWriter.TasksOf(SheetEdits.Plan, "vhxh")[1].Id;
        Assert.Equal("E423", Single(Read([("B2", new Typed.Cleared())]), "B2"));
        Assert.Equal("E424", Single(Read([("B2", new Typed.Text(second))]), "B2"));
        var unknown = Read([("B2", new Typed.Text(FirstId + "x")), ("M2", new Typed.Cleared())]);
        Assert.Equal("E422", Single(unknown, "B2"));
        Assert.Contains($"có phải ý bạn là \"{FirstId}\"?", unknown.Findings[0].Diagnostic.Message.Vi, StringComparison.Ordinal);
        var repeated = Read([("B40", new Typed.Text(FirstId)), ("M40", new Typed.Text(FirstId)), ("H40", new Typed.Text("Tạm dừng"))]);
        Assert.Equal("E425", Single(repeated, "B40"));
        Assert.Equal("E423", Single(Read([("J40", new Typed.Text("một nhiệm vụ thêm vào"))]), "B40"));
        Assert.DoesNotContain(repeated.Rows, r => r.Row == 40);
    }

    [Fact]
    public void A_cell_outside_the_columns_or_an_edited_plan_cell_is_reported_never_dropped()
    {
        var outside = Read([("N2", new Typed.Text("đã gửi bản giấy"))]);
        Assert.Equal("E431", Single(outside, "N2"));
        Assert.Contains("đã gửi bản giấy", outside.Findings[0].Diagnostic.Message.Vi, StringComparison.Ordinal);
        Assert.DoesNotContain(outside.Rows, r => r.TaskId == FirstId);
        var content = Read([("C2", new Typed.Text("nội dung khác"))]);
        Assert.Equal("W421", Single(content, "C2"));
        Assert.Contains(content.Rows, r => r.TaskId == FirstId);
    }

    [Fact]
    public void Planned_products_as_earlier_exports_joined_them_are_not_an_edit_but_a_dropped_product_is()
    {
        var all = TaskSheetWriter.Write(SheetEdits.Plan, null, null, Day);
        SheetImport ReadAll(IEnumerable<(string, Typed)> edits) => TaskSheetReader.Read(SheetEdits.Apply(all, edits), File, SheetEdits.Plan, Day);
        var listed = TaskSheetWriter.TasksOf(SheetEdits.Plan, null).Select((t, i) => (Task: t, Cell: $"G{i + 2}")).Where(x => x.Task.Products.Count >= 2).ToList();
        Assert.NotEmpty(listed);
        Assert.Empty(ReadAll(listed.Select(x => (x.Cell, (Typed)new Typed.Text(string.Join("; ", x.Task.Products))))).Findings);
        var (task, cell) = listed[0];
        Assert.Equal("W421", Single(ReadAll([(cell, new Typed.Text(string.Join("\n", task.Products.Skip(1))))]), cell));
    }

    [Fact]
    public void Files_that_are_not_task_sheets_are_one_finding_each()
    {
        var garbage = TaskSheetReader.Read([1, 2, 3, 4, 5], "x.xlsx", SheetEdits.Plan, Day);
        Assert.Equal(("E420", true), (garbage.Findings.Single().Diagnostic.Code, garbage.Unreadable));
        var truncated = TaskSheetReader.Read(Exported[..(Exported.Length / 2)], "x.xlsx", SheetEdits.Plan, Day);
        Assert.Equal("E420", truncated.Findings.Single().Diagnostic.Code);
        var noHeader = TaskSheetReader.Read(SheetEdits.Apply(Exported, [("H1", new Typed.Text("Tình hình"))]), "x.xlsx", SheetEdits.Plan, Day);
        Assert.Equal("E421", noHeader.Findings.Single().Diagnostic.Code);
    }

    internal static SheetImport Read(IEnumerable<(string, Typed)> edits) =>
        TaskSheetReader.Read(SheetEdits.Apply(Exported, edits), File, SheetEdits.Plan, Day);

    private static string Single(SheetImport read, string cell)
    {
        var finding = Assert.Single(read.Findings);
        Assert.Equal(cell, finding.Cell);
        return finding.Diagnostic.Code;
    }
}
