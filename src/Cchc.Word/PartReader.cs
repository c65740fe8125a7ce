using System.Text;
using System.Xml;
using System.Xml.Linq;
using Cchc.Model;

namespace Cchc.Word;

/// <summary>
/// Streams one story part (the body, a header, a footer) into blocks. Every handler is entered on an element's
/// start tag and leaves the reader on that element's end tag (or on the element itself when it is empty).
/// Wrappers that only group content (w:sdt, w:sdtContent, w:customXml, w:smartTag, w:hyperlink, w:ins,
/// w:moveTo, w:fldSimple, w:dir, w:bdo) are read through; w:del and w:moveFrom are dropped (changes accepted);
/// everything else that is not text (bookmarks, comments, proofing marks, drawings, math) is skipped.
/// </summary>
internal sealed class PartReader
{
    private static readonly HashSet<string> Wrappers = ["sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo", "dir", "bdo"];

    private readonly XmlReader r;
    private readonly string part;
    private readonly WordStyles styles;
    private readonly ThemeFonts theme;
    private readonly NumberingCounter numbering;
    private readonly WordNumbering definitions;
    private readonly int maxDepth;
    private readonly bool isBody;
    private readonly List<Field> fields = [];
    private readonly List<(int Table, int Row, int Column)> cells = [];
    private int paragraphs;
    private int tables;
    private ParagraphBuilder? carry;
    private XElement? finalSectPr;

    private PartReader(XmlReader reader, string part, WordStyles styles, ThemeFonts theme, WordNumbering numbering, int maxDepth, bool isBody)
    {
        r = reader;
        this.part = part;
        this.styles = styles;
        this.theme = theme;
        definitions = numbering;
        this.numbering = new NumberingCounter(numbering);
        this.maxDepth = maxDepth;
        this.isBody = isBody;
    }

    /// <summary>Top-level blocks, the sections (body only: raw w:sectPr elements with the block index where each ends).</summary>
    public List<WordBlock> Blocks { get; } = [];

    public List<(XElement? SectPr, int End)> SectionEnds { get; } = [];

    private int Section => SectionEnds.Count;

    public static PartReader Read(XmlReader reader, string part, string displayPart, string rootName, WordStyles styles, ThemeFonts theme,
        WordNumbering numbering, int maxDepth, bool isBody)
    {
        var pr = new PartReader(reader, displayPart, styles, theme, numbering, maxDepth, isBody);
        reader.MoveToContent();
        if (!reader.IsW(rootName))
        {
            throw new WordReadException(DiagnosticCatalog.E301,
                $"Phần \"{part}\" không phải {rootName} của WordprocessingML (gặp <{reader.Name}>): tệp không phải văn bản Word.",
                $"Part \"{part}\" is not a WordprocessingML {rootName} (found <{reader.Name}>): not a Word document.", part);
        }

        if (isBody)
        {
            // w:document holds w:background and w:body; the blocks are in the body.
            var depth = reader.Depth;
            while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.IsW("body"))
                {
                    pr.ReadBlocks(pr.Blocks, 0);
                }
                else if (reader.NodeType == XmlNodeType.Element)
                {
                    SkipToEnd(reader);
                }
            }

            if (pr.SectionEnds.Count == 0 || pr.SectionEnds[^1].End != pr.Blocks.Count || pr.Blocks.Count == 0)
            {
                pr.SectionEnds.Add((pr.finalSectPr, pr.Blocks.Count));
            }
        }
        else
        {
            pr.ReadBlocks(pr.Blocks, 0);
        }

        return pr;
    }

    private void ReadBlocks(List<WordBlock> into, int depth)
    {
        if (r.IsEmptyElement)
        {
            return;
        }

        var level = r.Depth;
        while (NextElementWithin(level))
        {
            if (!WordNames.IsW(r.NamespaceURI))
            {
                SkipToEnd(r);
                continue;
            }

            switch (r.LocalName)
            {
                case "p":
                    ReadParagraph(into);
                    break;
                case "tbl":
                    FlushCarry(into);
                    into.Add(ReadTable(depth + 1));
                    break;
                case "sectPr" when isBody && depth == 0:
                    finalSectPr = LoadElement();
                    break;
                case var name when Wrappers.Contains(name):
                    Deeper(depth);
                    ReadBlocks(into, depth + 1);
                    break;
                default:
                    SkipToEnd(r);
                    break;
            }
        }

        if (depth == 0 || cells.Count > 0)
        {
            FlushCarry(into);
        }
    }

    private void ReadParagraph(List<WordBlock> into)
    {
        var p = carry ?? new ParagraphBuilder();
        if (carry is null)
        {
            p.SetProperties(null, styles, theme);
        }

        carry = null;
        XElement? pPr = null;
        if (!r.IsEmptyElement)
        {
            var level = r.Depth;
            while (NextElementWithin(level))
            {
                if (r.IsW("pPr"))
                {
                    pPr = LoadElement();
                    p.SetProperties(pPr, styles, theme);
                }
                else
                {
                    ReadInline(p, 0);
                }
            }
        }

        if (pPr.W1("rPr").W1("del") is not null)
        {
            // The paragraph mark is a tracked deletion: accepted, this paragraph runs on into the next one.
            carry = p;
            return;
        }

        into.Add(Finish(p, pPr));
        if (isBody && cells.Count == 0 && pPr.W1("sectPr") is { } sectPr)
        {
            SectionEnds.Add((sectPr, into.Count));
        }
    }

    private void FlushCarry(List<WordBlock> into)
    {
        if (carry is { } p)
        {
            carry = null;
            into.Add(Finish(p, p.Properties));
        }
    }

    private WordParagraph Finish(ParagraphBuilder p, XElement? pPr)
    {
        paragraphs++;
        var position = Position(paragraphs);
        var styleId = styles.Exists(p.StyleId) ? p.StyleId : styles.DefaultParagraphStyle;
        var format = styles.ParagraphOf(styleId);
        var (numId, level) = PropertyParser.NumPr(pPr);
        var (styleNum, styleLevel) = styles.NumberingOf(styleId);
        numId ??= styleNum;
        string? label = null;
        var suffix = "";
        NumberingRef? numberingRef = null;
        if (numId is { } id and not 0 && definitions.TryGet(id, out var instance))
        {
            var ilvl = level ?? styleLevel ?? instance.LevelOfStyle(styleId);
            if (numbering.Next(id, ilvl) is { } next)
            {
                numberingRef = new NumberingRef(id, ilvl);
                format = format.With(next.Level.Paragraph);
                label = next.Label.Length == 0 ? null : next.Label;
                suffix = label is null ? "" : next.Level.Suffix switch { "space" => " ", "nothing" => "", _ => "\t" };
            }
        }

        format = format.With(PropertyParser.Paragraph(pPr)).WithWordDefaults();
        var runs = p.Runs;
        var common = runs.Count > 0 ? RunFormat.Common([.. runs.Select(x => x.Format)]) : p.MarkFormat;
        return new WordParagraph(position, string.Concat(runs.Select(x => x.Text)), runs)
        {
            Section = Section,
            StyleId = styleId,
            StyleName = styles.NameOf(styleId),
            Format = format,
            Common = common,
            Label = label,
            LabelSuffix = suffix,
            Numbering = numberingRef,
            Fields = p.Fields,
            HasPageBreak = p.HasPageBreak,
        };
    }

    private void ReadInline(ParagraphBuilder p, int depth)
    {
        if (!WordNames.IsW(r.NamespaceURI))
        {
            SkipToEnd(r);
            return;
        }

        switch (r.LocalName)
        {
            case "r":
                ReadRun(p);
                return;
            case "fldSimple":
                Deeper(depth + fields.Count);
                var field = new Field(r.GetAttribute("instr", WordNames.Wml) ?? r.GetAttribute("instr", WordNames.WStrict) ?? "", inResult: true);
                fields.Add(field);
                ReadInlineChildren(p, depth + 1);
                fields.Remove(field);
                p.Fields.Add(new WordField(field.Instruction.ToString().Trim(), field.Result.ToString()));
                return;
            case "hyperlink" or "sdt" or "sdtContent" or "customXml" or "smartTag" or "ins" or "moveTo" or "dir" or "bdo":
                Deeper(depth);
                ReadInlineChildren(p, depth + 1);
                return;
            default:
                // w:del and w:moveFrom (accepted as removed), bookmarks, comments, proofing marks, math.
                SkipToEnd(r);
                return;
        }
    }

    private void ReadInlineChildren(ParagraphBuilder p, int depth)
    {
        if (r.IsEmptyElement)
        {
            return;
        }

        var level = r.Depth;
        while (NextElementWithin(level))
        {
            ReadInline(p, depth);
        }
    }

    private void ReadRun(ParagraphBuilder p)
    {
        if (r.IsEmptyElement)
        {
            return;
        }

        RunFormat? format = null;
        string? symFont = null;
        var level = r.Depth;
        while (NextElementWithin(level))
        {
            if (!WordNames.IsW(r.NamespaceURI))
            {
                SkipToEnd(r);
                continue;
            }

            if (r.LocalName == "rPr")
            {
                var rPr = LoadElement();
                format = p.RunFormatFor(rPr, styles, theme);
                symFont = rPr.W1("rFonts").Attr("ascii");
                continue;
            }

            format ??= p.RunFormatFor(null, styles, theme);
            switch (r.LocalName)
            {
                case "t":
                    Emit(p, ReadText(), format);
                    break;
                case "instrText":
                    var instr = ReadText();
                    if (fields.Count > 0 && !fields[^1].InResult)
                    {
                        fields[^1].Instruction.Append(instr);
                    }

                    break;
                case "tab" or "ptab":
                    Emit(p, "\t", format);
                    SkipToEnd(r);
                    break;
                case "br":
                    var type = r.GetAttribute("type", WordNames.Wml) ?? r.GetAttribute("type", WordNames.WStrict);
                    if (type is "page" or "column")
                    {
                        p.HasPageBreak = true;
                    }
                    else
                    {
                        Emit(p, "\n", format);
                    }

                    SkipToEnd(r);
                    break;
                case "cr":
                    Emit(p, "\n", format);
                    SkipToEnd(r);
                    break;
                case "noBreakHyphen":
                    Emit(p, "\u2011", format);
                    SkipToEnd(r);
                    break;
                case "sym":
                    var font = r.GetAttribute("font", WordNames.Wml) ?? symFont;
                    Emit(p, SymbolFonts.FromSym(r.GetAttribute("char", WordNames.Wml), font), format);
                    SkipToEnd(r);
                    break;
                case "fldChar":
                    FieldChar(p, r.GetAttribute("fldCharType", WordNames.Wml) ?? r.GetAttribute("fldCharType", WordNames.WStrict));
                    SkipToEnd(r);
                    break;
                default:
                    // w:delText (inside a deletion), w:softHyphen (invisible), drawings, footnote references.
                    SkipToEnd(r);
                    break;
            }
        }
    }

    private void FieldChar(ParagraphBuilder p, string? type)
    {
        switch (type)
        {
            case "begin":
                if (fields.Count >= maxDepth)
                {
                    throw TooDeep();
                }

                fields.Add(new Field("", inResult: false));
                break;
            case "separate" when fields.Count > 0:
                fields[^1].InResult = true;
                break;
            case "end" when fields.Count > 0:
                var f = fields[^1];
                fields.RemoveAt(fields.Count - 1);
                var instruction = f.Instruction.ToString().Trim();
                if (fields.Count > 0 && !fields[^1].InResult)
                {
                    // A field in another field's instruction (IF, nested MERGEFIELD): its result is part of that instruction.
                    fields[^1].Instruction.Append(f.Result);
                }
                else
                {
                    p.Fields.Add(new WordField(instruction, f.Result.ToString()));
                }

                break;
        }
    }

    /// <summary>Text is shown unless it is hidden or part of a field's instruction.</summary>
    private void Emit(ParagraphBuilder p, string text, RunFormat format)
    {
        if (text.Length == 0 || fields.Any(f => !f.InResult))
        {
            if (fields.Count > 0 && !fields[^1].InResult && text.Length > 0)
            {
                fields[^1].Result.Append(text);
            }

            return;
        }

        if (format.Hidden == true)
        {
            return;
        }

        foreach (var f in fields)
        {
            f.Result.Append(text);
        }

        p.Add(text, format);
    }

    private WordTable ReadTable(int depth)
    {
        Deeper(depth);
        var number = ++tables;
        var position = new WordPosition(part, paragraphs + 1, number);
        var grid = new List<int>();
        string? style = null;
        var rows = new List<WordRow>();
        if (!r.IsEmptyElement)
        {
            var level = r.Depth;
            while (NextElementWithin(level))
            {
                ReadTableChild(number, depth, grid, ref style, rows);
            }
        }

        return new WordTable(position, grid, SpanRows(rows)) { Section = Section, StyleId = style };
    }

    private void ReadTableChild(int number, int depth, List<int> grid, ref string? style, List<WordRow> rows)
    {
        if (!WordNames.IsW(r.NamespaceURI))
        {
            SkipToEnd(r);
            return;
        }

        switch (r.LocalName)
        {
            case "tblPr":
                style = LoadElement().W1("tblStyle").Val();
                break;
            case "tblGrid":
                grid.AddRange(LoadElement().W("gridCol").Select(g => g.Int("w") ?? 0));
                break;
            case "tr":
                if (ReadRow(number, rows.Count, depth) is { } row)
                {
                    rows.Add(row);
                }

                break;
            case var name when Wrappers.Contains(name):
                Deeper(depth + 1);
                if (!r.IsEmptyElement)
                {
                    var level = r.Depth;
                    while (NextElementWithin(level))
                    {
                        ReadTableChild(number, depth + 1, grid, ref style, rows);
                    }
                }

                break;
            default:
                SkipToEnd(r);
                break;
        }
    }

    /// <summary>A row; null when the row is a tracked deletion (its paragraphs are then not counted).</summary>
    private WordRow? ReadRow(int table, int index, int depth)
    {
        var (paragraphsBefore, tablesBefore) = (paragraphs, tables);
        var cellList = new List<WordCell>();
        bool header = false, cantSplit = false, deleted = false;
        var gridBefore = 0;
        var column = 0;
        if (!r.IsEmptyElement)
        {
            var level = r.Depth;
            while (NextElementWithin(level))
            {
                if (r.IsW("trPr"))
                {
                    var trPr = LoadElement();
                    header = trPr.W1("tblHeader").OnOff() ?? false;
                    cantSplit = trPr.W1("cantSplit").OnOff() ?? false;
                    deleted = trPr.W1("del") is not null;
                    gridBefore = trPr.W1("gridBefore").Int() ?? 0;
                    column = Math.Max(column, gridBefore);
                }
                else
                {
                    ReadRowChild(table, index, depth, cellList, ref column);
                }
            }
        }

        if (deleted)
        {
            (paragraphs, tables) = (paragraphsBefore, tablesBefore);
            return null;
        }

        return new WordRow(index, cellList) { IsHeader = header, CantSplit = cantSplit, GridBefore = gridBefore };
    }

    private void ReadRowChild(int table, int row, int depth, List<WordCell> into, ref int column)
    {
        if (!WordNames.IsW(r.NamespaceURI))
        {
            SkipToEnd(r);
            return;
        }

        if (r.LocalName == "tc")
        {
            var cell = ReadCell(table, row, column, depth);
            into.Add(cell);
            column += cell.GridSpan;
            return;
        }

        if (Wrappers.Contains(r.LocalName) && !r.IsEmptyElement)
        {
            Deeper(depth + 1);
            var level = r.Depth;
            while (NextElementWithin(level))
            {
                ReadRowChild(table, row, depth + 1, into, ref column);
            }

            return;
        }

        SkipToEnd(r);
    }

    private WordCell ReadCell(int table, int row, int column, int depth)
    {
        var position = new WordPosition(part, paragraphs + 1, table, row + 1, column + 1);
        cells.Add((table, row + 1, column + 1));
        var blocks = new List<WordBlock>();
        var span = 1;
        var merge = VerticalMerge.None;
        int? width = null;
        if (!r.IsEmptyElement)
        {
            var level = r.Depth;
            while (NextElementWithin(level))
            {
                if (r.IsW("tcPr"))
                {
                    var tcPr = LoadElement();
                    span = Math.Max(1, tcPr.W1("gridSpan").Int() ?? 1);
                    var vMerge = tcPr.W1("vMerge");
                    merge = vMerge is null ? VerticalMerge.None : vMerge.Val() == "restart" ? VerticalMerge.Restart : VerticalMerge.Continue;
                    var tcW = tcPr.W1("tcW");
                    width = tcW.Attr("type") is null or "dxa" ? tcW.Int("w") : null;
                }
                else if (r.IsW("p"))
                {
                    ReadParagraph(blocks);
                }
                else if (r.IsW("tbl"))
                {
                    FlushCarry(blocks);
                    blocks.Add(ReadTable(depth + 1));
                }
                else if (WordNames.IsW(r.NamespaceURI) && Wrappers.Contains(r.LocalName))
                {
                    Deeper(depth + 1);
                    ReadBlocks(blocks, depth + 1);
                }
                else
                {
                    SkipToEnd(r);
                }
            }
        }

        FlushCarry(blocks);
        cells.RemoveAt(cells.Count - 1);
        return new WordCell(position, column, span, merge, blocks) { Width = width };
    }

    /// <summary>Gives each vertical-merge start the number of rows its continuations cover.</summary>
    private static List<WordRow> SpanRows(List<WordRow> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var cellsOfRow = rows[i].Cells.ToList();
            var changed = false;
            for (var c = 0; c < cellsOfRow.Count; c++)
            {
                if (cellsOfRow[c].VerticalMerge != VerticalMerge.Restart)
                {
                    continue;
                }

                var span = 1;
                while (i + span < rows.Count && rows[i + span].CellAt(cellsOfRow[c].GridColumn) is { VerticalMerge: VerticalMerge.Continue } below
                       && below.GridColumn == cellsOfRow[c].GridColumn)
                {
                    span++;
                }

                cellsOfRow[c] = cellsOfRow[c] with { RowSpan = span };
                changed = true;
            }

            if (changed)
            {
                rows[i] = rows[i] with { Cells = cellsOfRow };
            }
        }

        return rows;
    }

    private WordPosition Position(int paragraph) => cells.Count == 0
        ? new WordPosition(part, paragraph)
        : new WordPosition(part, paragraph, cells[^1].Table, cells[^1].Row, cells[^1].Column);

    private void Deeper(int depth)
    {
        if (depth > maxDepth)
        {
            throw TooDeep();
        }
    }

    private WordReadException TooDeep() => new(DiagnosticCatalog.E307,
        $"Phần \"{part}\" lồng bảng, điều khiển nội dung hoặc trường vào nhau quá {maxDepth} tầng (dòng {LineInfo().Line}): không phải văn bản bình thường.",
        $"Part \"{part}\" nests tables, content controls or fields more than {maxDepth} deep (line {LineInfo().Line}): not an ordinary document.",
        part, LineInfo().Line, LineInfo().Column);

    private (int Line, int Column) LineInfo() => r is IXmlLineInfo info ? (info.LineNumber, info.LinePosition) : (0, 0);

    private XElement LoadElement()
    {
        using var sub = r.ReadSubtree();
        return XElement.Load(sub);
    }

    /// <summary>The text of a w:t or w:instrText, leaving the reader on its end tag.</summary>
    private string ReadText()
    {
        if (r.IsEmptyElement)
        {
            return "";
        }

        var text = new StringBuilder();
        var level = r.Depth;
        while (r.Read() && !(r.NodeType == XmlNodeType.EndElement && r.Depth == level))
        {
            if (r.NodeType is XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA)
            {
                text.Append(r.Value);
            }
        }

        return text.ToString();
    }

    private static void SkipToEnd(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var level = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == level))
        {
        }
    }

    private sealed class Field(string instruction, bool inResult)
    {
        public StringBuilder Instruction { get; } = new(instruction);

        public StringBuilder Result { get; } = new();

        public bool InResult { get; set; } = inResult;
    }

    /// <summary>
    /// Moves to the next element anywhere inside the element whose start tag was at <paramref name="level"/>;
    /// false at that element's end tag. What the caller does not read of an element is then walked into, as before.
    /// </summary>
    private bool NextElementWithin(int level)
    {
        while (r.Read())
        {
            if (r.NodeType == XmlNodeType.EndElement && r.Depth == level)
            {
                return false;
            }

            if (r.NodeType == XmlNodeType.Element)
            {
                return true;
            }
        }

        return false;
    }
}
