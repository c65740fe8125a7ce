using System.IO.Compression;

namespace Cchc.Docx;

/// <summary>
/// Rewrites a package so equal content gives equal bytes: entries in a fixed order ([Content_Types].xml,
/// the package relationships, the main document, then the rest by name), all stamped 1980-01-01 00:00, the
/// earliest time a zip can hold. The zip's "made by" field follows the OS, so bytes match per platform.
/// </summary>
internal static class DeterministicZip
{
    private static readonly DateTimeOffset Timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Repack(Stream package)
    {
        using var input = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var buffer = new MemoryStream();
        using (var output = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries.OrderBy(e => Rank(e.FullName)).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = output.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                copy.LastWriteTime = Timestamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return buffer.ToArray();
    }

    private static int Rank(string name) => name switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        "word/document.xml" => 2,
        _ => 3,
    };
}
