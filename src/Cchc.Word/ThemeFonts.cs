using System.Xml.Linq;

namespace Cchc.Word;

/// <summary>The major and minor fonts of the theme part, by script, for w:asciiTheme and its kin.</summary>
internal sealed class ThemeFonts
{
    private readonly Dictionary<string, string> fonts = new(StringComparer.Ordinal);

    public static ThemeFonts None { get; } = new();

    public static ThemeFonts From(XDocument? theme)
    {
        var result = new ThemeFonts();
        var scheme = theme?.Descendants(XName.Get("fontScheme", WordNames.DrawingMain)).FirstOrDefault();
        foreach (var (kind, element) in new[] { ("major", "majorFont"), ("minor", "minorFont") })
        {
            var font = scheme?.Element(XName.Get(element, WordNames.DrawingMain));
            result.Add(kind + "Ascii", font, "latin");
            result.Add(kind + "HAnsi", font, "latin");
            result.Add(kind + "EastAsia", font, "ea");
            result.Add(kind + "Bidi", font, "cs");
        }

        return result;
    }

    /// <summary>The typeface a theme font name stands for; null when unknown or empty in the theme.</summary>
    public string? Resolve(string? themeFont) => themeFont is not null && fonts.TryGetValue(themeFont, out var f) ? f : null;

    private void Add(string name, XElement? font, string script)
    {
        var typeface = font?.Element(XName.Get(script, WordNames.DrawingMain))?.Attribute("typeface")?.Value;
        if (!string.IsNullOrEmpty(typeface))
        {
            fonts[name] = typeface;
        }
    }
}
