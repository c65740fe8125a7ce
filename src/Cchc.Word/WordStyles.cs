using System.Xml.Linq;

namespace Cchc.Word;

/// <summary>
/// styles.xml resolved: docDefaults, then each style on top of the style it is basedOn. Chains are followed at
/// most <see cref="MaxChain"/> deep and a loop stops where it closes, so a hostile chain cannot hang the reader.
/// </summary>
internal sealed class WordStyles
{
    private const int MaxChain = 64;

    private readonly Dictionary<string, Style> styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParagraphFormat> paragraphCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RunFormat> runCache = new(StringComparer.Ordinal);

    private WordStyles(RunFormat runDefaults, ParagraphFormat paragraphDefaults)
    {
        RunDefaults = runDefaults;
        ParagraphDefaults = paragraphDefaults;
    }

    public RunFormat RunDefaults { get; }

    public ParagraphFormat ParagraphDefaults { get; }

    /// <summary>The paragraph style with w:default="1" (usually "Normal").</summary>
    public string? DefaultParagraphStyle { get; private set; }

    public static WordStyles From(XDocument? doc, ThemeFonts theme)
    {
        var root = doc?.Root;
        var defaults = root.W1("docDefaults");
        var result = new WordStyles(
            PropertyParser.Run(defaults.W1("rPrDefault").W1("rPr"), theme),
            PropertyParser.Paragraph(defaults.W1("pPrDefault").W1("pPr")));
        foreach (var s in root.W("style"))
        {
            var id = s.Attr("styleId");
            if (id is null || result.styles.ContainsKey(id))
            {
                continue;
            }

            var type = s.Attr("type") ?? "paragraph";
            var pPr = s.W1("pPr");
            var (numId, level) = PropertyParser.NumPr(pPr);
            result.styles[id] = new Style(id, type, s.W1("name").Val(), s.W1("basedOn").Val(),
                PropertyParser.Paragraph(pPr), PropertyParser.Run(s.W1("rPr"), theme), numId, level);
            if (type == "paragraph" && s.Attr("default").OnOffText() && result.DefaultParagraphStyle is null)
            {
                result.DefaultParagraphStyle = id;
            }
        }

        return result;
    }

    public string? NameOf(string? styleId) => styleId is not null && styles.TryGetValue(styleId, out var s) ? s.Name ?? s.Id : null;

    public bool Exists(string? styleId) => styleId is not null && styles.ContainsKey(styleId);

    /// <summary>The paragraph format a paragraph style gives, docDefaults included.</summary>
    public ParagraphFormat ParagraphOf(string? styleId)
    {
        if (styleId is null)
        {
            return ParagraphDefaults;
        }

        if (!paragraphCache.TryGetValue(styleId, out var format))
        {
            format = Chain(styleId).Aggregate(ParagraphDefaults, (acc, s) => acc.With(s.Paragraph));
            paragraphCache[styleId] = format;
        }

        return format;
    }

    /// <summary>The run format a style (paragraph or character) gives on its own, without docDefaults.</summary>
    public RunFormat RunOf(string? styleId)
    {
        if (styleId is null)
        {
            return RunFormat.Empty;
        }

        if (!runCache.TryGetValue(styleId, out var format))
        {
            format = Chain(styleId).Aggregate(RunFormat.Empty, (acc, s) => acc.With(s.Run));
            runCache[styleId] = format;
        }

        return format;
    }

    /// <summary>The numbering a paragraph style (or a style it is based on) carries: the nearest w:numId and w:ilvl.</summary>
    public (int? NumId, int? Level) NumberingOf(string? styleId)
    {
        int? numId = null, level = null;
        foreach (var s in Enumerable.Reverse(Chain(styleId)))
        {
            numId ??= s.NumId;
            level ??= s.Level;
        }

        return (numId, level);
    }

    /// <summary>The style and its bases, the farthest base first.</summary>
    private List<Style> Chain(string? styleId)
    {
        var chain = new List<Style>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = styleId; id is not null && chain.Count < MaxChain && seen.Add(id) && styles.TryGetValue(id, out var s); id = s.BasedOn)
        {
            chain.Add(s);
        }

        chain.Reverse();
        return chain;
    }

    private sealed record Style(string Id, string Type, string? Name, string? BasedOn, ParagraphFormat Paragraph, RunFormat Run, int? NumId, int? Level);
}

internal static class OnOffAttribute
{
    public static bool OnOffText(this string? value) => value is "1" or "true" or "on";
}
