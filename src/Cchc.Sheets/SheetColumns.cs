namespace Cchc.Sheets;

/// <summary>What a column of the task sheet holds.</summary>
public enum SheetField
{
    Number,
    Id,
    Content,
    Lead,
    Co,
    Deadline,
    PlannedProducts,
    Status,
    Completed,
    Result,
    Products,
    Note,

    /// <summary>The id as exported, hidden and locked: tells a deleted or altered id from an unknown one.</summary>
    ExportedId,
}

/// <param name="Width">Excel width in characters of the default font.</param>
/// <param name="Editable">Unlocked for the department (the sheet is protected).</param>
public sealed record SheetColumn(SheetField Field, string Letter, string Header, double Width, bool Editable);

/// <summary>The columns of the task sheet, left to right, and where a printed A4 landscape page puts them.</summary>
public static class SheetColumns
{
    public const string SheetName = "Nhiệm vụ";

    /// <summary>Widths add up to 132 characters of 11-point Times New Roman (7 px each at 96 dpi, plus 5 px of padding a
    /// column): about 270 mm, inside the 277 mm an A4 landscape page leaves within 10 mm margins. The page is also set to
    /// fit one page wide, so a department that widens a column still prints on one page's width.</summary>
    public static IReadOnlyList<SheetColumn> All { get; } =
    [
        new(SheetField.Number, "A", "STT", 4, false),
        new(SheetField.Id, "B", "Mã nhiệm vụ", 10, false),
        new(SheetField.Content, "C", "Nhiệm vụ", 23, false),
        new(SheetField.Lead, "D", "Chủ trì", 10, false),
        new(SheetField.Co, "E", "Phối hợp", 10, false),
        new(SheetField.Deadline, "F", "Thời hạn", 9, false),
        new(SheetField.PlannedProducts, "G", "Sản phẩm", 10, false),
        new(SheetField.Status, "H", "Trạng thái", 13, true),
        new(SheetField.Completed, "I", "Ngày hoàn thành", 11, true),
        new(SheetField.Result, "J", "Kết quả", 14, true),
        new(SheetField.Products, "K", "Văn bản/sản phẩm", 9, true),
        new(SheetField.Note, "L", "Ghi chú", 9, true),
        new(SheetField.ExportedId, "M", "cchc", 0, false),
    ];

    public static SheetColumn Of(SheetField field) => All.First(c => c.Field == field);

    public static SheetColumn? AtLetter(string letter) => All.FirstOrDefault(c => c.Letter == letter);

    /// <summary>Column letters (A, …, Z, AA, …) from a 1-based index.</summary>
    public static string Letter(int index)
    {
        var s = "";
        for (var i = index; i > 0; i = (i - 1) / 26)
        {
            s = (char)('A' + ((i - 1) % 26)) + s;
        }

        return s;
    }

    /// <summary>The 1-based index of column letters.</summary>
    public static int Index(string letters) => letters.Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1));
}
