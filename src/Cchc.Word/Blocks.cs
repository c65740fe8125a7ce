namespace Cchc.Word;

/// <summary>A block of a part: a paragraph or a table, with its position and the index of its section.</summary>
public abstract record WordBlock(WordPosition Position)
{
    /// <summary>0-based index into <see cref="WordDocument.Sections"/>; 0 in headers and footers.</summary>
    public int Section { get; init; }
}

/// <summary>A run of text with one effective format (adjacent runs of the same format are joined).</summary>
public sealed record WordRun(string Text, RunFormat Format);

/// <summary>A field's instruction ("PAGE", "HYPERLINK …", " DATE \@ …") and the result Word displayed.</summary>
public sealed record WordField(string Instruction, string Result);

/// <summary>
/// A paragraph as Word displays it with all tracked changes accepted. <see cref="Text"/> joins its visible runs:
/// w:br and w:cr are "\n", w:tab is "\t", w:noBreakHyphen is U+2011, a non-breaking space stays U+00A0, a
/// field shows its result, w:sym its Unicode character where one is known. The numbering label is not part of
/// <see cref="Text"/>: it is <see cref="Label"/>.
/// </summary>
public sealed record WordParagraph(WordPosition Position, string Text, IReadOnlyList<WordRun> Runs) : WordBlock(Position)
{
    public string? StyleId { get; init; }

    /// <summary>The style's name ("heading 1", "List Paragraph"), null when the paragraph has no style.</summary>
    public string? StyleName { get; init; }

    /// <summary>The resolved paragraph format.</summary>
    public ParagraphFormat Format { get; init; } = ParagraphFormat.Empty;

    /// <summary>What the runs' resolved formats share (null fields differ); the paragraph mark's format when there is no text.</summary>
    public RunFormat Common { get; init; } = RunFormat.Empty;

    /// <summary>The label Word numbering displays ("1.", "II.", "a)", "2.1.", "•"), or null.</summary>
    public string? Label { get; init; }

    /// <summary>What follows the label: "\t" (Word's default), " " or "".</summary>
    public string LabelSuffix { get; init; } = "";

    /// <summary>The numbering instance and level when the paragraph is numbered (the label may still be empty).</summary>
    public NumberingRef? Numbering { get; init; }

    public IReadOnlyList<WordField> Fields { get; init; } = [];

    /// <summary>A page or column break (w:br w:type="page|column") occurs in the paragraph.</summary>
    public bool HasPageBreak { get; init; }

    /// <summary>Label, suffix and text, as a reader sees the paragraph on the page.</summary>
    public string DisplayText => Label is null ? Text : Label + LabelSuffix + Text;
}

/// <summary>w:numId and w:ilvl (0-based) of a numbered paragraph.</summary>
public sealed record NumberingRef(int NumId, int Level);

public enum VerticalMerge
{
    None,
    /// <summary>The first cell of a vertically merged range; <see cref="WordCell.RowSpan"/> says how many rows it covers.</summary>
    Restart,
    /// <summary>A cell covered by the merged cell above it: Word shows nothing of its own.</summary>
    Continue,
}

public sealed record WordCell(WordPosition Position, int GridColumn, int GridSpan, VerticalMerge VerticalMerge, IReadOnlyList<WordBlock> Blocks)
{
    /// <summary>Rows the cell covers: 1, or for a merge start the rows of its run of continuations.</summary>
    public int RowSpan { get; init; } = 1;

    /// <summary>The cell's width in twips when w:tcW gives it in dxa.</summary>
    public int? Width { get; init; }

    public IEnumerable<WordParagraph> Paragraphs => Blocks.SelectMany(WordDocument.ParagraphsOf);

    /// <summary>The cell's paragraphs' display texts joined by "\n".</summary>
    public string Text => string.Join("\n", Paragraphs.Select(p => p.DisplayText));
}

public sealed record WordRow(int Index, IReadOnlyList<WordCell> Cells)
{
    /// <summary>w:tblHeader: Word repeats the row at the top of each page.</summary>
    public bool IsHeader { get; init; }

    /// <summary>w:cantSplit: the row is not broken across pages.</summary>
    public bool CantSplit { get; init; }

    /// <summary>Grid columns skipped before the first cell (w:gridBefore).</summary>
    public int GridBefore { get; init; }

    /// <summary>The cell that covers grid column <paramref name="column"/> (0-based), if any.</summary>
    public WordCell? CellAt(int column) => Cells.FirstOrDefault(c => column >= c.GridColumn && column < c.GridColumn + c.GridSpan);
}

public sealed record WordTable(WordPosition Position, IReadOnlyList<int> GridColumns, IReadOnlyList<WordRow> Rows) : WordBlock(Position)
{
    public string? StyleId { get; init; }

    /// <summary>The number of leading rows marked as header rows.</summary>
    public int HeaderRows => Rows.TakeWhile(r => r.IsHeader).Count();
}

public enum PageOrientation
{
    Portrait,
    Landscape,
}

/// <summary>Page margins in twips.</summary>
public sealed record PageMargins(int Top, int Right, int Bottom, int Left, int Header, int Footer, int Gutter);

/// <summary>A header or footer reference of a section: its type ("default", "first", "even") and the part it names.</summary>
public sealed record HeaderFooterRef(string Type, string PartName);

/// <summary>
/// A section: the blocks from <see cref="FirstBlock"/> (index into <see cref="WordDocument.Blocks"/>) for
/// <see cref="BlockCount"/> blocks, and its page setup. Sizes in twips; A4 portrait is 11906 × 16838.
/// </summary>
public sealed record WordSection(int Index, int FirstBlock, int BlockCount)
{
    public int PageWidth { get; init; }
    public int PageHeight { get; init; }
    public PageOrientation Orientation { get; init; }
    public PageMargins? Margins { get; init; }
    /// <summary>w:type: "nextPage" (the default), "continuous", "evenPage", "oddPage", "nextColumn".</summary>
    public string BreakType { get; init; } = "nextPage";
    /// <summary>w:titlePg: the first page uses the "first" header and footer.</summary>
    public bool TitlePage { get; init; }
    /// <summary>w:pgNumType/@w:start, when the section restarts page numbers.</summary>
    public int? PageNumberStart { get; init; }
    public IReadOnlyList<HeaderFooterRef> Headers { get; init; } = [];
    public IReadOnlyList<HeaderFooterRef> Footers { get; init; } = [];
}

public enum HeaderFooterKind
{
    Header,
    Footer,
}

/// <summary>A header or footer part read apart from the body; its positions name the part.</summary>
public sealed record WordHeaderFooter(string PartName, HeaderFooterKind Kind, IReadOnlyList<WordBlock> Blocks)
{
    public IEnumerable<WordParagraph> Paragraphs => Blocks.SelectMany(WordDocument.ParagraphsOf);
}

/// <summary>A relationship with TargetMode="External" (a linked template, image or hyperlink): listed, never followed.</summary>
public sealed record ExternalRelationship(string Part, string Type, string Target);

/// <summary>What the reader gives for one .docx.</summary>
public sealed record WordDocument(
    IReadOnlyList<WordBlock> Blocks,
    IReadOnlyList<WordSection> Sections,
    IReadOnlyList<WordHeaderFooter> HeadersFooters)
{
    public IReadOnlyList<ExternalRelationship> ExternalRelationships { get; init; } = [];

    /// <summary>Every body paragraph in reading order, those in table cells included.</summary>
    public IEnumerable<WordParagraph> Paragraphs => Blocks.SelectMany(ParagraphsOf);

    public IEnumerable<WordTable> Tables => Blocks.SelectMany(TablesOf);

    public WordHeaderFooter? Part(string partName) => HeadersFooters.FirstOrDefault(h => h.PartName == partName);

    internal static IEnumerable<WordParagraph> ParagraphsOf(WordBlock block) => block switch
    {
        WordParagraph p => [p],
        WordTable t => t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks).SelectMany(ParagraphsOf),
        _ => [],
    };

    private static IEnumerable<WordTable> TablesOf(WordBlock block) => block is WordTable t
        ? t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks).SelectMany(TablesOf).Prepend(t)
        : [];
}
