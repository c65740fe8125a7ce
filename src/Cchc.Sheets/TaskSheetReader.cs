using Cchc.Model;
using Cchc.Packaging;

namespace Cchc.Sheets;

/// <summary>
/// Reads a task sheet back, as Excel, LibreOffice Calc or Google Sheets saved it. Columns are found by their header,
/// so a moved or inserted column is still read. A row with an error is not imported (a status entry holds the whole
/// state, so half a row would be wrong); every other row is, and every cell cchc cannot use is reported, never dropped.
/// </summary>
public static class TaskSheetReader
{
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>A filled-in task sheet is a few hundred kilobytes unpacked; these caps stop a zip bomb long before memory does.</summary>
    internal static PackageLimits Limits { get; } = new(MaxPartBytes: 64L * 1024 * 1024, MaxTotalBytes: 128L * 1024 * 1024, MaxEntries: 10_000);

    public static SheetImport Read(byte[] bytes, string file, Package plan, DateOnly day) => Read(bytes, file, plan, day, Limits);

    internal static SheetImport Read(byte[] bytes, string file, Package plan, DateOnly day, PackageLimits limits)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (NotAWorkbook(bytes, file) is { } notWorkbook)
        {
            return notWorkbook;
        }

        try
        {
            using var package = new PackageReader(new MemoryStream(bytes, writable: false), limits);
            if (WorkbookCells.WorkbookPart(package) is not { } workbook)
            {
                var ods = package.Has("mimetype") || package.Has("content.xml");
                return Unreadable(DiagnosticCatalog.E420, file,
                    ods ? $"đây là bảng tính OpenDocument (.ods) mang đuôi .xlsx; hãy lưu lại dạng .xlsx, hoặc chạy: soffice --headless --convert-to xlsx \"{Path.GetFileName(file)}\""
                        : "tệp nén không có bảng tính Excel (thiếu workbook.xml): không phải tệp .xlsx hoặc đã bị hỏng; hãy mở bằng Excel/LibreOffice và lưu lại dạng .xlsx",
                    ods ? $"this is an OpenDocument spreadsheet (.ods) named .xlsx; save it as .xlsx, or run: soffice --headless --convert-to xlsx \"{Path.GetFileName(file)}\""
                        : "the zip holds no Excel workbook (no workbook.xml): not an .xlsx, or a damaged one; open it in Excel/LibreOffice and save as .xlsx");
            }

            foreach (var (name, rows) in WorkbookCells.Sheets(package, workbook))
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
        catch (PackageException ex)
        {
            return Unreadable(ex, file);
        }
    }

    internal static readonly SheetField[] Required =
        [SheetField.Id, SheetField.Status, SheetField.Completed, SheetField.Result, SheetField.Products, SheetField.Note];

    /// <summary>A file that gives nothing to import, with the reason.</summary>
    public static SheetImport Unreadable(DiagnosticCode code, string file, string vi, string en) =>
        new(file, [], [SheetFinding.AtFile(code, file, vi, en)], Unreadable: true);

    /// <summary>What users rename to .xlsx: an empty file, an Excel 97–2003 .xls, a password-protected workbook, anything not a zip.</summary>
    private static SheetImport? NotAWorkbook(byte[] bytes, string file)
    {
        if (FileSignature.IsZip(bytes))
        {
            return null;
        }

        var convert = $"soffice --headless --convert-to xlsx \"{Path.GetFileName(file)}\"";
        if (bytes.Length == 0)
        {
            return Unreadable(DiagnosticCatalog.E420, file, "tệp trống: không phải bảng tính .xlsx", "the file is empty: not an .xlsx workbook");
        }

        if (!FileSignature.IsOle(bytes))
        {
            return Unreadable(DiagnosticCatalog.E420, file,
                "không mở được: tệp không phải bảng tính .xlsx (không phải tệp nén OOXML); hãy mở bằng Excel/LibreOffice và lưu lại dạng .xlsx",
                "cannot open: not an .xlsx workbook (not an OOXML zip); open it in Excel/LibreOffice and save as .xlsx");
        }

        return FileSignature.HasOleStream(bytes, "EncryptedPackage")
            ? Unreadable(DiagnosticCatalog.E420, file,
                "bảng tính được đặt mật khẩu (mã hóa): cchc không đọc được; mở tệp trong Excel, vào Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa mật khẩu rồi lưu lại",
                "the workbook is password-protected (encrypted): cchc cannot read it; open it in Excel, File > Info > Protect Workbook > Encrypt with Password, clear the password and save")
            : Unreadable(DiagnosticCatalog.E420, file,
                $"đây là bảng tính Excel 97–2003 (.xls) hoặc tệp Office kiểu cũ mang đuôi .xlsx; hãy lưu lại dạng .xlsx (Excel Workbook), hoặc chạy: {convert}",
                $"this is an Excel 97–2003 workbook (.xls) or another old Office file named .xlsx; save it as .xlsx (Excel Workbook), or run: {convert}");
    }

    private static SheetImport Unreadable(PackageException ex, string file)
    {
        var part = ex.Part is null ? "" : $" (phần \"{ex.Part}\")";
        var partEn = ex.Part is null ? "" : $" (part \"{ex.Part}\")";
        var megabytes = ex.Limit / (1024 * 1024);
        return ex.Fault switch
        {
            PackageFault.Malformed => Unreadable(DiagnosticCatalog.E420, file,
                $"phần \"{ex.Part}\" không phải XML hợp lệ (dòng {ex.Line}, cột {ex.Column}); khai báo DTD và thực thể bị cấm — bảng tính bị hỏng, hãy mở bằng Excel/LibreOffice và lưu lại",
                $"part \"{ex.Part}\" is not well-formed XML (line {ex.Line}, column {ex.Column}); DTDs and entities are not allowed — the workbook is damaged, open it in Excel/LibreOffice and save again"),
            PackageFault.TooManyEntries => Unreadable(DiagnosticCatalog.E435, file,
                $"tệp nén có hơn {ex.Limit} phần: không phải một bảng tính bình thường; cchc không đọc",
                $"the zip has more than {ex.Limit} entries: not an ordinary workbook; cchc does not read it"),
            PackageFault.PartTooLarge => Unreadable(DiagnosticCatalog.E435, file,
                $"phần \"{ex.Part}\" giải nén ra hơn {megabytes} MB: quá lớn cho một bảng nhiệm vụ (có thể là \"bom zip\"); cchc không đọc tiếp",
                $"part \"{ex.Part}\" decompresses to more than {megabytes} MB: too large for a task sheet (possibly a zip bomb); cchc stops reading"),
            PackageFault.TotalTooLarge => Unreadable(DiagnosticCatalog.E435, file,
                $"các phần của tệp giải nén ra hơn {megabytes} MB tổng cộng (đến phần \"{ex.Part}\"): quá lớn cho một bảng nhiệm vụ (có thể là \"bom zip\"); cchc không đọc tiếp",
                $"the file's parts decompress to more than {megabytes} MB in all (at part \"{ex.Part}\"): too large for a task sheet (possibly a zip bomb); cchc stops reading"),
            _ => Unreadable(DiagnosticCatalog.E420, file,
                $"không mở được: tệp nén .xlsx bị hỏng hoặc bị cắt cụt{part}; hãy lấy lại bản gốc, hoặc mở bằng Excel/LibreOffice và lưu lại dạng .xlsx",
                $"cannot open: the .xlsx zip is damaged or truncated{partEn}; get the original again, or open it in Excel/LibreOffice and save as .xlsx"),
        };
    }

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
