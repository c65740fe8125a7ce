using System.IO.Compression;
using System.Text;

namespace Cchc.Packaging;

/// <summary>
/// Writes the parts of an OOXML zip so that equal content gives equal bytes: entries in the order given, all stamped
/// 1980-01-01 00:00 (the earliest time a zip can hold). The zip's "made by" field follows the OS, so bytes match per platform.
/// </summary>
public static class PackageZip
{
    public const string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";
    public const string RelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const int StoredBelow = 2048;
    private static readonly DateTimeOffset Timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static UTF8Encoding Utf8 { get; } = new(false);

    public static void AddAll(ZipArchive zip, IEnumerable<(string Name, byte[] Bytes)> parts)
    {
        foreach (var (name, bytes) in parts)
        {
            // Setting up a deflater costs more than it saves on a part of a few hundred bytes.
            using var stream = Entry(zip, name, bytes.Length < StoredBelow ? CompressionLevel.NoCompression : CompressionLevel.Fastest).Open();
            stream.Write(bytes);
        }
    }

    public static ZipArchiveEntry Entry(ZipArchive zip, string name, CompressionLevel level = CompressionLevel.Fastest)
    {
        ArgumentNullException.ThrowIfNull(zip);
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = Timestamp;
        return entry;
    }

    /// <summary>A relationships part; <c>Type</c> is a full relationship type URI.</summary>
    public static byte[] Relationships(params (string Id, string Type, string Target)[] relationships)
    {
        ArgumentNullException.ThrowIfNull(relationships);
        var xml = new StringBuilder(Declaration).Append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        foreach (var (id, type, target) in relationships)
        {
            xml.Append("<Relationship Id=\"").Append(id).Append("\" Type=\"").Append(type)
                .Append("\" Target=\"").Append(target).Append("\" />");
        }

        return Utf8.GetBytes(xml.Append("</Relationships>").ToString());
    }
}
