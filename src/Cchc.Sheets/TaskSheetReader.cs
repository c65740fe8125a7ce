using System.Globalization;
using Cchc.Model;
using DocumentFormat.OpenXml.Packaging;

namespace Cchc.Sheets;

/// <summary>
/// Reads a task sheet back, as Excel or LibreOffice Calc saved it. Columns are found by their header, so a moved or
/// inserted column is still read. A row with an error is not imported (a status entry holds the whole state, so half
/// a row would be wrong); every other row is, and every cell cchc cannot use is reported, never dropped.
/// </summary>
public static class TaskSheetReader
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public static SheetImport Read(byte[] bytes, string file, Package plan, DateOnly day)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false);
            var sheets = WorkbookCells.Sheets(document).ToList();
            foreach (var (name, rows) in sheets)
            {
                if (rows.TryGetValue(1, out var header) && HeaderMap(header) is { } map)
                {
                    return new SheetRows(file, name, plan, day, map).Read(rows);
                }
            }

            return Unreadable(DiagnosticCatalog.E421, file,
                $"không thấy trang nhiệm vụ do cchc xuất: cần dòng tiêu đề có các cột {string.Join(", ", Required.Select(f => $"\"{SheetColumns.Of(f).Header}\""))} ở dòng 1; hãy xuất lại bằng cchc tasks export",
                $"no task sheet exported by cchc: row 1 must hold the headers {string.Join(", ", Required.Select(f => $"\"{SheetColumns.Of(f).Header}\""))}; export again with cchc tasks export");
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException
            or System.Xml.XmlException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            var ole = bytes.Length >= 8 && bytes.AsSpan(0, 8).SequenceEqual((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
            return Unreadable(DiagnosticCatalog.E420, file,
                ole ? "không mở được: tệp là bảng tính .xls cũ hoặc .xlsx đặt mật khẩu; hãy gỡ mật khẩu hoặc lưu lại dạng .xlsx (Excel Workbook)"
                    : "không mở được: tệp không phải bảng tính .xlsx hoặc đã bị hỏng; hãy mở bằng Excel/LibreOffice và lưu lại dạng .xlsx",
                ole ? "cannot open: an old .xls or a password-protected .xlsx; remove the password or save as .xlsx"
                    : "cannot open: not an .xlsx workbook, or a damaged one; open it in Excel/LibreOffice and save as .xlsx");
        }
    }

    internal static readonly SheetField[] Required =
        [SheetField.Id, SheetField.Status, SheetField.Completed, SheetField.Result, SheetField.Products, SheetField.Note];

    /// <summary>A file that gives nothing to import, with the reason.</summary>
    public static SheetImport Unreadable(DiagnosticCode code, string file, string vi, string en) =>
        new(file, [], [SheetFinding.AtFile(code, file, vi, en)], Unreadable: true);

    /// <summary>Header text → field, by column letters; null when a column the import needs is missing.</summary>
    private static Dictionary<string, SheetField>? HeaderMap(List<RawCell> header)
    {
        var map = new Dictionary<string, SheetField>(StringComparer.Ordinal);
        foreach (var cell in header.Where(c => c.Kind == RawKind.Text))
        {
            var column = SheetColumns.All.FirstOrDefault(c => string.Equals(c.Header, cell.Text.Trim(), StringComparison.OrdinalIgnoreCase));
            if (column is not null && !map.ContainsValue(column.Field))
            {
                map[Letters(cell.Reference)] = column.Field;
            }
        }

        return Required.All(map.ContainsValue) ? map : null;
    }

    internal static string Letters(string reference) => new(reference.TakeWhile(char.IsAsciiLetter).ToArray());
}
