using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using Cchc.Model;

namespace Cchc.Word;

/// <summary>
/// The zip package: finds the main document through _rels/.rels, resolves relationships inside the package only
/// (external targets are listed, never opened) and opens parts through the size caps with a safe XmlReader.
/// </summary>
internal sealed class WordPackage : IDisposable
{
    private const string OfficeDocument = "/officeDocument";
    private readonly ZipArchive zip;
    private readonly Dictionary<string, ZipArchiveEntry> entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly WordReaderLimits limits;
    private readonly ByteBudget budget;

    public WordPackage(Stream stream, WordReaderLimits limits)
    {
        this.limits = limits;
        budget = new ByteBudget(limits.MaxTotalBytes);
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > limits.MaxEntries)
            {
                throw new WordReadException(DiagnosticCatalog.E305,
                    $"Tệp nén có {zip.Entries.Count} phần, quá {limits.MaxEntries}: không phải một văn bản bình thường.",
                    $"The package has {zip.Entries.Count} entries, more than {limits.MaxEntries}: not an ordinary document.");
            }

            foreach (var e in zip.Entries)
            {
                entries.TryAdd(e.FullName.TrimStart('/'), e);
            }
        }
        catch (InvalidDataException ex)
        {
            throw Corrupt(null, ex);
        }
    }

    public List<ExternalRelationship> External { get; } = [];

    /// <summary>The main document part's name, or an E301/E303 when the package holds no Word document.</summary>
    public string MainPart()
    {
        var main = Relationships("").FirstOrDefault(r => r.Type.EndsWith(OfficeDocument, StringComparison.Ordinal)).Target;
        if (main is null)
        {
            if (Has("mimetype") || Has("content.xml"))
            {
                throw new WordReadException(DiagnosticCatalog.E301,
                    "Đây là tệp OpenDocument (.odt) mang đuôi .docx. Hãy chuyển sang .docx: soffice --headless --convert-to docx TỆP.odt",
                    "This is an OpenDocument file (.odt) named .docx. Convert it: soffice --headless --convert-to docx FILE.odt");
            }

            main = "word/document.xml";
        }

        if (!Has(main))
        {
            throw new WordReadException(DiagnosticCatalog.E303,
                $"Tệp nén không có phần văn bản chính \"{main}\": tệp .docx bị hỏng hoặc không phải văn bản Word.",
                $"The package has no main document part \"{main}\": the .docx is damaged or not a Word document.");
        }

        return main;
    }

    public bool Has(string part) => entries.ContainsKey(part);

    /// <summary>The internal relationships of <paramref name="part"/> ("" for the package): id, type and the resolved part name.</summary>
    public List<(string Id, string Type, string Target)> Relationships(string part)
    {
        var dir = part.Contains('/', StringComparison.Ordinal) ? part[..(part.LastIndexOf('/') + 1)] : "";
        var relsPart = dir + "_rels/" + part[(part.LastIndexOf('/') + 1)..] + ".rels";
        var result = new List<(string, string, string)>();
        var doc = LoadIfPresent(relsPart);
        foreach (var rel in doc?.Root?.Elements().Where(e => e.Name.LocalName == "Relationship") ?? [])
        {
            var id = rel.Attribute("Id")?.Value;
            var type = rel.Attribute("Type")?.Value ?? "";
            var target = rel.Attribute("Target")?.Value;
            if (id is null || target is null)
            {
                continue;
            }

            if (rel.Attribute("TargetMode")?.Value == "External")
            {
                External.Add(new ExternalRelationship(part, type, target));
                continue;
            }

            if (Resolve(dir, target) is { } resolved)
            {
                result.Add((id, type, resolved));
            }
        }

        return result;
    }

    public XDocument? LoadIfPresent(string part)
    {
        if (!Has(part))
        {
            return null;
        }

        using var reader = OpenXml(part);
        try
        {
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException ex)
        {
            throw Malformed(part, ex);
        }
        catch (InvalidDataException ex)
        {
            throw Corrupt(part, ex);
        }
    }

    /// <summary>An XmlReader over a part: no DTD, no entity expansion, no resolver, and the part's bytes capped.</summary>
    public XmlReader OpenXml(string part)
    {
        var entry = entries[part];
        if (entry.Length > limits.MaxPartBytes)
        {
            throw CappedStream.TooLarge(part, limits.MaxPartBytes);
        }

        try
        {
            return XmlReader.Create(new CappedStream(entry.Open(), part, limits.MaxPartBytes, budget), Settings);
        }
        catch (InvalidDataException ex)
        {
            throw Corrupt(part, ex);
        }
    }

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static WordReadException Malformed(string part, XmlException ex) => new(DiagnosticCatalog.E306,
        $"Phần \"{part}\" không phải XML hợp lệ (dòng {ex.LineNumber}, cột {ex.LinePosition}); khai báo DTD và thực thể bị cấm. Tệp .docx bị hỏng.",
        $"Part \"{part}\" is not well-formed XML (line {ex.LineNumber}, column {ex.LinePosition}); DTDs and entities are not allowed. The .docx is damaged.",
        part, ex.LineNumber, ex.LinePosition);

    public static WordReadException Corrupt(string? part, Exception ex)
    {
        _ = ex;
        var where = part is null ? "" : $" (phần \"{part}\")";
        var whereEn = part is null ? "" : $" (part \"{part}\")";
        return new WordReadException(DiagnosticCatalog.E302,
            $"Tệp nén .docx bị hỏng hoặc bị cắt cụt{where}. Hãy lấy lại bản gốc, hoặc mở bằng Word để sửa rồi lưu lại.",
            $"The .docx zip package is damaged or truncated{whereEn}. Get the original again, or open and repair it in Word and save.",
            part);
    }

    /// <summary>A target inside the package, relative to <paramref name="dir"/>; null when it leaves the package.</summary>
    private static string? Resolve(string dir, string target)
    {
        var path = target.StartsWith('/') ? target[1..] : dir + target;
        var parts = new List<string>();
        foreach (var segment in Uri.UnescapeDataString(path).Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(segment);
        }

        return string.Join('/', parts);
    }

    public void Dispose() => zip?.Dispose();
}
