using System.IO.Compression;

// cchc-floor PLAN.yaml PARTS.zip OUT_DIR
// Starts, reads the plan's bytes, and writes the same .docx files cchc wrote for it, part for part, with the same
// compression and through a temporary file renamed into place, as cchc does. PARTS.zip holds those parts
// uncompressed ("ke-hoach.docx/word/document.xml", …), made once from cchc's own output by bench/run.sh.
// Everything cchc does beyond this (parse, validate, compose, lay out) is its cost over the floor.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: cchc-floor PLAN.yaml PARTS.zip OUT_DIR");
    return 2;
}

var plan = File.ReadAllBytes(args[0]);
var checksum = 0;
foreach (var b in plan)
{
    checksum += b;
}

var stamp = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
using var parts = ZipFile.OpenRead(args[1]);
foreach (var document in parts.Entries.GroupBy(e => e.FullName[..e.FullName.IndexOf('/')]))
{
    var path = Path.Combine(args[2], document.Key);
    var temp = path + "." + Environment.ProcessId + ".tmp";
    using (var buffer = new MemoryStream())
    {
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in document)
            {
                var level = part.Length < 2048 ? CompressionLevel.NoCompression : CompressionLevel.Fastest;
                var entry = zip.CreateEntry(part.FullName[(document.Key.Length + 1)..], level);
                entry.LastWriteTime = stamp;
                using var source = part.Open();
                using var target = entry.Open();
                source.CopyTo(target);
            }
        }

        File.WriteAllBytes(temp, buffer.ToArray());
    }

    File.Move(temp, path, overwrite: true);
}

return checksum == int.MinValue ? 1 : 0;
