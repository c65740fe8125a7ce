using System.Text.RegularExpressions;
using System.Xml.Linq;
using Cchc.Fuzz.Mutators;
using Cchc.Sheets;
using Xunit;

namespace Cchc.Tests.Sheets;

/// <summary>
/// A cell's address (its r attribute) is whatever the file says: empty, digits first, letters only, absolute ($H$2),
/// lower case, past XFD1048576, or any text. Found by the workbook fuzzer (an address without digits threw
/// FormatException, one past int.MaxValue OverflowException). The reader must place such a cell as if it had no
/// address, and every finding must then name a cell a sheet can have.
/// </summary>
public sealed partial class CellReferenceFuzzTests
{
    private static readonly DateOnly Day = new(2026, 3, 31);
    private static readonly XNamespace S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly byte[] Exported = TaskSheetWriter.Write(SheetEdits.Plan, null, null, Day);

    /// <summary>The edge forms, then 400 random strings over the characters addresses are made of and those around them.</summary>
    private static HashSet<string> References()
    {
        var data = new HashSet<string>(StringComparer.Ordinal)
        {
            "", "0A", "A0", "H", "7", "$H$2", "h2", "H-1", "H 2", "H2:H3", "Nhiệm vụ!H2", "XFD1048576", "XFE2", "H1048577", "H2147483648",
            "H99999999999999999999", "ZZZZ2", "AAAAAAAAAAAAAAAAAAAAAAAAA2", "H02", "H+2", "H2.5", "Ｈ２", "H٢",
        };
        var random = new Random(20261203);
        const string pool = "AHMZXFDahz0129$-:. !٢";
        for (var i = 0; i < 400; i++)
        {
            data.Add(new string([.. Enumerable.Range(0, random.Next(1, 14)).Select(_ => pool[random.Next(pool.Length)])]));
        }

        return data;
    }

    [Fact]
    public void A_cell_with_any_address_is_read_and_every_finding_names_a_real_cell()
    {
        foreach (var reference in References())
        {
            ReadWithAddress(reference);
        }
    }

    private static void ReadWithAddress(string reference)
    {
        var workbook = ZipXml.Edit(Exported, WorkbookMutations.SheetPart, sheet =>
        {
            var row = sheet.Descendants(S + "row").Skip(1).First();
            var cell = row.Elements(S + "c").First(c => ((string?)c.Attribute("r"))?.StartsWith('H') == true);
            cell.RemoveAll();
            cell.SetAttributeValue("r", reference);
            cell.SetAttributeValue("t", "inlineStr");
            cell.Add(new XElement(S + "is", new XElement(S + "t", "Xong rồi")));
            return true;
        });

        var read = TaskSheetReader.Read(workbook, "nhiem-vu.xlsx", SheetEdits.Plan, Day);

        Assert.False(read.Unreadable, reference);
        Assert.NotEmpty(read.Findings);
        Assert.All(read.Findings.Select(f => (f.Cell, f.Diagnostic.Span.Line)).Where(f => f.Cell is not null), f =>
        {
            var cell = f.Cell!;
            Assert.True(A1().IsMatch(cell), $"address \"{reference}\": finding at \"{cell}\"");
            Assert.Equal(int.Parse(cell[TaskSheetReader.Letters(cell).Length..], System.Globalization.CultureInfo.InvariantCulture), f.Line);
        });
    }

    [GeneratedRegex("^[A-Z]{1,3}[1-9][0-9]{0,6}$")]
    private static partial Regex A1();
}
