using System.Globalization;
using System.Xml.Linq;

namespace Cchc.Fuzz.Mutators;

/// <summary>
/// Mutations of an exported task workbook, as a department's Excel or Calc could leave it: cells rewritten with
/// edge values (dates as text, numbers, negative, 1e308, empty, 32k characters, formulas, control characters, every
/// cell type), rows and columns deleted, duplicated or moved, the strings moved to a shared-string table as Excel
/// saves them, structural edits of the sheet, shared strings and the other parts, and damage to the zip itself.
/// </summary>
public static class WorkbookMutations
{
    public const string SheetPart = "xl/worksheets/sheet1.xml";
    public const string SharedPart = "xl/sharedStrings.xml";

    private static readonly XNamespace S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly string[] TextValues =
    [
        "31/03/2026", "2026-03-31", "31/02/2026", "29/02/2025", "ngày 31 tháng 3 năm 2026", "3/31/2026", "31.03.2026", "31-03-2026", "31/3/26",
        "46112", "-1", "0", "1e308", " ", "=1+1", "'31/03/2026", "Đã hoàn thành", "hoàn thành", "HOAN THANH", "Đang thực hiện", "Tạm dừng",
        "Không thực hiện (hủy)", "Chưa thực hiện", "Xong", "Đã hoàn thành\u00A0", "Đã hoa\u0300n tha\u0300nh", "#N/A", "TRUE", "cd-ban-hanh-kh",
    ];

    private static readonly string[] NumberValues =
    [
        "46112", "46112.75", "0", "-1", "-46112", "60", "59", "61", "1", "2958465", "2958466", "1e308", "-1e308", "1.7976931348623157E+308", "4.9E-324",
        "1e400", "NaN", "INF", "-0", "", " 46112 ", "46 112", "0x10", "4.6112E4", "99999999999999999999",
    ];

    private static readonly string[] Types = ["s", "n", "b", "e", "str", "inlineStr", "d", "x", ""];

    private static readonly string[] TypedValues = ["1", "0", "2", "-1", "99999", "#N/A", "#DIV/0!", "2026-03-31T00:00:00", "2026-02-30", "abc", ""];

    private static readonly string?[] RowNumbers = ["0", "-1", "1", "2", "1048577", "abc", null];

    private static readonly string[] Refs = ["A0", "0A", "", "XFD1048576", "XFE1", "A1048577", "H", "7", "$H$2", "h2", "ZZZZ99999999999", "H-1"];

    public static IReadOnlyList<Mutation> All { get; } =
    [
        new("xlsx.cell-edge", (b, r, _) => ZipXml.Edit(b, SheetPart, d => EditCell(d, r))),
        new("xlsx.cell-edge", (b, r, _) => ZipXml.Edit(b, SheetPart, d => EditCell(d, r))),
        new("xlsx.cell-edge", (b, r, _) => ZipXml.Edit(b, SheetPart, d => EditCell(d, r))),
        new("xlsx.cell-ref", (b, r, _) => ZipXml.Edit(b, SheetPart, d => OnRandom(d.Descendants(S + "c"), r, c => c.SetAttributeValue("r", Refs[r.Next(Refs.Length)] is var v && v.Length > 0 ? v : null)))),
        new("xlsx.row", (b, r, _) => ZipXml.Edit(b, SheetPart, d => XmlEdits.Shuffle(d, S + "row", r))),
        new("xlsx.row-number", (b, r, _) => ZipXml.Edit(b, SheetPart, d => OnRandom(d.Descendants(S + "row"), r, row => row.SetAttributeValue("r", RowNumbers[r.Next(RowNumbers.Length)])))),
        new("xlsx.column", (b, r, _) => ZipXml.Edit(b, SheetPart, d => EditColumn(d, r))),
        new("xlsx.shared-strings", (b, _, _) => ToSharedStrings(b)),
        new("xlsx.shared-strings-edit", (b, r, _) => ZipXml.Edit(ToSharedStrings(b), SharedPart, d => r.Next(2) == 0 ? XmlEdits.Structural(d, r) : EditSharedString(d, r))),
        new("xlsx.structural-sheet", (b, r, _) => ZipXml.Edit(b, SheetPart, d => XmlEdits.Structural(d, r))),
        new("xlsx.structural-part", (b, r, _) => StructuralOther(b, r)),
        new("xlsx.part-delete", (b, r, _) => ZipXml.Names(b) is { Count: > 0 } names && names[r.Next(names.Count)] is var gone ? ZipXml.Rewrite(b, (n, old) => n == gone ? null : old) : b),
    ];

    /// <summary>The zip's own damage (flips, truncation), rarely: the reader's E420 cases.</summary>
    public static IReadOnlyList<Mutation> Zip { get; } = [.. ByteMutations.All.Where(m => m.Name is "byte.flip" or "byte.truncate" or "byte.delete-range" or "byte.duplicate-range")];

    private static bool OnRandom(IEnumerable<XElement> elements, Random r, Action<XElement> edit)
    {
        var list = elements.ToList();
        if (list.Count == 0)
        {
            return false;
        }

        edit(list[r.Next(list.Count)]);
        return true;
    }

    private static bool EditCell(XDocument sheet, Random r)
    {
        var rows = sheet.Descendants(S + "row").ToList();
        if (rows.Count == 0)
        {
            return false;
        }

        var row = rows[rows.Count > 1 && r.Next(10) != 0 ? 1 + r.Next(rows.Count - 1) : 0];
        var number = (string?)row.Attribute("r") ?? "2";
        var letter = r.Next(20) switch
        {
            < 14 => ((char)('H' + r.Next(5))).ToString(), // Trạng thái … Ghi chú: the department's columns
            < 16 => "B",
            16 => "M",
            17 => ((char)('A' + r.Next(7))).ToString(),
            18 => "N",
            _ => "AB",
        };
        var reference = letter + number;
        var cell = row.Elements(S + "c").FirstOrDefault(c => (string?)c.Attribute("r") == reference);
        if (cell is null)
        {
            cell = new XElement(S + "c", new XAttribute("r", reference));
            var after = row.Elements(S + "c").LastOrDefault(c => string.CompareOrdinal((string?)c.Attribute("r"), reference) < 0);
            if (after is null)
            {
                row.AddFirst(cell);
            }
            else
            {
                after.AddAfterSelf(cell);
            }
        }

        var original = cell.Value;
        var style = cell.Attribute("s");
        cell.RemoveAll();
        cell.SetAttributeValue("r", reference);
        if (style is not null && r.Next(4) != 0)
        {
            cell.SetAttributeValue("s", style.Value);
        }

        switch (r.Next(12))
        {
            case < 4:
                Inline(cell, r.Next(2) == 0 ? TextValues[r.Next(TextValues.Length)] : EdgeTexts.Pick(r, original));
                break;
            case < 7:
                cell.Add(new XElement(S + "v", NumberValues[r.Next(NumberValues.Length)]));
                break;
            case 7:
                Formula(cell, r);
                break;
            case 8:
                var type = Types[r.Next(Types.Length)];
                cell.SetAttributeValue("t", type.Length == 0 ? null : type);
                cell.Add(new XElement(S + "v", TypedValues[r.Next(TypedValues.Length)]));
                break;
            case 9:
                cell.Remove();
                break;
            case 10:
                cell.SetAttributeValue("t", "inlineStr");
                cell.Add(new XElement(S + "is", Enumerable.Range(0, 1 + r.Next(4)).Select(i => new XElement(S + "r", new XElement(S + "t", EdgeTexts.Pick(r, original))))));
                break;
            default:
                break; // emptied: the value and its type gone, the cell kept
        }

        return true;
    }

    private static void Inline(XElement cell, string text)
    {
        cell.SetAttributeValue("t", "inlineStr");
        cell.Add(new XElement(S + "is", new XElement(S + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), text)));
    }

    private static void Formula(XElement cell, Random r)
    {
        (string F, string? T, string? V) formula = r.Next(8) switch
        {
            0 => ("TODAY()", null, "46112"),
            1 => ("1/0", "e", "#DIV/0!"),
            2 => ("\"Đã hoàn thành\"", "str", "Đã hoàn thành"),
            3 => ("DATE(2026,2,30)", null, "46083"),
            4 => ("A1", null, null),
            5 => (new string('(', 5000) + "1" + new string(')', 5000), null, "1"),
            6 => ("HYPERLINK(\"http://x\",\"x\")", "str", new string('x', 40_000)),
            _ => ("", null, ""),
        };
        cell.SetAttributeValue("t", formula.T);
        cell.Add(new XElement(S + "f", formula.F));
        if (formula.V is { } value)
        {
            cell.Add(new XElement(S + "v", value));
        }
    }

    /// <summary>A column's cells deleted, or moved to another letter (over the cells already there).</summary>
    private static bool EditColumn(XDocument sheet, Random r)
    {
        var letter = ((char)('A' + r.Next(13))).ToString();
        var cells = sheet.Descendants(S + "c").Where(c => ((string?)c.Attribute("r"))?.TrimEnd("0123456789".ToCharArray()) == letter).ToList();
        if (cells.Count == 0)
        {
            return false;
        }

        if (r.Next(2) == 0)
        {
            cells.ForEach(c => c.Remove());
            return true;
        }

        var to = ((char)('A' + r.Next(14))).ToString();
        foreach (var c in cells)
        {
            var reference = (string)c.Attribute("r")!;
            c.SetAttributeValue("r", to + reference[letter.Length..]);
        }

        return true;
    }

    /// <summary>The department's answer on data rows 2…: a status label and, for "Đã hoàn thành", a date (Excel serial).</summary>
    public static byte[] Fill(byte[] b, IReadOnlyList<(string Status, double? Completed)> answers) => ZipXml.Edit(b, SheetPart, sheet =>
    {
        var rows = sheet.Descendants(S + "row").Skip(1).ToList();
        for (var i = 0; i < rows.Count && i < answers.Count; i++)
        {
            var number = (string?)rows[i].Attribute("r") ?? "";
            Set(rows[i], "H" + number, c => Inline(c, answers[i].Status));
            if (answers[i].Completed is { } serial)
            {
                Set(rows[i], "I" + number, c => c.Add(new XElement(S + "v", serial.ToString(CultureInfo.InvariantCulture))));
            }
        }

        return rows.Count > 0;
    });

    private static void Set(XElement row, string reference, Action<XElement> value)
    {
        var cell = row.Elements(S + "c").FirstOrDefault(c => (string?)c.Attribute("r") == reference);
        if (cell is null)
        {
            return;
        }

        var style = cell.Attribute("s");
        cell.RemoveAll();
        cell.SetAttributeValue("r", reference);
        cell.SetAttributeValue("s", style?.Value);
        value(cell);
    }

    private static bool EditSharedString(XDocument sst, Random r) =>
        OnRandom(sst.Descendants(S + "t"), r, t => t.Value = EdgeTexts.Pick(r, t.Value));

    private static byte[] StructuralOther(byte[] b, Random r)
    {
        var parts = ZipXml.Names(b).Where(n => n.EndsWith(".xml", StringComparison.Ordinal) || n.EndsWith(".rels", StringComparison.Ordinal)).ToList();
        return parts.Count == 0 ? b : ZipXml.Edit(b, parts[r.Next(parts.Count)], d => XmlEdits.Structural(d, r));
    }

    /// <summary>Every inline string moved to xl/sharedStrings.xml, as Excel and Calc save a workbook (kept when there is one already).</summary>
    public static byte[] ToSharedStrings(byte[] b)
    {
        if (ZipXml.Names(b).Contains(SharedPart) || ZipXml.Read(b, SheetPart) is not { } sheet)
        {
            return b;
        }

        var items = new List<XElement>();
        foreach (var cell in sheet.Descendants(S + "c").Where(c => (string?)c.Attribute("t") == "inlineStr" && c.Element(S + "is") is not null).ToList())
        {
            var inline = cell.Element(S + "is")!;
            items.Add(new XElement(S + "si", inline.Nodes()));
            inline.Remove();
            cell.SetAttributeValue("t", "s");
            cell.Add(new XElement(S + "v", (items.Count - 1).ToString(CultureInfo.InvariantCulture)));
        }

        var sst = new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), new XElement(S + "sst",
            new XAttribute("count", items.Count), new XAttribute("uniqueCount", items.Count), items));
        var rels = ZipXml.Read(b, "xl/_rels/workbook.xml.rels");
        var types = ZipXml.Read(b, "[Content_Types].xml");
        if (rels?.Root is null || types?.Root is null)
        {
            return b;
        }

        XNamespace pr = "http://schemas.openxmlformats.org/package/2006/relationships";
        rels.Root.Add(new XElement(pr + "Relationship", new XAttribute("Id", "rIdShared"),
            new XAttribute("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"), new XAttribute("Target", "sharedStrings.xml")));
        XNamespace ct = "http://schemas.openxmlformats.org/package/2006/content-types";
        types.Root.Add(new XElement(ct + "Override", new XAttribute("PartName", "/" + SharedPart),
            new XAttribute("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml")));
        var replaced = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [SheetPart] = ZipXml.Serialise(sheet),
            ["xl/_rels/workbook.xml.rels"] = ZipXml.Serialise(rels),
            ["[Content_Types].xml"] = ZipXml.Serialise(types),
        };
        return ZipXml.Rewrite(b, (name, old) => replaced.GetValueOrDefault(name, old), [(SharedPart, ZipXml.Serialise(sst))]);
    }
}
