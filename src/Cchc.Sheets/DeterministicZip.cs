using System.IO.Compression;

namespace Cchc.Sheets;

/// <summary>
/// Rewrites a zip so that equal content gives equal bytes: the entries in their order, each stamped 1980-01-01 00:00
/// (the earliest time a zip holds) instead of the time of writing, compressed the same way.
/// </summary>
internal static class DeterministicZip
{
    private static readonly DateTimeOffset Timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] zip)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = Timestamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
