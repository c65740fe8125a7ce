using System.Xml;
using System.Xml.Linq;
using Cchc.Model;

namespace Cchc.Word;

/// <summary>What reading a .docx gave: the document, or none and the diagnostic that says why.</summary>
public sealed record WordReadResult(WordDocument? Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Reads a .docx into <see cref="WordDocument"/> with System.IO.Compression and XmlReader: no Open XML SDK, no
/// reflection, nothing in the file executed, expanded or fetched. An unreadable file gives one E301–E307
/// diagnostic (the "không đọc được" class, exit code 2) and no document; it never throws for bad input.
/// </summary>
public static class WordReader
{
    private const string HeaderType = "/header";
    private const string FooterType = "/footer";

    public static WordReadResult Read(string path, WordReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        limits ??= WordReaderLimits.Default;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return Read(stream, path, limits);
        }
        catch (FileNotFoundException)
        {
            return Fail(DiagnosticCatalog.E201, path, $"Không tìm thấy tệp \"{path}\".", $"File \"{path}\" not found.");
        }
        catch (DirectoryNotFoundException)
        {
            return Fail(DiagnosticCatalog.E201, path, $"Không tìm thấy tệp \"{path}\".", $"File \"{path}\" not found.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(DiagnosticCatalog.E203, path, $"Không đọc được tệp \"{path}\" (bị khóa hoặc không có quyền đọc).",
                $"Cannot read \"{path}\" (locked or not readable).");
        }
    }

    /// <param name="name">The file name diagnostics show.</param>
    public static WordReadResult Read(Stream stream, string name, WordReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        limits ??= WordReaderLimits.Default;
        try
        {
            return new WordReadResult(ReadPackage(Seekable(stream, limits), limits), []);
        }
        catch (InvalidDataException ex)
        {
            return Fail(WordPackage.Corrupt(null, ex), name);
        }
        catch (WordReadException ex)
        {
            return Fail(ex, name);
        }
        catch (Packaging.PackageException ex)
        {
            return Fail(WordPackage.TooLarge(ex), name); // the caps are the only package faults raised while a part streams
        }
    }

    private static WordReadResult Fail(WordReadException ex, string name)
    {
        {
            var file = ex.Part is null ? name : name + "!" + ex.Part;
            var span = ex.Line > 0 ? SourceSpan.At(file, ex.Line, ex.Column) : SourceSpan.None(file);
            return new WordReadResult(null, [ex.Code.At(span, ex.Vi, ex.En)]);
        }
    }

    private static WordReadResult Fail(DiagnosticCode code, string file, string vi, string en) =>
        new(null, [code.At(SourceSpan.None(file), vi, en)]);

    /// <summary>The file's bytes (capped): checked for what it really is before the zip is opened.</summary>
    private static MemoryStream Seekable(Stream stream, WordReaderLimits limits)
    {
        if (stream.CanSeek && stream.Length - stream.Position > limits.MaxFileBytes)
        {
            throw FileTooLarge(limits);
        }

        var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > limits.MaxFileBytes)
            {
                throw FileTooLarge(limits);
            }
        }

        FileSignature.Check(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), "");
        buffer.Position = 0;
        return buffer;
    }

    private static WordReadException FileTooLarge(WordReaderLimits limits) => new(DiagnosticCatalog.E305,
        $"Tệp lớn hơn {limits.MaxFileBytes / (1024 * 1024)} MB: quá lớn cho một văn bản kế hoạch.",
        $"The file is larger than {limits.MaxFileBytes / (1024 * 1024)} MB: too large for a plan document.");

    private static WordDocument ReadPackage(MemoryStream bytes, WordReaderLimits limits)
    {
        using var package = new WordPackage(bytes, limits);
        var main = package.MainPart();
        var rels = package.Relationships(main);
        string? Target(string typeSuffix) => rels.FirstOrDefault(x => x.Type.EndsWith(typeSuffix, StringComparison.Ordinal)).Target;

        var theme = ThemeFonts.From(Load(package, Target("/theme")));
        var styles = WordStyles.From(Load(package, Target("/styles")), theme);
        var numbering = WordNumbering.From(Load(package, Target("/numbering")), styles, theme);

        var body = ReadPart(package, main, WordPosition.Body, "document", styles, theme, numbering, limits, isBody: true);
        var byId = rels.ToDictionary(x => x.Id, x => x, StringComparer.Ordinal);
        var sections = new List<WordSection>();
        var start = 0;
        foreach (var (sectPr, end) in body.SectionEnds)
        {
            sections.Add(Section(sectPr, sections.Count, start, end - start, byId));
            start = end;
        }

        var parts = new List<WordHeaderFooter>();
        foreach (var reference in sections.SelectMany(s => s.Headers.Concat(s.Footers)).Select(h => h.PartName).Distinct(StringComparer.Ordinal))
        {
            var isHeader = rels.Any(x => x.Target == reference && x.Type.EndsWith(HeaderType, StringComparison.Ordinal));
            if (!package.Has(reference))
            {
                continue;
            }

            var part = ReadPart(package, reference, reference, isHeader ? "hdr" : "ftr", styles, theme, numbering, limits, isBody: false);
            parts.Add(new WordHeaderFooter(reference, isHeader ? HeaderFooterKind.Header : HeaderFooterKind.Footer, part.Blocks));
        }

        return new WordDocument(body.Blocks, sections, parts) { ExternalRelationships = package.External };
    }

    private static XDocument? Load(WordPackage package, string? part) => part is null ? null : package.LoadIfPresent(part);

    private static PartReader ReadPart(WordPackage package, string part, string displayPart, string root, WordStyles styles, ThemeFonts theme,
        WordNumbering numbering, WordReaderLimits limits, bool isBody)
    {
        using var reader = package.OpenXml(part);
        try
        {
            return PartReader.Read(reader, part, displayPart, root, styles, theme, numbering, limits.MaxDepth, isBody);
        }
        catch (XmlException ex)
        {
            throw WordPackage.Malformed(part, ex);
        }
        catch (InvalidDataException ex)
        {
            throw WordPackage.Corrupt(part, ex);
        }
    }

    private static WordSection Section(XElement? sectPr, int index, int first, int count, Dictionary<string, (string Id, string Type, string Target)> rels)
    {
        // Without w:pgSz Word uses US Letter; documents from Vietnamese offices set A4.
        var pgSz = sectPr.W1("pgSz");
        var width = pgSz.Int("w") ?? 12240;
        var height = pgSz.Int("h") ?? 15840;
        var orientation = width > height || (width == height && pgSz.Attr("orient") == "landscape") ? PageOrientation.Landscape : PageOrientation.Portrait;
        var m = sectPr.W1("pgMar");
        List<HeaderFooterRef> Refs(string name, string typeSuffix) =>
        [
            .. sectPr.W(name)
                .Select(h => (Type: h.Attr("type") ?? "default", Id: h.RAttr("id")))
                .Where(h => h.Id is not null && rels.TryGetValue(h.Id, out var rel) && rel.Type.EndsWith(typeSuffix, StringComparison.Ordinal))
                .Select(h => new HeaderFooterRef(h.Type, rels[h.Id!].Target)),
        ];
        return new WordSection(index, first, count)
        {
            PageWidth = width,
            PageHeight = height,
            Orientation = orientation,
            Margins = m is null ? null : new PageMargins(m.Int("top") ?? 0, m.Int("right") ?? 0, m.Int("bottom") ?? 0, m.Int("left") ?? 0,
                m.Int("header") ?? 0, m.Int("footer") ?? 0, m.Int("gutter") ?? 0),
            BreakType = sectPr.W1("type").Val() ?? "nextPage",
            TitlePage = sectPr.W1("titlePg").OnOff() ?? false,
            PageNumberStart = sectPr.W1("pgNumType").Int("start"),
            Headers = Refs("headerReference", HeaderType),
            Footers = Refs("footerReference", FooterType),
        };
    }
}
