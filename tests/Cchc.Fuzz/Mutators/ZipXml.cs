using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Cchc.Fuzz.Mutators;

/// <summary>
/// Reads and rewrites the XML parts of a zip package (.docx, .xlsx) in memory. Text that XML cannot carry (lone
/// surrogates, C0 controls, U+FFFE) is written through <see cref="Raw"/> markers, replaced in the bytes after
/// serialisation: as raw (invalid) UTF-8 or as character references, the two ways a reader can meet them.
/// </summary>
public static class ZipXml
{
    private const char Open = '\uE000';
    private const char Close = '\uE001';

    /// <summary>The bytes that stand for each marker name.</summary>
    private static readonly Dictionary<string, byte[]> Bytes = new(StringComparer.Ordinal)
    {
        ["hi"] = [0xED, 0xA0, 0x80], // U+D800 encoded as UTF-8 (invalid)
        ["lo"] = [0xED, 0xBF, 0xBF], // U+DFFF
        ["hi-ref"] = Encoding.ASCII.GetBytes("&#xD800;"),
        ["lo-ref"] = Encoding.ASCII.GetBytes("&#xDC00;"),
        ["nul-ref"] = Encoding.ASCII.GetBytes("&#0;"),
        ["c1"] = [0x01],
        ["c1-ref"] = Encoding.ASCII.GetBytes("&#x1;"),
        ["esc"] = [0x1B],
        ["fffe"] = [0xEF, 0xBF, 0xBE],
        ["fffe-ref"] = Encoding.ASCII.GetBytes("&#xFFFE;"),
        ["bad-utf8"] = [0xC3, 0x28],
    };

    public static IReadOnlyList<string> RawNames { get; } = [.. Bytes.Keys];

    /// <summary>A marker for text XML cannot carry; see <see cref="RawNames"/>.</summary>
    public static string Raw(string name) => $"{Open}{name}{Close}";

    public static List<string> Names(byte[] zip)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
            return [.. archive.Entries.Select(e => e.FullName)];
        }
        catch (InvalidDataException)
        {
            return [];
        }
    }

    /// <summary>The part parsed, or null when the zip or the part is unreadable.</summary>
    public static XDocument? Read(byte[] zip, string part)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
            using var stream = archive.GetEntry(part)?.Open();
            return stream is null ? null : XDocument.Load(stream, LoadOptions.PreserveWhitespace);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException)
        {
            return null;
        }
    }

    /// <summary>Edits one XML part; the zip unchanged when it or the part is unreadable or the edit returns false.</summary>
    public static byte[] Edit(byte[] zip, string part, Func<XDocument, bool> edit)
    {
        if (Read(zip, part) is not { } doc || !edit(doc))
        {
            return zip;
        }

        try
        {
            return Replace(zip, part, Serialise(doc));
        }
        catch (ArgumentException)
        {
            return zip; // an edit XmlWriter refuses to write (an xml:space of "abc"): the mutant is the input unchanged
        }
    }

    /// <summary>The zip with its entries rewritten: <paramref name="map"/> gives an entry's new bytes, or null to drop it.</summary>
    public static byte[] Rewrite(byte[] zip, Func<string, byte[], byte[]?> map, IEnumerable<(string Name, byte[] Bytes)>? added = null)
    {
        try
        {
            using var input = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
            using var output = new MemoryStream();
            using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var entry in input.Entries)
                {
                    using var source = new MemoryStream();
                    using (var s = entry.Open())
                    {
                        s.CopyTo(source);
                    }

                    if (map(entry.FullName, source.ToArray()) is { } bytes)
                    {
                        Write(archive, entry.FullName, bytes);
                    }
                }

                foreach (var (name, bytes) in added ?? [])
                {
                    Write(archive, name, bytes);
                }
            }

            return output.ToArray();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return zip;
        }
    }

    public static byte[] Replace(byte[] zip, string part, byte[] bytes) => Rewrite(zip, (name, old) => name == part ? bytes : old);

    /// <summary>UTF-8 without checking characters, the markers then replaced by their bytes.</summary>
    public static byte[] Serialise(XDocument doc)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CheckCharacters = false }))
        {
            doc.Save(writer);
        }

        return Materialise(buffer.ToArray());
    }

    private static byte[] Materialise(byte[] xml)
    {
        var open = Encoding.UTF8.GetBytes(Open.ToString());
        if (xml.AsSpan().IndexOf(open) < 0)
        {
            return xml;
        }

        var close = Encoding.UTF8.GetBytes(Close.ToString());
        var result = new List<byte>(xml.Length);
        var span = xml.AsSpan();
        while (span.IndexOf(open) is var at and >= 0)
        {
            result.AddRange(span[..at]);
            span = span[(at + open.Length)..];
            var end = span.IndexOf(close);
            var name = Encoding.UTF8.GetString(span[..Math.Max(0, end)]);
            result.AddRange(Bytes.TryGetValue(name, out var raw) ? raw : []);
            span = end < 0 ? [] : span[(end + close.Length)..];
        }

        result.AddRange(span);
        return [.. result];
    }

    private static void Write(ZipArchive archive, string name, byte[] bytes)
    {
        using var s = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
        s.Write(bytes);
    }
}
