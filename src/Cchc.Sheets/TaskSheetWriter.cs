using System.Globalization;
using Cchc.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Cchc.Sheets;

/// <summary>
/// Writes the task sheet a department fills in: one row per task it leads or co-leads, the plan's columns locked
/// (the sheet is protected, without a password), the department's columns unlocked, status as a drop-down of the
/// labels, dates as Excel dates, header frozen and repeated on every printed A4 landscape page.
/// </summary>
public static class TaskSheetWriter
{
    private const double LinePoints = 15;

    /// <summary>The plan's tasks (appendix order) led or co-led by <paramref name="agency"/>; all of them when null.</summary>
    public static IReadOnlyList<PlanTask> TasksOf(Package plan, string? agency) =>
        plan.Appendices.OfType<TaskAppendix>().SelectMany(a => a.Groups).SelectMany(g => g.Tasks)
            .Where(t => agency is null || t.Lead.Codes.Contains(agency, StringComparer.Ordinal) || (t.Co?.Codes.Contains(agency, StringComparer.Ordinal) ?? false))
            .ToList();

    /// <summary>The .xlsx bytes; the same plan and state always give the same bytes.</summary>
    public static byte[] Write(Package plan, string? agency, IStatusSnapshot? status, DateOnly day)
    {
        var tasks = TasksOf(plan, agency);
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            // A fixed relationship id: AddWorkbookPart() draws a random one, and the bytes must not change between runs.
            var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
            workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = TaskSheetStyles.Create();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>("rIdSheet1");
            sheetPart.Worksheet = Worksheet(plan, tasks, status, day);
            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0 }),
                new DocumentFormat.OpenXml.Spreadsheet.Sheets(new Sheet { Id = "rIdSheet1", SheetId = 1, Name = SheetColumns.SheetName }),
                new DefinedNames(new DefinedName($"'{SheetColumns.SheetName}'!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
        }

        return DeterministicZip.Normalize(buffer.ToArray());
    }

    private static Worksheet Worksheet(Package plan, IReadOnlyList<PlanTask> tasks, IStatusSnapshot? status, DateOnly day)
    {
        var last = tasks.Count + 1;
        var data = new SheetData(HeaderRow());
        for (var i = 0; i < tasks.Count; i++)
        {
            data.Append(TaskRow(plan, tasks[i], (uint)(i + 2), i + 1, status?.At(tasks[i].Id, day) ?? TaskState.NotStarted));
        }

        var columns = new Columns(SheetColumns.All.Select((c, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = c.Width,
            CustomWidth = true,
            Hidden = c.Field == SheetField.ExportedId ? true : null,
        }));
        var statusColumn = SheetColumns.Of(SheetField.Status).Letter;
        var dateColumn = SheetColumns.Of(SheetField.Completed).Letter;
        var labels = string.Join(",", SheetStatusWords.All.Select(w => w.Label));
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetDimension { Reference = $"A1:{SheetColumns.All[^1].Letter}{last}" },
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = $"{statusColumn}2", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{statusColumn}2" } })
            { WorkbookViewId = 0, TabSelected = true }),
            new SheetFormatProperties { DefaultRowHeight = LinePoints },
            columns,
            data,
            new SheetProtection { Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, FormatRows = false },
            new DataValidations(
                new DataValidation(new Formula1($"\"{labels}\""))
                {
                    Type = DataValidationValues.List,
                    AllowBlank = true,
                    ShowInputMessage = true,
                    ShowErrorMessage = true,
                    ErrorStyle = DataValidationErrorStyleValues.Warning,
                    ErrorTitle = "Trạng thái",
                    Error = "Chọn một trạng thái trong danh sách.",
                    PromptTitle = "Trạng thái",
                    Prompt = "Chọn trong danh sách; Đã hoàn thành cần Ngày hoàn thành.",
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{statusColumn}2:{statusColumn}{Math.Max(last, 2)}" },
                },
                new DataValidation(new Formula1("1"))
                {
                    Type = DataValidationValues.Date,
                    Operator = DataValidationOperatorValues.GreaterThanOrEqual,
                    AllowBlank = true,
                    ShowErrorMessage = true,
                    ErrorStyle = DataValidationErrorStyleValues.Warning,
                    ErrorTitle = "Ngày hoàn thành",
                    Error = "Ghi ngày theo dạng ngày/tháng/năm, ví dụ 18/03/2026.",
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{dateColumn}2:{dateColumn}{Math.Max(last, 2)}" },
                })
            { Count = 2 },
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 },
            new HeaderFooter(new OddFooter("&CTrang &P/&N")));
        return worksheet;
    }

    private static Row HeaderRow()
    {
        var row = new Row { RowIndex = 1, Height = 2 * LinePoints, CustomHeight = true };
        foreach (var c in SheetColumns.All)
        {
            row.Append(Text($"{c.Letter}1", c.Header, TaskSheetStyles.Header));
        }

        return row;
    }

    private static Row TaskRow(Package plan, PlanTask task, uint index, int number, TaskState state)
    {
        var values = new Dictionary<SheetField, string>
        {
            [SheetField.Id] = task.Id,
            [SheetField.Content] = task.Content,
            [SheetField.Lead] = task.Lead.Render(plan.Registry),
            [SheetField.Co] = task.Co?.Render(plan.Registry) ?? "",
            [SheetField.Deadline] = task.Deadline.Text,
            [SheetField.PlannedProducts] = string.Join("; ", task.Products),
            [SheetField.Status] = SheetStatusWords.IsKey(state.StatusKey) ? SheetStatusWords.Label(state.StatusKey) : state.StatusKey,
            [SheetField.Result] = state.Result ?? "",
            [SheetField.Products] = string.Join("\n", state.Products),
            [SheetField.Note] = state.Note ?? "",
            [SheetField.ExportedId] = task.Id,
        };
        var row = new Row { RowIndex = index, Height = Lines(values) * LinePoints, CustomHeight = true };
        foreach (var c in SheetColumns.All)
        {
            var at = $"{c.Letter}{index}";
            row.Append(c.Field switch
            {
                SheetField.Number => new Cell { CellReference = at, StyleIndex = TaskSheetStyles.LockedCentered, CellValue = new CellValue(number) },
                SheetField.Completed => new Cell
                {
                    CellReference = at,
                    StyleIndex = TaskSheetStyles.EditableDate,
                    CellValue = state.Completed is { } d ? new CellValue(ExcelDates.Serial(d).ToString(CultureInfo.InvariantCulture)) : null,
                },
                _ => Text(at, values[c.Field], c.Editable ? TaskSheetStyles.EditableText : c.Field == SheetField.Id ? TaskSheetStyles.LockedCentered : TaskSheetStyles.LockedText),
            });
        }

        return row;
    }

    /// <summary>An inline string, or an empty styled cell (editable cells must exist to carry their unlocked format).</summary>
    private static Cell Text(string at, string text, uint style) => text.Length == 0
        ? new Cell { CellReference = at, StyleIndex = style }
        : new Cell { CellReference = at, StyleIndex = style, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) };

    /// <summary>How many wrapped lines the tallest cell needs (Excel does not fit row heights of a written file itself).</summary>
    private static int Lines(Dictionary<SheetField, string> values) =>
        Math.Max(1, SheetColumns.All.Where(c => c.Width > 0 && values.ContainsKey(c.Field)).Max(c =>
            values[c.Field].Split('\n').Sum(part => (int)Math.Ceiling(Math.Max(1, part.Length) / Math.Max(1, c.Width - 1)))));
}
