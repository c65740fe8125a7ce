using System.IO.Compression;
using System.Xml.Linq;

namespace Cchc.Tests.Build.Layout;

/// <summary>A built .docx read as XML for the layout checklist: body, sections, styles, settings, headers.</summary>
internal sealed class LayoutDocx
{
    private static readonly XNamespace W = StyleResolver.W;
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly Dictionary<string, XDocument> _parts;

    public LayoutDocx(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        _parts = zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal))
            .ToDictionary(e => e.FullName, e =>
            {
                using var stream = e.Open();
                return XDocument.Load(stream);
            }, StringComparer.Ordinal);
        Styles = new StyleResolver(_parts["word/styles.xml"]);
        Body = _parts["word/document.xml"].Root!.Element(W + "body")!;
    }

    public XElement Body { get; }

    public StyleResolver Styles { get; }

    public XDocument Settings => _parts["word/settings.xml"];

    /// <summary>The body's top-level elements split into sections, each with its sectPr.</summary>
    public IReadOnlyList<(List<XElement> Elements, XElement SectPr)> Sections()
    {
        var sections = new List<(List<XElement>, XElement)>();
        var current = new List<XElement>();
        foreach (var element in Body.Elements())
        {
            if (element.Name == W + "sectPr")
            {
                sections.Add((current, element));
                current = [];
                continue;
            }

            current.Add(element);
            if (element.Element(W + "pPr")?.Element(W + "sectPr") is { } inner)
            {
                sections.Add((current, inner));
                current = [];
            }
        }

        return sections;
    }

    /// <summary>The header part a sectPr refers to for <paramref name="type"/> ("default", "first"), or null.</summary>
    public XElement? Header(XElement sectPr, string type)
    {
        var reference = sectPr.Elements(W + "headerReference").FirstOrDefault(h => (string?)h.Attribute(W + "type") == type);
        if (reference is null)
        {
            return null;
        }

        var id = (string)reference.Attribute(R + "id")!;
        var target = _parts["word/_rels/document.xml.rels"].Root!.Elements(Rel + "Relationship")
            .Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!.Value;
        return _parts[target.StartsWith('/') ? target[1..] : "word/" + target].Root;
    }

    public static IEnumerable<XElement> Paragraphs(IEnumerable<XElement> elements) =>
        elements.Where(e => e.Name == W + "p");

    public static IEnumerable<XElement> Tables(IEnumerable<XElement> elements) =>
        elements.Where(e => e.Name == W + "tbl");

    /// <summary>The paragraphs of a table cell.</summary>
    public static List<XElement> CellParagraphs(XElement table, int row, int column) =>
        [.. table.Elements(W + "tr").ElementAt(row).Elements(W + "tc").ElementAt(column).Elements(W + "p")];
}
