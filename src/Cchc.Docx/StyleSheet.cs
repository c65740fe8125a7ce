using System.Xml;
using System.Xml.Linq;

namespace Cchc.Docx;

/// <summary>The run properties a style resolves to: what the writer stamps on every run of that style.</summary>
internal readonly record struct RunFormat(int HalfPoints, bool Bold, bool Italic);

/// <summary>
/// The reference styles part (Styles/styles.xml, embedded). Gives the bytes for word/styles.xml and resolves a
/// style's size, bold and italic through its basedOn chain, so runs can carry them explicitly.
/// </summary>
internal sealed class StyleSheet
{
    private const string ResourceName = "Cchc.Docx.Styles.styles.xml";
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    // Resolved once at load and only read afterwards, so concurrent writers can share the sheet.
    private readonly Dictionary<string, RunFormat> _runFormats;

    private StyleSheet(XDocument xml, byte[] partBytes)
    {
        PartBytes = partBytes;
        var styles = xml.Root!.Elements(W + "style")
            .ToDictionary(s => (string)s.Attribute(W + "styleId")!, StringComparer.Ordinal);
        var defaults = xml.Root.Element(W + "docDefaults")?.Element(W + "rPrDefault")?.Element(W + "rPr");
        var defaultHalfPoints = HalfPointsOf(defaults) ?? 20;
        _runFormats = styles.Keys.ToDictionary(id => id, id => Resolve(styles, id, defaultHalfPoints), StringComparer.Ordinal);
    }

    public static StyleSheet Default { get; } = Load();

    /// <summary>word/styles.xml as written into every package: the resource without comments or indentation.</summary>
    public byte[] PartBytes { get; }

    public bool Contains(string styleId) => _runFormats.ContainsKey(styleId);

    public RunFormat RunFormatOf(string styleId) =>
        _runFormats.TryGetValue(styleId, out var format)
            ? format
            : throw new InvalidOperationException($"Style '{styleId}' is missing from {ResourceName}.");

    private static RunFormat Resolve(Dictionary<string, XElement> styles, string styleId, int defaultHalfPoints)
    {
        var chain = new List<XElement>();
        for (var id = styleId; id is not null;)
        {
            if (!styles.TryGetValue(id, out var style))
            {
                throw new InvalidOperationException($"Style '{id}' is missing from {ResourceName}.");
            }

            chain.Add(style);
            id = (string?)style.Element(W + "basedOn")?.Attribute(W + "val");
        }

        var format = new RunFormat(defaultHalfPoints, false, false);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var rPr = chain[i].Element(W + "rPr");
            format = new RunFormat(
                HalfPointsOf(rPr) ?? format.HalfPoints,
                ToggleOf(rPr, "b") ?? format.Bold,
                ToggleOf(rPr, "i") ?? format.Italic);
        }

        return format;
    }

    private static StyleSheet Load()
    {
        using var stream = typeof(StyleSheet).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} not found.");
        var xml = XDocument.Load(stream, LoadOptions.None);
        xml.DescendantNodes().OfType<XComment>().ToList().ForEach(c => c.Remove());

        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = false, Encoding = new System.Text.UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            xml.Save(writer);
        }

        return new StyleSheet(xml, buffer.ToArray());
    }

    private static int? HalfPointsOf(XElement? rPr) =>
        rPr?.Element(W + "sz")?.Attribute(W + "val") is { } val ? int.Parse(val.Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static bool? ToggleOf(XElement? rPr, string name)
    {
        var element = rPr?.Element(W + name);
        if (element is null)
        {
            return null;
        }

        var val = (string?)element.Attribute(W + "val");
        return val is null || !(val is "0" or "false" or "off");
    }
}
