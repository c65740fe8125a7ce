using System.Globalization;
using Cchc.Sheets;
using Cchc.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Xunit;

namespace Cchc.Tests.Sheets;

/// <summary>The exported task sheet: what a department sees, prints and may edit.</summary>
public class TaskSheetExportTests
{
    private static readonly DateOnly Day = new(2026, 3, 31);

    private static byte[] Export(string? agency, IStatusSnapshot? status = null) => TaskSheetWriter.Write(SheetEdits.Plan, agency, status, Day);

    [Fact]
    public void Every_agency_gets_exactly_the_tasks_it_leads_or_co_leads()
    {
        var all = SheetEdits.Plan.Appendices.OfType<Cchc.Model.TaskAppendix>().SelectMany(a => a.Groups).SelectMany(g => g.Tasks).ToList();
        Assert.Equal(45, all.Count);
        foreach (var code in SheetEdits.Plan.Registry.Keys)
        {
            var expected = all.Where(t => t.Lead.Codes.Contains(code) || (t.Co?.Codes.Contains(code) ?? false)).Select(t => t.Id).ToList();
            using var doc = SpreadsheetDocument.Open(new MemoryStream(Export(code)), false);
            var ids = Rows(doc).Skip(1).Select(r => r[1]).ToList();
            Assert.Equal(expected, ids);
        }
    }

    [Fact]
    public void The_file_validates_with_the_Open_XML_SDK_and_is_byte_identical_run_after_run()
    {
        var state = new FixedSnapshot(new() { ["cd-ban-hanh-kh"] = new TaskState("hoan_thanh", new DateOnly(2026, 1, 12), "Kế hoạch số 5/KH-UBND", ["Kế hoạch số 5/KH-UBND", "Công văn 7"], "đúng hạn") });
        var bytes = Export(null, state);
        Assert.Equal(bytes, Export(null, state));
        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016).Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void The_department_edits_only_its_columns_on_a_protected_sheet_with_a_status_drop_down()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Export("vhxh")), false);
        var sheet = doc.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.True(sheet.GetFirstChild<SheetProtection>()?.Sheet?.Value);
        var formats = doc.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        foreach (var cell in sheet.Descendants<Cell>())
        {
            var reference = cell.CellReference!.Value!;
            var letter = new string(reference.TakeWhile(char.IsAsciiLetter).ToArray());
            var row = int.Parse(reference[letter.Length..], CultureInfo.InvariantCulture);
            var locked = formats[(int)cell.StyleIndex!.Value].Protection?.Locked?.Value ?? true;
            Assert.True(locked == (row == 1 || !SheetColumns.AtLetter(letter)!.Editable), $"{cell.CellReference} locked={locked}");
        }

        var list = sheet.Descendants<DataValidation>().Single(v => v.Type?.Value == DataValidationValues.List);
        Assert.Equal("\"" + string.Join(",", SheetStatusWords.All.Select(w => w.Label)) + "\"", list.Formula1!.Text);
        Assert.Equal($"H2:H{Rows(doc).Count}", list.SequenceOfReferences!.InnerText);
        Assert.True(sheet.Descendants<Column>().Single(c => c.Min!.Value == 13).Hidden?.Value);
    }

    [Fact]
    public void It_prints_on_A4_landscape_one_page_wide_with_the_header_frozen_and_repeated()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Export(null)), false);
        var sheet = doc.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var setup = sheet.GetFirstChild<PageSetup>()!;
        Assert.Equal(9u, setup.PaperSize!.Value);
        Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
        Assert.Equal(1u, setup.FitToWidth!.Value);
        Assert.Equal(0u, setup.FitToHeight!.Value);
        Assert.True(sheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal((1.0, "A2", PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value));
        var titles = doc.WorkbookPart.Workbook.DefinedNames!.Elements<DefinedName>().Single(n => n.Name == "_xlnm.Print_Titles");
        Assert.Equal("'Nhiệm vụ'!$1:$1", titles.Text);

        // 7 px a character of 11-point Times New Roman at 96 dpi plus 5 px padding a column, against A4's 297 mm less the margins.
        var margins = sheet.GetFirstChild<PageMargins>()!;
        var printable = 297 - ((margins.Left!.Value + margins.Right!.Value) * 25.4);
        var widthMm = sheet.Descendants<Column>().Where(c => c.Hidden?.Value != true).Sum(c => (c.Width!.Value * 7) + 5) / 96 * 25.4;
        Assert.True(widthMm <= printable, $"columns are {widthMm:F0} mm wide, the page prints {printable:F0} mm");
        var formats = doc.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        Assert.All(sheet.Descendants<Cell>(), c => Assert.True(formats[(int)c.StyleIndex!.Value].Alignment!.WrapText!.Value, $"{c.CellReference} does not wrap"));
    }

    [Fact]
    public void Dates_are_Excel_dates_shown_day_first()
    {
        var state = new FixedSnapshot(new() { ["tthc-cong-khai-danh-muc"] = new TaskState("hoan_thanh", new DateOnly(2026, 3, 18), null, [], null) });
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Export(null, state)), false);
        var row = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Single(r => r.Descendants<Cell>().Any(c => c.InnerText == "tthc-cong-khai-danh-muc"));
        var date = row.Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith('I'));
        Assert.Null(date.DataType);
        Assert.Equal(ExcelDates.Serial(new DateOnly(2026, 3, 18)).ToString(CultureInfo.InvariantCulture), date.CellValue!.Text);
        var styles = doc.WorkbookPart.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)date.StyleIndex!.Value);
        Assert.Equal("dd/mm/yyyy", styles.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value);
    }

    [SkippableFact]
    public void LibreOffice_Calc_opens_the_file_and_shows_the_same_cell_texts()
    {
        Tools.RequireLibreOffice();
        var state = new FixedSnapshot(new() { ["tthc-cong-khai-danh-muc"] = new TaskState("hoan_thanh", new DateOnly(2026, 3, 18), "Đã ban hành Quyết định số 12/QĐ-UBND", ["Quyết định số 12/QĐ-UBND"], "ghi chú, có dấu phẩy \"và ngoặc kép\"") });
        var dir = Directory.CreateTempSubdirectory("cchc-sheets-").FullName;
        try
        {
            var xlsx = Path.Combine(dir, "tasks.xlsx");
            File.WriteAllBytes(xlsx, Export(null, state));
            var csv = LibreOffice.Convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1", dir);
            using var doc = SpreadsheetDocument.Open(new MemoryStream(File.ReadAllBytes(xlsx)), false);
            var expected = Rows(doc).Select(r => r.Select((v, i) => i == 8 && double.TryParse(v, CultureInfo.InvariantCulture, out var s) && ExcelDates.TryFromSerial(s, out var d) ? ExcelDates.Show(d) : v).ToList()).ToList();
            Assert.Equal(expected, Csv(File.ReadAllText(csv)));
            Assert.Contains(expected, r => r[1] == "tthc-cong-khai-danh-muc" && r[7] == "Đã hoàn thành" && r[8] == "18/03/2026");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Each row's cell texts as written (inline strings, numbers), 13 columns.</summary>
    internal static List<List<string>> Rows(SpreadsheetDocument doc) =>
        doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList();

    /// <summary>RFC 4180 fields: quoted fields may hold commas, quotes (doubled) and line breaks.</summary>
    internal static List<List<string>> Csv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}

/// <summary>A current state given by the test.</summary>
internal sealed class FixedSnapshot(Dictionary<string, TaskState> states) : IStatusSnapshot
{
    public TaskState? At(string taskId, DateOnly day) => states.GetValueOrDefault(taskId);
}
