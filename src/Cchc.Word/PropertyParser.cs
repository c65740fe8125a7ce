using System.Xml.Linq;

namespace Cchc.Word;

/// <summary>Reads w:rPr and w:pPr bags. Change records (w:rPrChange, w:pPrChange) are children of their own and so ignored.</summary>
internal static class PropertyParser
{
    public static RunFormat Run(XElement? rPr, ThemeFonts theme)
    {
        if (rPr is null)
        {
            return RunFormat.Empty;
        }

        var u = rPr.W1("u");
        return new RunFormat
        {
            Bold = rPr.W1("b").OnOff(),
            Italic = rPr.W1("i").OnOff(),
            Underline = u is null ? null : u.Val() ?? "single",
            Caps = rPr.W1("caps").OnOff(),
            SmallCaps = rPr.W1("smallCaps").OnOff(),
            Strike = rPr.W1("strike").OnOff() ?? rPr.W1("dstrike").OnOff(),
            Hidden = rPr.W1("vanish").OnOff(),
            Size = HalfPoints(rPr.W1("sz")),
            SizeComplex = HalfPoints(rPr.W1("szCs")),
            Fonts = Fonts(rPr.W1("rFonts"), theme),
        };
    }

    public static ParagraphFormat Paragraph(XElement? pPr)
    {
        if (pPr is null)
        {
            return ParagraphFormat.Empty;
        }

        var ind = pPr.W1("ind");
        var spacing = pPr.W1("spacing");
        var hanging = ind.Int("hanging");
        var firstLine = ind.Int("firstLine");
        return new ParagraphFormat
        {
            Alignment = Align(pPr.W1("jc").Val()),
            IndentLeft = ind.Int("left") ?? ind.Int("start"),
            IndentRight = ind.Int("right") ?? ind.Int("end"),
            FirstLine = hanging is { } h ? -h : firstLine,
            SpacingBefore = spacing.Int("before"),
            SpacingAfter = spacing.Int("after"),
            Line = spacing.Int("line"),
            LineRule = spacing is null ? null : spacing.Attr("lineRule") ?? (spacing.Attr("line") is null ? null : "auto"),
            KeepNext = pPr.W1("keepNext").OnOff(),
            KeepLines = pPr.W1("keepLines").OnOff(),
            PageBreakBefore = pPr.W1("pageBreakBefore").OnOff(),
            OutlineLevel = pPr.W1("outlineLvl").Int(),
            BottomBorder = Border(pPr.W1("pBdr").W1("bottom")),
        };
    }

    /// <summary>w:numPr's w:numId and w:ilvl, each null when absent.</summary>
    public static (int? NumId, int? Level) NumPr(XElement? pPr)
    {
        var numPr = pPr.W1("numPr");
        return (numPr.W1("numId").Int(), numPr.W1("ilvl").Int());
    }

    private static bool? Border(XElement? side) => side is null ? null : side.Val() is not ("none" or "nil");

    private static double? HalfPoints(XElement? sz) => sz.Int() is { } v ? v / 2.0 : null;

    private static Alignment? Align(string? jc) => jc switch
    {
        null => null,
        "left" or "start" => Alignment.Left,
        "center" => Alignment.Center,
        "right" or "end" => Alignment.Right,
        "both" => Alignment.Justify,
        "distribute" or "lowKashida" or "mediumKashida" or "highKashida" or "thaiDistribute" => Alignment.Distribute,
        _ => null,
    };

    /// <summary>A theme attribute wins over the explicit font of the same slot, as in Word.</summary>
    private static FontSlots Fonts(XElement? rFonts, ThemeFonts theme) => rFonts is null
        ? FontSlots.None
        : new FontSlots(
            theme.Resolve(rFonts.Attr("asciiTheme")) ?? rFonts.Attr("ascii"),
            theme.Resolve(rFonts.Attr("hAnsiTheme")) ?? rFonts.Attr("hAnsi"),
            theme.Resolve(rFonts.Attr("eastAsiaTheme")) ?? rFonts.Attr("eastAsia"),
            theme.Resolve(rFonts.Attr("cstheme")) ?? rFonts.Attr("cs"));
}
