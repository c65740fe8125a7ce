using System.Globalization;
using System.Xml.Linq;
using Cchc.Fuzz.Mutators;
using Cchc.Sheets;
using Xunit;

namespace Cchc.Tests.Sheets;

/// <summary>
/// A cell's style index (its s attribute) is whatever the file says. Found by the workbook fuzzer: s="-1" on a
/// number cell threw ArgumentOutOfRangeException out of the reader. Every index from int.MinValue through past the
/// styles' end, and text, on the completion-date cell: the sheet is read and the cell is a date or a number.
/// </summary>
public sealed class CellStyleIndexFuzzTests
{
    private static readonly DateOnly Day = new(2026, 3, 31);
    private static readonly XNamespace S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly byte[] Exported = TaskSheetWriter.Write(SheetEdits.Plan, null, null, Day);

    private static IEnumerable<string> Styles() =>
        Enumerable.Range(-40, 120).Select(i => i.ToString(CultureInfo.InvariantCulture))
            .Concat(["-2147483648", "2147483647", "-2147483649", "99999999999", "", "x", "1.5", " 1"]);

    [Fact]
    public void A_number_cell_with_any_style_index_is_read()
    {
        foreach (var style in Styles())
        {
            var workbook = ZipXml.Edit(Exported, WorkbookMutations.SheetPart, sheet =>
            {
                var row = sheet.Descendants(S + "row").Skip(1).First();
                var number = (string)row.Attribute("r")!;
                var status = row.Elements(S + "c").First(c => (string?)c.Attribute("r") == "H" + number);
                status.RemoveNodes();
                status.Add(new XElement(S + "is", new XElement(S + "t", "Đã hoàn thành")));
                var date = row.Elements(S + "c").First(c => (string?)c.Attribute("r") == "I" + number);
                date.RemoveAll();
                date.SetAttributeValue("r", "I" + number);
                date.SetAttributeValue("s", style);
                date.Add(new XElement(S + "v", ExcelDates.Serial(new DateOnly(2026, 3, 20)).ToString(CultureInfo.InvariantCulture)));
                return true;
            });

            var read = TaskSheetReader.Read(workbook, "nhiem-vu.xlsx", SheetEdits.Plan, Day);

            Assert.False(read.Unreadable, $"s=\"{style}\"");
            Assert.True(read.Rows.Count + read.Findings.Count > 0, $"s=\"{style}\": the row is neither imported nor reported");
        }
    }
}
