namespace Cchc.Word;

/// <summary>
/// Where a block is, in the words a Word user would use. <see cref="Paragraph"/> is the 1-based number of the
/// paragraph in its part (the body, or one header or footer) counting every paragraph mark in reading order —
/// empty paragraphs and the paragraphs inside table cells included, row by row and cell by cell — which is what
/// you count with ¶ marks shown. Deleted paragraphs (tracked deletions) are not counted: the reader sees the
/// document with all changes accepted. For a table the paragraph is that of its first cell paragraph.
/// <see cref="Table"/> counts every table of the part in the order its start appears (nested tables too);
/// <see cref="Row"/> is the 1-based row and <see cref="Column"/> the 1-based grid column where the cell starts
/// (a cell spanning columns 2–3 is column 2), both of the innermost table.
/// </summary>
public sealed record WordPosition(string Part, int Paragraph, int? Table = null, int? Row = null, int? Column = null)
{
    public const string Body = "body";

    public bool InTable => Table is not null;

    /// <summary>"¶12", "bảng 2, dòng 14, cột 3" (vi) or "table 2, row 14, column 3" (en); a header or footer part is named first.</summary>
    public string Describe(string lang)
    {
        var en = lang == "en";
        // A table block's own position has no cell: it names the whole table.
        var where = (Table, Row) switch
        {
            ({ } t, null) => en ? $"table {t}" : $"bảng {t}",
            ({ } t, _) => en ? $"table {t}, row {Row}, column {Column}" : $"bảng {t}, dòng {Row}, cột {Column}",
            _ => $"¶{Paragraph}",
        };
        return Part == Body ? where : $"{Part}: {where}";
    }

    public override string ToString() => Describe("vi");
}
