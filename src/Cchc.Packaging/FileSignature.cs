using System.Text;

namespace Cchc.Packaging;

/// <summary>
/// What a file's first bytes say it is: an OOXML zip, or an OLE compound file (a Word 97–2003 .doc, an Excel
/// 97–2003 .xls, or any encrypted OOXML file). OLE stream names are stored as UTF-16LE in the file's directory.
/// </summary>
public static class FileSignature
{
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static bool IsZip(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] is 3 or 5 or 7 && bytes[3] is 4 or 6 or 8;

    public static bool IsOle(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Ole);

    /// <summary>Whether an OLE file holds a stream of this name ("EncryptedPackage", "WordDocument", "Workbook").</summary>
    public static bool HasOleStream(ReadOnlySpan<byte> bytes, string name) => bytes.IndexOf(Encoding.Unicode.GetBytes(name)) >= 0;
}
