namespace Cchc.Model.Documents;

/// <summary>
/// What the composer hands to a writer: sections of semantic blocks. It names styles and structure, never
/// sizes or twips: Decree 30 typography is the writer's business.
/// </summary>
public sealed record Document(IReadOnlyList<Section> Sections)
{
    /// <summary>Who made the tracked changes of a redline and when; the writer's default when null.</summary>
    public RevisionStamp? Revisions { get; init; }

    /// <summary>The file's metadata (docProps/core.xml): what Word's Info pane, file managers and search show.</summary>
    public DocumentProperties? Properties { get; init; }
}

/// <summary>
/// Title (the trích yếu), subject, creator (the issuer) and the date the document carries, which becomes its
/// created and modified dates: taken from the plan, never from the clock, so a build gives the same bytes.
/// </summary>
public sealed record DocumentProperties(string Title, string? Subject, string? Creator, DateOnly? Date);

public enum Orientation
{
    Portrait,
    Landscape,
}

/// <summary>A section starts on a new page; page numbers restart at 1 and are hidden on its first page.</summary>
public sealed record Section(Orientation Orientation, IReadOnlyList<DocBlock> Blocks);

public abstract record DocBlock
{
    /// <summary>The whole block (all its text; a paragraph's mark too) is a tracked insertion or deletion.</summary>
    public Revision Revision { get; init; }
}

/// <summary>Named paragraph styles. The writer maps each to one style of its reference styles part.</summary>
public enum ParaStyle
{
    /// <summary>Body text: justified, first-line indent.</summary>
    Body,
    /// <summary>Căn cứ and "Theo đề nghị": italic body.</summary>
    Basis,
    /// <summary>"QUYẾT ĐỊNH", "KẾ HOẠCH".</summary>
    DocType,
    /// <summary>Trích yếu under the document type.</summary>
    Summary,
    /// <summary>"(Kèm theo Quyết định số …)" under a plan or appendix title.</summary>
    AttachedLine,
    /// <summary>The authority line of a Quyết định ("CHỦ TỊCH ỦY BAN NHÂN DÂN …").</summary>
    Authority,
    /// <summary>"QUYẾT ĐỊNH:" before the articles.</summary>
    DecisionHeading,
    /// <summary>"Điều N." paragraphs.</summary>
    Article,
    /// <summary>Section headings by depth: 1 (I.), 2 (1.), 3 (a)), 4 and deeper.</summary>
    Heading1,
    Heading2,
    Heading3,
    Heading4,
    /// <summary>List items (-, +, a) …) in the body.</summary>
    ListItem,
    AppendixLabel,
    AppendixTitle,
    TableHeader,
    TableCell,
    TableCellCentered,
    TableGroup,
}

public sealed record Run(string Text, bool Bold = false, bool Italic = false)
{
    /// <summary>This text is a tracked insertion or deletion.</summary>
    public Revision Revision { get; init; }

    /// <summary>A line break inside the paragraph (rendered as a break, not a new paragraph).</summary>
    public static Run LineBreak { get; } = new("\n");
}

public sealed record Paragraph(ParaStyle Style, IReadOnlyList<Run> Runs) : DocBlock
{
    public static Paragraph Of(ParaStyle style, string text) => new(style, [new Run(text)]);

    public string Text => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>A short centred rule under the trích yếu, or under the "Kèm theo" line that follows it; 1/3–1/2 of the title's widest line.</summary>
public sealed record ShortRule : DocBlock;

/// <summary>
/// The two-column block at the top of page one: issuing agency (with its rule) and, when the document is
/// numbered, "Số: …" on the left; the quốc hiệu, tiêu ngữ (with its rule) and the place–date line on the right.
/// </summary>
public sealed record Letterhead(
    string? Superior,
    IReadOnlyList<string> AgencyLines,
    string? NumberLine,
    string NationalTitle,
    string Motto,
    string? PlaceDateLine) : DocBlock;

/// <summary>Nơi nhận (left) and the signature (right) at the end of a Quyết định or standalone Kế hoạch.</summary>
public sealed record SignatureBlock(
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> AuthorityLines,
    string? SignerName) : DocBlock;

/// <summary>A table whose first row is the header (repeated on every page).</summary>
public sealed record Table(IReadOnlyList<int> ColumnWeights, IReadOnlyList<TableRow> Rows) : DocBlock;

/// <summary>A row: a header row, a group row (one cell across all columns, bold) or a body row.</summary>
public sealed record TableRow(TableRowKind Kind, IReadOnlyList<TableCell> Cells)
{
    /// <summary>The whole row is a tracked insertion or deletion.</summary>
    public Revision Revision { get; init; }
}

public enum TableRowKind
{
    Header,
    Group,
    Body,
}

/// <summary>A cell holds one or more paragraphs (a product list is one paragraph per product).</summary>
public sealed record TableCell(IReadOnlyList<Paragraph> Paragraphs);
