using Cchc.Model;

namespace Cchc.Sheets;

/// <summary>A task whose state in a sheet differs from its current state.</summary>
public sealed record TaskChange(string TaskId, TaskState Old, TaskState New, RowUpdate From)
{
    /// <summary>"tthc-01: Chưa thực hiện → Đã hoàn thành (18/03/2026)", then what else changed.</summary>
    public string Describe(string lang)
    {
        var en = lang == "en";
        var text = $"{TaskId}: {Label(Old)} → {Label(New)}";
        if (New.Completed is { } done)
        {
            text += $" ({ExcelDates.Show(done)})";
        }

        var also = new List<string>();
        if (Old.Result != New.Result)
        {
            also.Add(en ? "result" : "kết quả");
        }

        if (!Old.Products.SequenceEqual(New.Products, StringComparer.Ordinal))
        {
            also.Add(en ? "products" : "văn bản/sản phẩm");
        }

        if (Old.Note != New.Note)
        {
            also.Add(en ? "note" : "ghi chú");
        }

        return also.Count == 0 ? text : text + (en ? "; changed: " : "; sửa: ") + string.Join(", ", also);
    }

    private static string Label(TaskState s) => SheetStatusWords.IsKey(s.StatusKey) ? SheetStatusWords.Label(s.StatusKey) : s.StatusKey;
}

/// <summary>Merges the rows read from several workbooks: one change per task whose state differs from the current one.</summary>
public static class TaskImport
{
    public static (IReadOnlyList<TaskChange> Changes, IReadOnlyList<SheetFinding> Findings) Merge(IReadOnlyList<SheetImport> reads, IStatusSnapshot current, DateOnly day)
    {
        var changes = new List<TaskChange>();
        var findings = new List<SheetFinding>();
        var first = new Dictionary<string, RowUpdate>(StringComparer.Ordinal);
        foreach (var row in reads.SelectMany(r => r.Rows))
        {
            if (first.TryGetValue(row.TaskId, out var earlier))
            {
                // The same answer twice (two departments sharing a task agree) is one answer; two different ones are a conflict.
                if (!earlier.State.SameAs(row.State))
                {
                    findings.Add(SheetFinding.AtCell(DiagnosticCatalog.E425, row.File, row.Sheet, row.Cells[SheetField.Id],
                        $"nhiệm vụ {row.TaskId} đã được ghi khác ở {Where(earlier)}; hai tệp phải thống nhất một trạng thái — sửa một trong hai rồi nhập lại",
                        $"task {row.TaskId} is given differently at {Where(earlier)}; the two files must agree — fix one and import again"));
                    changes.RemoveAll(c => c.TaskId == row.TaskId);
                }

                continue;
            }

            first[row.TaskId] = row;
            var old = current.At(row.TaskId, day) ?? TaskState.NotStarted;
            if (!old.SameAs(row.State))
            {
                changes.Add(new TaskChange(row.TaskId, old, row.State, row));
            }
        }

        return (changes, findings);
    }

    private static string Where(RowUpdate r) => $"{r.File}({r.Sheet}!{r.Cells[SheetField.Id]})";
}
