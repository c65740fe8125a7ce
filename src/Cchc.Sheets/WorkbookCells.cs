using System.Globalization;
using System.Text;
using System.Xml;
using Cchc.Packaging;

namespace Cchc.Sheets;

/// <summary>
/// The cells of a workbook's sheets by row, as Excel, LibreOffice Calc or Google Sheets stored them: shared strings
/// (rich text runs too, phonetic guides left out), inline strings, formula strings, booleans, errors, numbers (dates
/// when their format shows a date) and ISO dates. Sheets are found through workbook.xml and its relationships;
/// elements are matched by local name, so Strict Open XML reads too.
/// </summary>
internal static class WorkbookCells
{
    /// <summary>The workbook part, or null when the package holds none (not a spreadsheet).</summary>
    public static string? WorkbookPart(PackageReader package) =>
        package.Related("", "officeDocument") is { } part && package.Has(part) ? part : null;

    /// <summary>Sheets in workbook order, each with its rows: row number → cells in column order.</summary>
    public static List<(string Name, SortedDictionary<int, List<RawCell>> Rows)> Sheets(PackageReader package, string workbook)
    {
        var related = package.Relationships(workbook);
        string? Of(string type) => related.FirstOrDefault(r => r.Type.EndsWith("/" + type, StringComparison.Ordinal)).Target is { } p && package.Has(p) ? p : null;
        var shared = Of("sharedStrings") is { } sst ? SharedStrings(package, sst) : [];
        var dates = Of("styles") is { } styles ? DateStyles(package, styles) : [];
        var result = new List<(string, SortedDictionary<int, List<RawCell>>)>();
        foreach (var (name, id) in SheetList(package, workbook))
        {
            var target = related.FirstOrDefault(r => r.Id == id).Target;
            if (target is not null && package.Has(target))
            {
                result.Add((name, Rows(package, target, shared, dates)));
            }
        }

        return result;
    }

    private static List<(string Name, string Id)> SheetList(PackageReader package, string workbook)
    {
        var sheets = new List<(string, string)>();
        package.Read(workbook, r =>
        {
            while (r.Read())
            {
                if (r.NodeType == XmlNodeType.Element && r.LocalName == "sheet" && RelationshipId(r) is { } id)
                {
                    sheets.Add((r.GetAttribute("name") ?? "", id));
                }
            }
        });
        return sheets;
    }

    /// <summary>The r:id attribute, whichever namespace (transitional or strict) binds its prefix.</summary>
    private static string? RelationshipId(XmlReader r)
    {
        for (var more = r.MoveToFirstAttribute(); more; more = r.MoveToNextAttribute())
        {
            if (r.LocalName == "id" && r.NamespaceURI.EndsWith("/relationships", StringComparison.Ordinal))
            {
                var id = r.Value;
                r.MoveToElement();
                return id;
            }
        }

        r.MoveToElement();
        return null;
    }

    private static List<string> SharedStrings(PackageReader package, string part)
    {
        var items = new List<string>();
        package.Read(part, r =>
        {
            while (r.Read())
            {
                if (r.NodeType == XmlNodeType.Element && r.LocalName == "si")
                {
                    items.Add(ItemText(r));
                }
            }
        });
        return items;
    }

    /// <summary>For each cell format (index into cellXfs), whether it shows a number as a date.</summary>
    private static List<bool> DateStyles(PackageReader package, string part)
    {
        var customDates = new HashSet<int>();
        var formats = new List<int>();
        package.Read(part, r =>
        {
            var inCellXfs = false;
            while (r.Read())
            {
                if (r.NodeType == XmlNodeType.EndElement && r.LocalName == "cellXfs")
                {
                    inCellXfs = false;
                }
                else if (r.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                else if (r.LocalName == "numFmt" && Int(r.GetAttribute("numFmtId")) is { } id && NumberFormats.IsDateCode(r.GetAttribute("formatCode") ?? ""))
                {
                    customDates.Add(id);
                }
                else if (r.LocalName == "cellXfs")
                {
                    inCellXfs = !r.IsEmptyElement;
                }
                else if (inCellXfs && r.LocalName == "xf")
                {
                    formats.Add(Int(r.GetAttribute("numFmtId")) ?? 0);
                }
            }
        });
        return formats.Select(id => customDates.Contains(id) || (id < 164 && NumberFormats.IsBuiltInDate(id))).ToList();
    }

    private static SortedDictionary<int, List<RawCell>> Rows(PackageReader package, string part, List<string> shared, List<bool> dates)
    {
        var rows = new SortedDictionary<int, List<RawCell>>();
        package.Read(part, r =>
        {
            var nextRow = 1;
            while (r.Read())
            {
                if (r.NodeType != XmlNodeType.Element || r.LocalName != "row")
                {
                    continue;
                }

                var number = Int(r.GetAttribute("r")) ?? nextRow;
                nextRow = number + 1;
                var cells = new List<RawCell>();
                if (!r.IsEmptyElement)
                {
                    var depth = r.Depth;
                    var nextColumn = 1;
                    while (r.Read() && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
                    {
                        if (r.NodeType == XmlNodeType.Element && r.LocalName == "c")
                        {
                            var reference = CellReference(r.GetAttribute("r")) ?? SheetColumns.Letter(nextColumn) + number.ToString(CultureInfo.InvariantCulture);
                            nextColumn = SheetColumns.Index(TaskSheetReader.Letters(reference)) + 1;
                            cells.Add(Cell(r, reference, shared, dates));
                        }
                    }
                }

                rows[number] = cells;
            }
        });
        return rows;
    }

    /// <summary>One &lt;c&gt; element; leaves the reader on its end tag (or on it, when empty).</summary>
    private static RawCell Cell(XmlReader r, string reference, List<string> shared, List<bool> dates)
    {
        var type = r.GetAttribute("t") ?? "n";
        var style = Int(r.GetAttribute("s")) ?? 0;
        string? value = null;
        string? inline = null;
        var formula = false;
        if (!r.IsEmptyElement)
        {
            var depth = r.Depth;
            r.Read();
            while (!(r.NodeType == XmlNodeType.EndElement && r.Depth == depth) && r.NodeType != XmlNodeType.None)
            {
                if (r.NodeType != XmlNodeType.Element)
                {
                    r.Read();
                }
                else if (r.LocalName == "v")
                {
                    value = r.ReadElementContentAsString();
                }
                else if (r.LocalName == "is")
                {
                    inline = ItemText(r);
                    r.Read();
                }
                else
                {
                    formula |= r.LocalName == "f";
                    r.Skip();
                }
            }
        }

        if (type == "inlineStr")
        {
            return new(reference, RawKind.Text, inline ?? "", formula);
        }

        if (value is null)
        {
            return new(reference, RawKind.Empty, "", formula);
        }

        return type switch
        {
            "s" => Int(value) is { } i && i >= 0 && i < shared.Count ? new(reference, RawKind.Text, shared[i], formula) : new(reference, RawKind.Error, value, formula),
            "str" => new(reference, RawKind.Text, SheetXml.Unescape(value), formula),
            "b" => new(reference, RawKind.Boolean, value.Trim() is "1" or "true" ? "TRUE" : "FALSE", formula),
            "e" => new(reference, RawKind.Error, value, formula),
            "d" => new(reference, RawKind.IsoDate, value.Trim(), formula),
            _ => new(reference, style >= 0 && style < dates.Count && dates[style] ? RawKind.Date : RawKind.Number, value.Trim(), formula),
        };
    }

    /// <summary>The text of a shared or inline string (&lt;si&gt; or &lt;is&gt;): its &lt;t&gt; or its runs' &lt;t&gt;, phonetic guides left out.
    /// Leaves the reader on the item's end tag (or on it, when empty).</summary>
    private static string ItemText(XmlReader r)
    {
        if (r.IsEmptyElement)
        {
            return "";
        }

        var depth = r.Depth;
        var text = new StringBuilder();
        r.Read();
        while (!(r.NodeType == XmlNodeType.EndElement && r.Depth == depth) && r.NodeType != XmlNodeType.None)
        {
            if (r.NodeType == XmlNodeType.Element && r.LocalName == "t")
            {
                text.Append(r.ReadElementContentAsString());
            }
            else if (r.NodeType == XmlNodeType.Element && r.LocalName == "rPh")
            {
                r.Skip();
            }
            else
            {
                r.Read();
            }
        }

        return SheetXml.Unescape(text.ToString());
    }

    /// <summary>
    /// The cell's address upper-cased when it is one a sheet can have (A1 … XFD1048576); null otherwise — "", "0A",
    /// "H", "$H$2", "XFD99999999999" — and the cell is then placed as if it had none (after the previous one, in its row).
    /// </summary>
    internal static string? CellReference(string? text)
    {
        if (text is null || text.Length is 0 or > 10)
        {
            return null;
        }

        var upper = text.ToUpperInvariant();
        var letters = TaskSheetReader.Letters(upper);
        var digits = upper.AsSpan(letters.Length);
        return letters.Length is >= 1 and <= 3 && SheetColumns.Index(letters) <= MaxColumns && digits.Length > 0 && digits[0] != '0'
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row <= MaxRows
            ? upper
            : null;
    }

    private const int MaxColumns = 16_384;
    private const int MaxRows = 1_048_576;

    private static int? Int(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
