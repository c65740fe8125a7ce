using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using Cchc.Model;
using Cchc.Packaging;

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

    /// <summary>The internal relationships of <paramref name="part"/> ("" for the package): id, type and the resolved part name.
    /// Ids are unique: of two relationships with one id (a damaged package), the first is kept.</summary>
    public List<(string Id, string Type, string Target)> Relationships(string part)
    {
        var dir = PartNames.Folder(part);
        var relsPart = PartNames.RelationshipsOf(part);
        var result = new List<(string, string, string)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var doc = LoadIfPresent(relsPart);
        foreach (var rel in doc?.Root?.Elements().Where(e => e.Name.LocalName == "Relationship") ?? [])
        {
            var id = rel.Attribute("Id")?.Value;
            var type = rel.Attribute("Type")?.Value ?? "";
            var target = rel.Attribute("Target")?.Value;
            if (id is null || target is null || !ids.Add(id))
            {
                continue;
            }

            if (rel.Attribute("TargetMode")?.Value == "External")
            {
                External.Add(new ExternalRelationship(part, type, target));
                continue;
            }

            if (PartNames.Resolve(dir, target) is { } resolved)
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
            throw TooLarge(new PackageException(PackageFault.PartTooLarge, part, limits.MaxPartBytes));
        }

        try
        {
            return XmlReader.Create(new CappedStream(entry.Open(), part, limits.MaxPartBytes, budget), SafeXml.ReaderSettings);
        }
        catch (InvalidDataException ex)
        {
            throw Corrupt(part, ex);
        }
    }

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

    /// <summary>A part, or all parts together, decompressing past its cap (<see cref="CappedStream"/>), in the reader's words.</summary>
    public static WordReadException TooLarge(PackageException ex) => ex.Fault == PackageFault.TotalTooLarge
        ? new(DiagnosticCatalog.E305,
            $"Các phần của tệp giải nén ra hơn {ex.Limit / (1024 * 1024)} MB tổng cộng (đến phần \"{ex.Part}\"): quá lớn cho một văn bản (có thể là \"bom zip\").",
            $"The file's parts decompress to more than {ex.Limit / (1024 * 1024)} MB in all (at part \"{ex.Part}\"): too large for a document (possibly a zip bomb).",
            ex.Part)
        : new(DiagnosticCatalog.E305,
            $"Phần \"{ex.Part}\" của tệp giải nén ra hơn {ex.Limit / (1024 * 1024)} MB: quá lớn cho một văn bản (có thể là \"bom zip\"); cchc không đọc tiếp.",
            $"Part \"{ex.Part}\" decompresses to more than {ex.Limit / (1024 * 1024)} MB: too large for a document (possibly a zip bomb); cchc stops reading.",
            ex.Part);

    public void Dispose() => zip?.Dispose();
}
