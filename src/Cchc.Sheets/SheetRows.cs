using System.Globalization;
using Cchc.Model;

namespace Cchc.Sheets;

/// <summary>The rows of one task sheet checked cell by cell against the plan.</summary>
internal sealed class SheetRows(string file, string sheet, Package plan, DateOnly day, Dictionary<string, SheetField> columns)
{
    private static readonly char[] ProductSeparators = ['\n', ';'];
    private readonly Dictionary<string, PlanTask> _tasks = TaskSheetWriter.TasksOf(plan, null).ToDictionary(t => t.Id, StringComparer.Ordinal);
    private readonly List<SheetFinding> _findings = [];
    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);

    public SheetImport Read(SortedDictionary<int, List<RawCell>> rows)
    {
        var updates = new List<RowUpdate>();
        foreach (var (number, cells) in rows.Where(r => r.Key > 1))
        {
            if (ReadRow(number, cells) is { } update)
            {
                updates.Add(update);
            }
        }

        return new SheetImport(file, updates, _findings, Unreadable: false);
    }

    private RowUpdate? ReadRow(int row, List<RawCell> cells)
    {
        var errors = _findings.Count(f => f.Diagnostic.IsError);
        var byField = new Dictionary<SheetField, RawCell>();
        foreach (var cell in cells.Where(c => !c.IsBlank))
        {
            if (columns.TryGetValue(TaskSheetReader.Letters(cell.Reference), out var field))
            {
                byField[field] = cell;
            }
            else
            {
                Add(DiagnosticCatalog.E431, cell.Reference,
                    $"ô này nằm ngoài các cột của cchc nên nội dung \"{Excerpt(cell.Text)}\" không được nhập; hãy chuyển nội dung vào cột \"Ghi chú\" của dòng",
                    $"this cell is outside cchc's columns, so \"{Excerpt(cell.Text)}\" is not imported; move it into the row's \"Ghi chú\" column");
            }
        }

        if (byField.Keys.All(f => f is SheetField.Number) && _findings.Count(f => f.Diagnostic.IsError) == errors)
        {
            return null;
        }

        foreach (var cell in byField.Values.Where(c => c.Formula))
        {
            Add(DiagnosticCatalog.W422, cell.Reference, "ô có công thức; cchc lấy giá trị đang hiển thị của ô", "the cell holds a formula; cchc takes its shown value");
        }

        var id = Identify(row, byField);
        if (id is null || !_tasks.TryGetValue(id, out var task))
        {
            return null;
        }

        if (_seen.TryGetValue(id, out var first))
        {
            Add(DiagnosticCatalog.E425, Cell(SheetField.Id, row),
                $"nhiệm vụ {id} đã có ở ô {first}; mỗi nhiệm vụ chỉ một dòng — xóa một trong hai dòng",
                $"task {id} is already at {first}; one row per task — delete one of them");
            return null;
        }

        _seen[id] = Cell(SheetField.Id, row);
        CheckPlanCells(task, row, byField);
        var status = Status(row, byField);
        var completed = Completed(byField);
        var result = Text(byField, SheetField.Result);
        var note = Text(byField, SheetField.Note);
        var productsText = Text(byField, SheetField.Products);
        var products = productsText?.Split(ProductSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        var dateCell = Cell(SheetField.Completed, row);
        if (status is { } s && completed is { } c)
        {
            if (s != SheetStatusWords.DoneKey)
            {
                Add(DiagnosticCatalog.E428, dateCell,
                    $"có ngày hoàn thành {ExcelDates.Show(c)} nhưng trạng thái là \"{SheetStatusWords.Label(s)}\"; chọn \"Đã hoàn thành\" hoặc xóa ngày",
                    $"a completion date {ExcelDates.Show(c)} but the status is \"{SheetStatusWords.Label(s)}\"; choose \"Đã hoàn thành\" or clear the date");
            }
            else if (c > day)
            {
                Add(DiagnosticCatalog.E430, dateCell,
                    $"ngày hoàn thành {ExcelDates.Show(c)} sau ngày ghi nhận {ExcelDates.Show(day)}; việc chưa xong thì chọn \"Đang thực hiện\"",
                    $"the completion date {ExcelDates.Show(c)} is after the day recorded {ExcelDates.Show(day)}; a task not yet done is \"Đang thực hiện\"");
            }
        }
        else if (status == SheetStatusWords.DoneKey && completed is null && !byField.ContainsKey(SheetField.Completed))
        {
            Add(DiagnosticCatalog.E429, dateCell,
                "trạng thái \"Đã hoàn thành\" cần ngày hoàn thành (ngày/tháng/năm) ở ô này",
                "status \"Đã hoàn thành\" needs a completion date (day/month/year) in this cell");
        }

        if (status is null || _findings.Count(f => f.Diagnostic.IsError) > errors)
        {
            return null;
        }

        var addresses = SheetColumns.All.Where(col => columns.ContainsValue(col.Field)).ToDictionary(col => col.Field, col => Cell(col.Field, row));
        return new RowUpdate(id, new TaskState(status, completed, result, products, note), file, sheet, row, addresses);
    }

    /// <summary>The row's task id, checked against the id exported with it (hidden column) and against the plan.</summary>
    private string? Identify(int row, Dictionary<SheetField, RawCell> byField)
    {
        var id = Text(byField, SheetField.Id);
        var exported = Text(byField, SheetField.ExportedId);
        var at = Cell(SheetField.Id, row);
        if (id is null)
        {
            if (exported is not null)
            {
                Add(DiagnosticCatalog.E423, at, $"mã nhiệm vụ đã bị xóa (dòng này là nhiệm vụ {exported}); ghi lại mã {exported}",
                    $"the task id was deleted (this row is task {exported}); write {exported} back");
            }
            else
            {
                Add(DiagnosticCatalog.E423, at, "dòng này không có mã nhiệm vụ (dòng thêm vào?); bảng tính không thêm được nhiệm vụ mới — thêm nhiệm vụ vào tệp kế hoạch",
                    "this row has no task id (an added row?); tasks cannot be added from the sheet — add them to the plan file");
            }

            return null;
        }

        if (exported is not null && exported != id)
        {
            Add(DiagnosticCatalog.E424, at, $"mã nhiệm vụ bị sửa từ \"{exported}\" thành \"{id}\"; ghi lại mã \"{exported}\"",
                $"the task id was altered from \"{exported}\" to \"{id}\"; write \"{exported}\" back");
            return null;
        }

        if (!_tasks.ContainsKey(id))
        {
            // Spelling compares keys with "_" for "-"; ids use "-", so both sides are compared that way.
            var closest = Spelling.Closest(id, _tasks.Keys.Select(k => k.Replace('-', '_'))) is { } near ? _tasks.Keys.First(k => k.Replace('-', '_') == near) : null;
            Add(DiagnosticCatalog.E422, at,
                $"mã nhiệm vụ \"{id}\" không có trong kế hoạch {Path.GetFileName(plan.SourcePath)}" + (closest is null ? "" : $"; có phải ý bạn là \"{closest}\"?"),
                $"task id \"{id}\" is not in the plan {Path.GetFileName(plan.SourcePath)}" + (closest is null ? "" : $"; did you mean \"{closest}\"?"));
            return null;
        }

        return id;
    }

    private string? Status(int row, Dictionary<SheetField, RawCell> byField)
    {
        var at = Cell(SheetField.Status, row);
        var labels = string.Join(", ", SheetStatusWords.All.Select(w => $"\"{w.Label}\""));
        if (!byField.TryGetValue(SheetField.Status, out var cell))
        {
            Add(DiagnosticCatalog.E427, at, $"trạng thái để trống; chọn một trong: {labels}", $"the status is empty; choose one of: {labels}");
            return null;
        }

        if (cell.Kind == RawKind.Text && SheetStatusWords.TryParse(cell.Text, out var key))
        {
            return key;
        }

        var closest = cell.Kind == RawKind.Text ? SheetStatusWords.Closest(cell.Text) : null;
        Add(DiagnosticCatalog.E427, at,
            $"trạng thái \"{Excerpt(cell.Text)}\" không có trong danh sách" + (closest is null ? $"; chọn một trong: {labels}" : $"; có phải ý bạn là \"{closest}\"?"),
            $"the status \"{Excerpt(cell.Text)}\" is not in the list" + (closest is null ? $"; choose one of: {labels}" : $"; did you mean \"{closest}\"?"));
        return null;
    }

    private DateOnly? Completed(Dictionary<SheetField, RawCell> byField)
    {
        if (!byField.TryGetValue(SheetField.Completed, out var cell))
        {
            return null;
        }

        switch (cell.Kind)
        {
            case RawKind.Number or RawKind.Date when double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && ExcelDates.TryFromSerial(serial, out var date):
                return date;
            case RawKind.IsoDate when DateTime.TryParse(cell.Text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso):
                return DateOnly.FromDateTime(iso);
            case RawKind.Text when ExcelDates.TryParseText(cell.Text, out var typed):
                Add(DiagnosticCatalog.W420, cell.Reference,
                    $"ngày \"{cell.Text.Trim()}\" được lưu dạng chữ, không phải ngày của Excel; cchc hiểu là {ExcelDates.Show(typed)} (ngày/tháng/năm)",
                    $"the date \"{cell.Text.Trim()}\" is stored as text, not as an Excel date; cchc reads it as {ExcelDates.Show(typed)} (day/month/year)");
                return typed;
            default:
                Add(DiagnosticCatalog.E426, cell.Reference,
                    $"\"{Excerpt(cell.Text)}\" không phải một ngày; ghi ngày hoàn thành theo dạng ngày/tháng/năm, ví dụ 18/03/2026",
                    $"\"{Excerpt(cell.Text)}\" is not a date; write the completion date as day/month/year, e.g. 18/03/2026");
                return null;
        }
    }

    /// <summary>The plan's own cells: an edit there is not imported (the plan is edited in its YAML file) but is said.</summary>
    private void CheckPlanCells(PlanTask task, int row, Dictionary<SheetField, RawCell> byField)
    {
        var expected = PlanCells.Of(plan, task);
        foreach (var (field, text) in expected)
        {
            var given = byField.TryGetValue(field, out var cell) ? cell.Text : "";
            if (!PlanCells.Same(field, given, text))
            {
                var header = SheetColumns.Of(field).Header;
                Add(DiagnosticCatalog.W421, cell?.Reference ?? Cell(field, row), $"cột \"{header}\" của nhiệm vụ {task.Id} đã bị sửa thành \"{Excerpt(given)}\"; bảng tính không sửa kế hoạch — nếu cần, sửa trong tệp kế hoạch",
                    $"the \"{header}\" column of task {task.Id} was edited to \"{Excerpt(given)}\"; the sheet does not edit the plan — edit the plan file if needed");
            }
        }
    }

    private string? Text(Dictionary<SheetField, RawCell> byField, SheetField field)
    {
        if (!byField.TryGetValue(field, out var cell))
        {
            return null;
        }

        if (cell.Kind is RawKind.Error or RawKind.Boolean)
        {
            Add(DiagnosticCatalog.E431, cell.Reference,
                cell.Kind == RawKind.Error ? $"ô có giá trị lỗi {cell.Text}; ghi chữ thay cho công thức lỗi" : $"ô có giá trị đúng/sai {cell.Text}; ghi bằng chữ",
                cell.Kind == RawKind.Error ? $"the cell holds the error value {cell.Text}; write text instead" : $"the cell holds the boolean {cell.Text}; write text");
            return null;
        }

        if (cell.Kind == RawKind.Date && double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && ExcelDates.TryFromSerial(serial, out var date))
        {
            return ExcelDates.Show(date); // a date typed into a text column reads as the sheet shows it, not as its serial
        }

        var text = cell.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        return text.Length == 0 ? null : text;
    }

    private string Cell(SheetField field, int row) =>
        (columns.FirstOrDefault(c => c.Value == field).Key ?? SheetColumns.Of(field).Letter) + row.ToString(CultureInfo.InvariantCulture);

    private static string Excerpt(string text) => text.Length <= 60 ? text.Trim() : text[..57].Trim() + "…";

    /// <summary>A finding at a cell; its code says whether it is an error (the row is not imported) or a warning.</summary>
    private void Add(DiagnosticCode code, string cell, string vi, string en) => _findings.Add(SheetFinding.AtCell(code, file, sheet, cell, vi, en));
}
