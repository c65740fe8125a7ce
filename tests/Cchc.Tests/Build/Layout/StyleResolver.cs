using System.Globalization;
using System.Xml.Linq;

namespace Cchc.Tests.Build.Layout;

/// <summary>
/// Effective paragraph and run properties, attribute by attribute, the way Word resolves them (nd30-format
/// §9.0): the element's own pPr/rPr, then its paragraph style and the styles it is based on, then the
/// document defaults. Toggles (b, i) are on unless their w:val is 0/false/off.
/// </summary>
internal sealed class StyleResolver(XDocument styles)
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private readonly Dictionary<string, XElement> _styles = styles.Root!.Elements(W + "style")
        .ToDictionary(s => (string)s.Attribute(W + "styleId")!, StringComparer.Ordinal);

    private readonly XElement? _pDefault = styles.Root!.Element(W + "docDefaults")?.Element(W + "pPrDefault")?.Element(W + "pPr");
    private readonly XElement? _rDefault = styles.Root!.Element(W + "docDefaults")?.Element(W + "rPrDefault")?.Element(W + "rPr");

    /// <summary>An attribute of a pPr child (e.g. "spacing", "before"), or of its w:val when <paramref name="attribute"/> is "val".</summary>
    public string? Paragraph(XElement p, string element, string attribute = "val") =>
        Chain(p.Element(W + "pPr"), StyleOf(p), "pPr", _pDefault, element, attribute);

    public int ParagraphTwips(XElement p, string element, string attribute) =>
        int.Parse(Paragraph(p, element, attribute) ?? "0", CultureInfo.InvariantCulture);

    /// <summary>The nearest pPr child of that name (pBdr, keepNext …) in the chain, or null.</summary>
    public XElement? ParagraphElement(XElement p, string element) =>
        p.Element(W + "pPr")?.Element(W + element)
        ?? StyleChain(StyleOf(p)).Select(s => s.Element(W + "pPr")?.Element(W + element)).FirstOrDefault(e => e is not null)
        ?? _pDefault?.Element(W + element);

    public XElement? Style(string styleId) => _styles.GetValueOrDefault(styleId);

    public string? Run(XElement r, string element, string attribute = "val") =>
        Chain(r.Element(W + "rPr"), StyleOf(r.Ancestors(W + "p").First()), "rPr", _rDefault, element, attribute);

    public int Size(XElement r) => int.Parse(Run(r, "sz") ?? "20", CultureInfo.InvariantCulture);

    public bool Bold(XElement r) => Toggle(r, "b");

    public bool Italic(XElement r) => Toggle(r, "i");

    /// <summary>The runs of a paragraph that carry text.</summary>
    public static IEnumerable<XElement> TextRuns(XElement p) =>
        p.Elements(W + "r").Where(r => r.Elements(W + "t").Any());

    public static string Text(XElement p) => string.Concat(p.Descendants(W + "t").Select(t => t.Value));

    private bool Toggle(XElement r, string name)
    {
        var own = r.Element(W + "rPr")?.Element(W + name);
        var element = own ?? StyleChain(StyleOf(r.Ancestors(W + "p").First())).Select(s => s.Element(W + "rPr")?.Element(W + name))
            .FirstOrDefault(e => e is not null) ?? _rDefault?.Element(W + name);
        return element is not null && (string?)element.Attribute(W + "val") is not ("0" or "false" or "off");
    }

    private string? Chain(XElement? own, string? styleId, string container, XElement? defaults, string element, string attribute)
    {
        var value = (string?)own?.Element(W + element)?.Attribute(W + attribute);
        foreach (var style in StyleChain(styleId))
        {
            value ??= (string?)style.Element(W + container)?.Element(W + element)?.Attribute(W + attribute);
        }

        return value ?? (string?)defaults?.Element(W + element)?.Attribute(W + attribute);
    }

    private static string? StyleOf(XElement p) => (string?)p.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val");

    private IEnumerable<XElement> StyleChain(string? styleId)
    {
        var id = styleId ?? _styles.Values.FirstOrDefault(s => (string?)s.Attribute(W + "type") == "paragraph" && (string?)s.Attribute(W + "default") == "1")
            ?.Attribute(W + "styleId")?.Value;
        while (id is not null && _styles.TryGetValue(id, out var style))
        {
            yield return style;
            id = (string?)style.Element(W + "basedOn")?.Attribute(W + "val");
        }
    }
}
