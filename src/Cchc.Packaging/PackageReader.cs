using System.IO.Compression;
using System.Xml;

namespace Cchc.Packaging;

/// <summary>Caps checked while reading a package, never trusted from the zip's own size fields alone.</summary>
public sealed record PackageLimits(long MaxPartBytes, long MaxTotalBytes, int MaxEntries);

/// <summary>
/// An OOXML zip opened for reading: relationships resolved inside the package only (external targets are listed,
/// never opened), parts opened through the size caps with a safe XmlReader. Throws <see cref="PackageException"/>.
/// </summary>
public sealed class PackageReader : IDisposable
{
    private readonly ZipArchive zip;
    private readonly Dictionary<string, ZipArchiveEntry> entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly PackageLimits limits;
    private readonly ByteBudget budget;

    public PackageReader(Stream stream, PackageLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        this.limits = limits;
        budget = new ByteBudget(limits.MaxTotalBytes);
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > limits.MaxEntries)
            {
                throw new PackageException(PackageFault.TooManyEntries, null, limits.MaxEntries);
            }

            foreach (var e in zip.Entries)
            {
                entries.TryAdd(e.FullName.TrimStart('/'), e);
            }
        }
        catch (InvalidDataException)
        {
            throw new PackageException(PackageFault.Corrupt, null);
        }
    }

    /// <summary>External relationships met so far: the part, the type and the target.</summary>
    public List<(string Part, string Type, string Target)> External { get; } = [];

    public bool Has(string part) => entries.ContainsKey(part);

    /// <summary>The internal relationships of <paramref name="part"/> ("" for the package): id, type and the resolved part name.</summary>
    public List<(string Id, string Type, string Target)> Relationships(string part)
    {
        var dir = PartNames.Folder(part);
        var relsPart = PartNames.RelationshipsOf(part);
        var result = new List<(string, string, string)>();
        if (!Has(relsPart))
        {
            return result;
        }

        Read(relsPart, r =>
        {
            while (r.Read())
            {
                if (r.NodeType != XmlNodeType.Element || r.LocalName != "Relationship")
                {
                    continue;
                }

                var id = r.GetAttribute("Id");
                var type = r.GetAttribute("Type") ?? "";
                var target = r.GetAttribute("Target");
                if (id is null || target is null)
                {
                    continue;
                }

                if (r.GetAttribute("TargetMode") == "External")
                {
                    External.Add((part, type, target));
                }
                else if (PartNames.Resolve(dir, target) is { } resolved)
                {
                    result.Add((id, type, resolved));
                }
            }
        });
        return result;
    }

    /// <summary>The first internal relationship of <paramref name="part"/> whose type ends with "/<paramref name="typeName"/>".</summary>
    public string? Related(string part, string typeName) =>
        Relationships(part).FirstOrDefault(r => r.Type.EndsWith("/" + typeName, StringComparison.Ordinal)).Target;

    /// <summary>Reads a part with <paramref name="read"/>, turning XML and zip faults into <see cref="PackageException"/>.</summary>
    public void Read(string part, Action<XmlReader> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var reader = OpenXml(part);
        try
        {
            read(reader);
        }
        catch (XmlException ex)
        {
            throw new PackageException(PackageFault.Malformed, part, 0, ex.LineNumber, ex.LinePosition);
        }
        catch (InvalidDataException)
        {
            throw new PackageException(PackageFault.Corrupt, part);
        }
    }

    /// <summary>An XmlReader over a part: no DTD, no entity expansion, no resolver, and the part's bytes capped.</summary>
    public XmlReader OpenXml(string part)
    {
        var entry = entries[part];
        if (entry.Length > limits.MaxPartBytes)
        {
            throw new PackageException(PackageFault.PartTooLarge, part, limits.MaxPartBytes);
        }

        try
        {
            return XmlReader.Create(new CappedStream(entry.Open(), part, limits.MaxPartBytes, budget), SafeXml.ReaderSettings);
        }
        catch (InvalidDataException)
        {
            throw new PackageException(PackageFault.Corrupt, part);
        }
    }

    public void Dispose() => zip?.Dispose();
}
