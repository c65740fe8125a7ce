using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Cchc.Sheets;

/// <summary>The cells of one worksheet by row, as Excel or LibreOffice Calc stored them (shared or inline strings, numbers, ISO dates).</summary>
internal static class WorkbookCells
{
    /// <summary>Sheets in workbook order, each with its rows: row number → cells in column order.</summary>
    public static IEnumerable<(string Name, SortedDictionary<int, List<RawCell>> Rows)> Sheets(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart;
        if (workbook?.Workbook?.Sheets is null)
        {
            yield break;
        }

        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToList() ?? [];
        foreach (var sheet in workbook.Workbook.Sheets.Elements<Sheet>())
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }

            yield return (sheet.Name?.Value ?? "", Rows(part, shared));
        }
    }

    private static SortedDictionary<int, List<RawCell>> Rows(WorksheetPart part, List<string> shared)
    {
        var rows = new SortedDictionary<int, List<RawCell>>();
        var nextRow = 1;
        foreach (var row in part.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            var number = row.RowIndex?.Value is { } r ? (int)r : nextRow;
            nextRow = number + 1;
            var cells = new List<RawCell>();
            var nextColumn = 1;
            foreach (var cell in row.Elements<Cell>())
            {
                var reference = cell.CellReference?.Value ?? $"{SheetColumns.Letter(nextColumn)}{number}";
                nextColumn = SheetColumns.Index(new string(reference.TakeWhile(char.IsAsciiLetter).ToArray())) + 1;
                cells.Add(Read(cell, reference, shared));
            }

            rows[number] = cells;
        }

        return rows;
    }

    private static RawCell Read(Cell cell, string reference, List<string> shared)
    {
        var formula = cell.CellFormula is not null;
        var value = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return new(reference, RawKind.Text, cell.InlineString is { } s ? ItemText(s) : "", formula);
        }

        if (value is null)
        {
            return new(reference, RawKind.Empty, "", formula);
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, out var i) && i >= 0 && i < shared.Count
                ? new(reference, RawKind.Text, shared[i], formula)
                : new(reference, RawKind.Error, value, formula);
        }

        if (type == CellValues.String)
        {
            return new(reference, RawKind.Text, value, formula);
        }

        if (type == CellValues.Boolean)
        {
            return new(reference, RawKind.Boolean, value == "1" ? "TRUE" : "FALSE", formula);
        }

        if (type == CellValues.Error)
        {
            return new(reference, RawKind.Error, value, formula);
        }

        return type == CellValues.Date ? new(reference, RawKind.IsoDate, value, formula) : new(reference, RawKind.Number, value, formula);
    }

    /// <summary>The text of a shared or inline string: its runs' text, without phonetic guides.</summary>
    private static string ItemText(OpenXmlElement item) =>
        item.GetFirstChild<Text>() is { } plain ? plain.Text
        : string.Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? ""));
}
