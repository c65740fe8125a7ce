using System.IO.Compression;
using Cchc.Packaging;

namespace Cchc.Sheets;

/// <summary>
/// The .xlsx zip of a one-sheet workbook, written directly: the content types, the relationships and the workbook
/// part are the same for every export; only the worksheet changes. Equal content gives equal bytes.
/// </summary>
internal static class XlsxPackage
{
    public const string SheetPart = "xl/worksheets/sheet1.xml";
    private const string SheetRelationshipId = "rIdSheet1";
    private const string SheetContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private static readonly (string Name, byte[] Bytes)[] Fixed =
    [
        ("[Content_Types].xml", PackageZip.Utf8.GetBytes(PackageZip.Declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" />"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\" />"
            + Override("/xl/workbook.xml", "sheet.main+xml")
            + Override("/xl/styles.xml", "styles+xml")
            + Override("/" + SheetPart, "worksheet+xml")
            + "</Types>")),
        ("_rels/.rels", PackageZip.Relationships(("rIdWorkbook", PackageZip.RelationshipType + "officeDocument", "xl/workbook.xml"))),
        ("xl/workbook.xml", PackageZip.Utf8.GetBytes(Workbook())),
        ("xl/_rels/workbook.xml.rels", PackageZip.Relationships(
            ("rIdStyles", PackageZip.RelationshipType + "styles", "styles.xml"),
            (SheetRelationshipId, PackageZip.RelationshipType + "worksheet", "worksheets/sheet1.xml"))),
        ("xl/styles.xml", TaskSheetStyles.Part),
    ];

    /// <summary>The package bytes around <paramref name="worksheet"/> (the sheet1.xml part).</summary>
    public static byte[] Write(string worksheet)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            PackageZip.AddAll(zip, Fixed);
            using var stream = PackageZip.Entry(zip, SheetPart).Open();
            stream.Write(PackageZip.Utf8.GetBytes(worksheet));
        }

        return buffer.ToArray();
    }

    /// <summary>One sheet, and its first row repeated on every printed page.</summary>
    private static string Workbook()
    {
        var name = SheetXml.Escape(new(), SheetColumns.SheetName).ToString();
        return PackageZip.Declaration
            + "<workbook xmlns=\"" + SheetXml.Namespace + "\" xmlns:r=\"" + SheetXml.RelationshipsNamespace + "\">"
            + "<bookViews><workbookView activeTab=\"0\" /></bookViews>"
            + "<sheets><sheet name=\"" + name + "\" sheetId=\"1\" r:id=\"" + SheetRelationshipId + "\" /></sheets>"
            + "<definedNames><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'" + name + "'!$1:$1</definedName></definedNames>"
            + "</workbook>";
    }

    private static string Override(string part, string type) =>
        "<Override PartName=\"" + part + "\" ContentType=\"" + SheetContentType + type + "\" />";
}
