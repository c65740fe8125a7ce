namespace Cchc.Word;

/// <summary>
/// Run properties. Read from one property bag, a field is null when the bag does not set it; resolved for a run
/// (docDefaults → paragraph style chain → character style chain → direct formatting), every field but the fonts
/// has a value. <see cref="WordParagraph.Common"/> is null where the paragraph's runs differ.
/// </summary>
public sealed record RunFormat
{
    public bool? Bold { get; init; }
    public bool? Italic { get; init; }
    /// <summary>The underline kind of w:u ("single", "double", …); "none" when not underlined.</summary>
    public string? Underline { get; init; }
    public bool? Caps { get; init; }
    public bool? SmallCaps { get; init; }
    public bool? Strike { get; init; }
    /// <summary>w:vanish: hidden text. Hidden runs are left out of the paragraph text.</summary>
    public bool? Hidden { get; init; }
    /// <summary>Font size in points (w:sz is in half-points).</summary>
    public double? Size { get; init; }
    /// <summary>Complex-script font size in points (w:szCs).</summary>
    public double? SizeComplex { get; init; }
    /// <summary>Fonts of the four slots, theme fonts resolved through the theme part.</summary>
    public FontSlots Fonts { get; init; } = FontSlots.None;

    public static RunFormat Empty { get; } = new();

    /// <summary>This bag with <paramref name="over"/>'s set fields on top.</summary>
    public RunFormat With(RunFormat? over) => over is null ? this : new RunFormat
    {
        Bold = over.Bold ?? Bold,
        Italic = over.Italic ?? Italic,
        Underline = over.Underline ?? Underline,
        Caps = over.Caps ?? Caps,
        SmallCaps = over.SmallCaps ?? SmallCaps,
        Strike = over.Strike ?? Strike,
        Hidden = over.Hidden ?? Hidden,
        Size = over.Size ?? Size,
        SizeComplex = over.SizeComplex ?? SizeComplex,
        Fonts = Fonts.With(over.Fonts),
    };

    /// <summary>Word's values where nothing in the document sets one: not bold, 10 pt, no underline.</summary>
    internal RunFormat WithWordDefaults() => new RunFormat
    {
        Bold = false, Italic = false, Underline = "none", Caps = false, SmallCaps = false, Strike = false,
        Hidden = false, Size = 10, SizeComplex = 10,
    }.With(this);

    /// <summary>The fields all <paramref name="formats"/> agree on; null where they differ.</summary>
    public static RunFormat Common(IReadOnlyList<RunFormat> formats)
    {
        if (formats.Count == 0)
        {
            return Empty;
        }

        var first = formats[0];
        T? Same<T>(Func<RunFormat, T?> get) => formats.All(f => EqualityComparer<T?>.Default.Equals(get(f), get(first))) ? get(first) : default;
        return new RunFormat
        {
            Bold = Same(f => f.Bold),
            Italic = Same(f => f.Italic),
            Underline = Same(f => f.Underline),
            Caps = Same(f => f.Caps),
            SmallCaps = Same(f => f.SmallCaps),
            Strike = Same(f => f.Strike),
            Hidden = Same(f => f.Hidden),
            Size = Same(f => f.Size),
            SizeComplex = Same(f => f.SizeComplex),
            Fonts = new FontSlots(
                Same(f => f.Fonts.Ascii), Same(f => f.Fonts.HAnsi), Same(f => f.Fonts.EastAsia), Same(f => f.Fonts.ComplexScript)),
        };
    }
}

/// <summary>The four font slots of w:rFonts: ASCII, high ANSI (Vietnamese letters use this one), East Asian, complex script.</summary>
public sealed record FontSlots(string? Ascii, string? HAnsi, string? EastAsia, string? ComplexScript)
{
    public static FontSlots None { get; } = new(null, null, null, null);

    public FontSlots With(FontSlots over) => new(over.Ascii ?? Ascii, over.HAnsi ?? HAnsi, over.EastAsia ?? EastAsia, over.ComplexScript ?? ComplexScript);

    internal FontSlots Map(Func<string?, string?> resolve) => new(resolve(Ascii), resolve(HAnsi), resolve(EastAsia), resolve(ComplexScript));
}

/// <summary>Paragraph alignment as w:jc gives it ("start"/"end" are read as left/right).</summary>
public enum Alignment
{
    Left,
    Center,
    Right,
    Justify,
    Distribute,
}

/// <summary>
/// Paragraph properties; lengths in twips (1/20 pt). Read from one bag, null = not set; resolved for a paragraph
/// (docDefaults → style chain → numbering level → direct formatting), every field has a value.
/// </summary>
public sealed record ParagraphFormat
{
    public Alignment? Alignment { get; init; }
    public int? IndentLeft { get; init; }
    public int? IndentRight { get; init; }
    /// <summary>First-line indent; negative for a hanging indent (w:hanging).</summary>
    public int? FirstLine { get; init; }
    public int? SpacingBefore { get; init; }
    public int? SpacingAfter { get; init; }
    /// <summary>w:spacing/@w:line: in 240ths of a line when <see cref="LineRule"/> is "auto", else twips.</summary>
    public int? Line { get; init; }
    public string? LineRule { get; init; }
    public bool? KeepNext { get; init; }
    public bool? KeepLines { get; init; }
    public bool? PageBreakBefore { get; init; }
    /// <summary>0 for a level-1 heading … 8; 9 is body text.</summary>
    public int? OutlineLevel { get; init; }
    /// <summary>w:pBdr/w:bottom draws a line under the paragraph (a kind other than "none"/"nil"): how Decree 30 rules are often drawn.</summary>
    public bool? BottomBorder { get; init; }

    public static ParagraphFormat Empty { get; } = new();

    public ParagraphFormat With(ParagraphFormat? over) => over is null ? this : new ParagraphFormat
    {
        Alignment = over.Alignment ?? Alignment,
        IndentLeft = over.IndentLeft ?? IndentLeft,
        IndentRight = over.IndentRight ?? IndentRight,
        FirstLine = over.FirstLine ?? FirstLine,
        SpacingBefore = over.SpacingBefore ?? SpacingBefore,
        SpacingAfter = over.SpacingAfter ?? SpacingAfter,
        Line = over.Line ?? Line,
        LineRule = over.LineRule ?? LineRule,
        KeepNext = over.KeepNext ?? KeepNext,
        KeepLines = over.KeepLines ?? KeepLines,
        PageBreakBefore = over.PageBreakBefore ?? PageBreakBefore,
        OutlineLevel = over.OutlineLevel ?? OutlineLevel,
        BottomBorder = over.BottomBorder ?? BottomBorder,
    };

    internal ParagraphFormat WithWordDefaults() => new ParagraphFormat
    {
        Alignment = Word.Alignment.Left, IndentLeft = 0, IndentRight = 0, FirstLine = 0, SpacingBefore = 0, SpacingAfter = 0,
        Line = 240, LineRule = "auto", KeepNext = false, KeepLines = false, PageBreakBefore = false, OutlineLevel = 9,
        BottomBorder = false,
    }.With(this);
}
