using System.Globalization;
using Cchc.Model;
using Cchc.Sheets;
using Cchc.Tests.Support;
using Cchc.Yaml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Cchc.Tests.Sheets;

/// <summary>A value a department types into a cell, stored the way Excel stores it.</summary>
public abstract record Typed
{
    public sealed record Text(string Value) : Typed;

    /// <summary>Text kept in the shared-string table, as Excel and Calc save it.</summary>
    public sealed record Shared(string Value) : Typed;

    public sealed record Number(double Value) : Typed;

    public sealed record Boolean(bool Value) : Typed;

    public sealed record Error(string Value) : Typed;

    public sealed record Formula(string Expression, string Cached) : Typed;

    public sealed record Cleared : Typed;

    public static Typed Date(int year, int month, int day) => new Number(ExcelDates.Serial(new DateOnly(year, month, day)));
}

/// <summary>Edits an exported workbook's cells with the Open XML SDK, as a department would in Excel.</summary>
internal static class SheetEdits
{
    public static Package Plan { get; } = PlanLoader.LoadFile(Path.Combine(RepoPaths.Plans, "phuong-hai-duong-2026.yaml"), "phuong-hai-duong-2026.yaml").Package!;

    public static byte[] Apply(byte[] xlsx, IEnumerable<(string Cell, Typed Value)> edits)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var shared = workbook.SharedStringTablePart ?? workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable ??= new SharedStringTable();
            var data = workbook.WorksheetParts.First().Worksheet.GetFirstChild<SheetData>()!;
            foreach (var (reference, value) in edits)
            {
                Set(CellAt(data, reference), value, shared.SharedStringTable);
            }
        }

        return stream.ToArray();
    }

    private static void Set(Cell cell, Typed value, SharedStringTable shared)
    {
        cell.RemoveAllChildren();
        cell.DataType = null;
        switch (value)
        {
            case Typed.Text t:
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(t.Value) { Space = SpaceProcessingModeValues.Preserve });
                break;
            case Typed.Shared s:
                shared.Append(new SharedStringItem(new Text(s.Value) { Space = SpaceProcessingModeValues.Preserve }));
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue((shared.ChildElements.Count - 1).ToString(CultureInfo.InvariantCulture));
                break;
            case Typed.Number n:
                cell.CellValue = new CellValue(n.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case Typed.Boolean b:
                cell.DataType = CellValues.Boolean;
                cell.CellValue = new CellValue(b.Value ? "1" : "0");
                break;
            case Typed.Error e:
                cell.DataType = CellValues.Error;
                cell.CellValue = new CellValue(e.Value);
                break;
            case Typed.Formula f:
                cell.DataType = CellValues.String;
                cell.CellFormula = new CellFormula(f.Expression);
                cell.CellValue = new CellValue(f.Cached);
                break;
        }
    }

    /// <summary>The cell at a reference, created in column order when the row lacks it.</summary>
    private static Cell CellAt(SheetData data, string reference)
    {
        var letters = new string(reference.TakeWhile(char.IsAsciiLetter).ToArray());
        var rowIndex = uint.Parse(reference[letters.Length..], CultureInfo.InvariantCulture);
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex?.Value == rowIndex);
        if (row is null)
        {
            row = new Row { RowIndex = rowIndex };
            data.Append(row);
        }

        var existing = row.Elements<Cell>().FirstOrDefault(c => c.CellReference?.Value == reference);
        if (existing is not null)
        {
            return existing;
        }

        var cell = new Cell { CellReference = reference };
        var after = row.Elements<Cell>().LastOrDefault(c => SheetColumns.Index(new string(c.CellReference!.Value!.TakeWhile(char.IsAsciiLetter).ToArray())) < SheetColumns.Index(letters));
        if (after is null)
        {
            row.PrependChild(cell);
        }
        else
        {
            after.InsertAfterSelf(cell);
        }

        return cell;
    }
}
