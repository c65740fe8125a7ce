using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Cchc.Sheets;

/// <summary>The cell formats of the task sheet: indexes into <c>cellXfs</c>.</summary>
internal static class TaskSheetStyles
{
    public const uint Header = 1;
    public const uint LockedText = 2;
    public const uint LockedCentered = 3;
    public const uint EditableText = 4;
    public const uint EditableDate = 5;
    private const uint DateFormatId = 164;
    private const string Font = "Times New Roman";

    public static Stylesheet Create() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = ExcelDates.Format }) { Count = 1 },
        new Fonts(FontOf(bold: false), FontOf(bold: true)) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9D9D9" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFF2CC" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 4 },
        new Borders(new Border(), Thin()) { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            Format(fontId: 1, fillId: 2, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, locked: true),
            Format(fontId: 0, fillId: 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Top, locked: true),
            Format(fontId: 0, fillId: 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Top, locked: true),
            Format(fontId: 0, fillId: 3, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Top, locked: false),
            Format(fontId: 0, fillId: 3, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Top, locked: false, DateFormatId))
        { Count = 6 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Font FontOf(bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = 11 }, new FontName { Val = Font }, new FontFamilyNumbering { Val = 1 }, new FontCharSet { Val = 163 });
        return font;
    }

    private static Border Thin() => new(
        new LeftBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
        new RightBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
        new TopBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
        new BottomBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
        new DiagonalBorder());

    private static CellFormat Format(uint fontId, uint fillId, HorizontalAlignmentValues horizontal, VerticalAlignmentValues vertical,
        bool locked, uint numberFormat = 0) => new(
        new Alignment { Horizontal = horizontal, Vertical = vertical, WrapText = true },
        new Protection { Locked = locked })
    {
        NumberFormatId = numberFormat,
        FontId = fontId,
        FillId = fillId,
        BorderId = 1,
        FormatId = 0,
        ApplyNumberFormat = numberFormat != 0 ? true : null,
        ApplyFont = fontId != 0 ? true : null,
        ApplyFill = fillId != 0 ? true : null,
        ApplyBorder = true,
        ApplyAlignment = true,
        ApplyProtection = true,
    };
}
