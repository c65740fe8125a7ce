using System.IO.Compression;
using System.Text;

namespace Cchc.Docx;

/// <summary>
/// The .docx zip, written directly: its parts other than document.xml and the core properties are the same
/// for every document, so they are made once. Equal content gives equal bytes: entries in a fixed order, all stamped 1980-01-01 00:00
/// (the earliest time a zip can hold). The zip's "made by" field follows the OS, so bytes match per platform.
/// </summary>
internal static class DocxPackage
{
    public const string DocumentPart = "word/document.xml";
    public const string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";
    private const string RelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string WordContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private const int StoredBelow = 2048;

    /// <summary>
    /// Characters the document.xml writer buffers: its char and byte buffers stay under the large-object heap's
    /// 85,000 bytes, so a batch of small plans does not allocate (and zero) two large objects per document.
    /// </summary>
    private const int WriterBuffer = 1 << 14;
    private static readonly DateTimeOffset Timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly UTF8Encoding Utf8 = new(false);

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
        ("_rels/.rels", Relationships(
            ("rIdMain", RelationshipType + "officeDocument", DocumentPart),
            ("rIdCore", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", PropertyParts.CorePart),
            ("rIdApp", RelationshipType + "extended-properties", PropertyParts.AppPart))),
    ];

    private static readonly byte[] AppBytes = Utf8.GetBytes(PropertyParts.App());

    private static readonly (string Name, byte[] Bytes)[] After =
    [
        ("word/_rels/document.xml.rels", Relationships(
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
            AddAll(zip, Before);
            using (var stream = Entry(zip, DocumentPart).Open())
            using (var writer = new StreamWriter(stream, Utf8, WriterBuffer))
            {
                writeDocument(writer);
            }

            AddAll(zip, [(PropertyParts.AppPart, AppBytes), (PropertyParts.CorePart, Utf8.GetBytes(PropertyParts.Core(properties)))]);
            AddAll(zip, After);
        }

        output.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void AddAll(ZipArchive zip, (string Name, byte[] Bytes)[] parts)
    {
        foreach (var (name, bytes) in parts)
        {
            // Setting up a deflater costs more than it saves on a part of a few hundred bytes.
            using var stream = Entry(zip, name, bytes.Length < StoredBelow ? CompressionLevel.NoCompression : CompressionLevel.Fastest).Open();
            stream.Write(bytes);
        }
    }

    private static ZipArchiveEntry Entry(ZipArchive zip, string name, CompressionLevel level = CompressionLevel.Fastest)
    {
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = Timestamp;
        return entry;
    }

    private static string Override(string part, string type) =>
        "<Override PartName=\"" + part + "\" ContentType=\"" + WordContentType + type + "\" />";

    private static byte[] Relationships(params (string Id, string Type, string Target)[] relationships)
    {
        var xml = new StringBuilder(Declaration).Append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        foreach (var (id, type, target) in relationships)
        {
            xml.Append("<Relationship Id=\"").Append(id).Append("\" Type=\"").Append(type)
                .Append("\" Target=\"").Append(target).Append("\" />");
        }

        return Utf8.GetBytes(xml.Append("</Relationships>").ToString());
    }
}
