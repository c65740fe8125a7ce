using System.Text;

namespace Cchc.Docx;

/// <summary>The run properties a style resolves to: what the writer stamps on every run of that style.</summary>
internal readonly record struct RunFormat(int HalfPoints, bool Bold, bool Italic);

/// <summary>
/// The reference styles part (Styles/styles.xml, embedded). Gives the bytes for word/styles.xml and resolves a
/// style's size, bold and italic through its basedOn chain, so runs can carry them explicitly. The part is
/// ours and plain (elements, attributes, comments), so <see cref="StyleSheetReader"/> reads it without an XML
/// library: System.Xml would double the native binary's start-up cost for one embedded file.
/// </summary>
internal sealed class StyleSheet
{
    private const string ResourceName = "Cchc.Docx.Styles.styles.xml";

    // Resolved once at load and only read afterwards, so concurrent writers can share the sheet.
    private readonly Dictionary<string, RunFormat> _runFormats;

    private StyleSheet(string xml)
    {
        PartBytes = new UTF8Encoding(false).GetBytes(StyleSheetReader.Compact(xml));
        var (styles, defaultHalfPoints) = StyleSheetReader.Read(xml);
        _runFormats = styles.Keys.ToDictionary(id => id, id => Resolve(styles, id, defaultHalfPoints ?? 20), StringComparer.Ordinal);
    }

    public static StyleSheet Default { get; } = Load();

    /// <summary>word/styles.xml as written into every package: the resource without comments or indentation.</summary>
    public byte[] PartBytes { get; }

    public bool Contains(string styleId) => _runFormats.ContainsKey(styleId);

    public RunFormat RunFormatOf(string styleId) =>
        _runFormats.TryGetValue(styleId, out var format)
            ? format
            : throw new InvalidOperationException($"Style '{styleId}' is missing from {ResourceName}.");

    private static RunFormat Resolve(Dictionary<string, StyleSheetReader.Style> styles, string styleId, int defaultHalfPoints)
    {
        var chain = new List<StyleSheetReader.Style>();
        for (var id = styleId; id is not null;)
        {
            if (!styles.TryGetValue(id, out var style))
            {
                throw new InvalidOperationException($"Style '{id}' is missing from {ResourceName}.");
            }

            chain.Add(style);
            id = style.BasedOn;
        }

        var format = new RunFormat(defaultHalfPoints, false, false);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            format = new RunFormat(chain[i].HalfPoints ?? format.HalfPoints, chain[i].Bold ?? format.Bold, chain[i].Italic ?? format.Italic);
        }

        return format;
    }

    private static StyleSheet Load()
    {
        using var stream = typeof(StyleSheet).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} not found.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new StyleSheet(reader.ReadToEnd());
    }
}
