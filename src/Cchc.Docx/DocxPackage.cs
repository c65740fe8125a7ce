using System.IO.Compression;
using Cchc.Packaging;

namespace Cchc.Docx;

/// <summary>
/// The .docx zip, written directly: its parts other than document.xml and the core properties are the same
/// for every document, so they are made once. Equal content gives equal bytes: entries in a fixed order, all stamped 1980-01-01 00:00
/// (the earliest time a zip can hold). The zip's "made by" field follows the OS, so bytes match per platform.
/// </summary>
internal static class DocxPackage
{
    public const string DocumentPart = "word/document.xml";
    public const string Declaration = PackageZip.Declaration;
    private const string RelationshipType = PackageZip.RelationshipType;
    private const string WordContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static readonly System.Text.UTF8Encoding Utf8 = PackageZip.Utf8;

    /// <summary>
    /// Characters the document.xml writer buffers: its char and byte buffers stay under the large-object heap's
    /// 85,000 bytes, so a batch of small plans does not allocate (and zero) two large objects per document.
    /// </summary>
    private const int WriterBuffer = 1 << 14;

    private static readonly (string Name, byte[] Bytes)[] Before =
    [
        ("[Content_Types].xml", Utf8.GetBytes(Declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" />"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\" />"
            + Override("/" + DocumentPart, "document.main+xml")
            + Override("/word/styles.xml", "styles+xml")
            + Override("/word/settings.xml", "settings+xml")
            + Override("/word/header1.xml", "header+xml")
            + Override("/word/header2.xml", "header+xml")
            + "<Override PartName=\"/" + PropertyParts.CorePart + "\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\" />"
            + "<Override PartName=\"/" + PropertyParts.AppPart + "\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\" />"
            + "</Types>")),
        ("_rels/.rels", PackageZip.Relationships(
            ("rIdMain", RelationshipType + "officeDocument", DocumentPart),
            ("rIdCore", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", PropertyParts.CorePart),
            ("rIdApp", RelationshipType + "extended-properties", PropertyParts.AppPart))),
    ];

    private static readonly byte[] AppBytes = Utf8.GetBytes(PropertyParts.App());

    private static readonly (string Name, byte[] Bytes)[] After =
    [
        ("word/_rels/document.xml.rels", PackageZip.Relationships(
            ("rIdStyles", RelationshipType + "styles", "styles.xml"),
            ("rIdSettings", RelationshipType + "settings", "settings.xml"),
            (SectionProperties.PageHeaderId, RelationshipType + "header", "header1.xml"),
            (SectionProperties.FirstHeaderId, RelationshipType + "header", "header2.xml"))),
        ("word/header1.xml", Utf8.GetBytes(SectionProperties.PageNumberHeader())),
        ("word/header2.xml", Utf8.GetBytes(SectionProperties.EmptyHeader())),
        ("word/settings.xml", Utf8.GetBytes(Declaration
            + "<w:settings xmlns:w=\"" + WordXml.Namespace + "\"><w:defaultTabStop w:val=\"720\" />"
            + "<w:characterSpacingControl w:val=\"doNotCompress\" /><w:compat><w:compatSetting w:name=\"compatibilityMode\" "
            + "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\" /></w:compat></w:settings>")),
        ("word/styles.xml", StyleSheet.Default.PartBytes),
    ];

    /// <summary>
    /// Writes the package to <paramref name="output"/>, with document.xml from <paramref name="writeDocument"/>
    /// and the core properties of <paramref name="properties"/>.
    /// </summary>
    public static void Write(Stream output, Model.Documents.DocumentProperties? properties, Action<TextWriter> writeDocument)
    {
        // Buffered, so the zip has the same layout whatever the stream (a non-seekable one gets data descriptors).
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            PackageZip.AddAll(zip, Before);
            using (var stream = PackageZip.Entry(zip, DocumentPart).Open())
            using (var writer = new StreamWriter(stream, Utf8, WriterBuffer))
            {
                writeDocument(writer);
            }

            PackageZip.AddAll(zip, [(PropertyParts.AppPart, AppBytes), (PropertyParts.CorePart, Utf8.GetBytes(PropertyParts.Core(properties)))]);
            PackageZip.AddAll(zip, After);
        }

        output.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string Override(string part, string type) =>
        "<Override PartName=\"" + part + "\" ContentType=\"" + WordContentType + type + "\" />";
}
