using System.Text;
using M = Cchc.Model.Documents;

namespace Cchc.Docx;

/// <summary>
/// An appendix table (nd30-format §6): the full text width, columns in proportion to the weights, bordered
/// cells, leading header rows repeated on every page, rows that never split, group rows as one bold cell
/// across all columns. Written as raw markup (see <see cref="WordXml"/>): these tables are what grows with a plan.
/// </summary>
internal static class DataTable
{
    /// <summary>Writes the table's markup (without a namespace declaration: the document element declares w:), a row at a time.</summary>
    public static void Write(TextWriter writer, M.Table table, int width)
    {
        var columns = ColumnWidths.Distribute(table.ColumnWeights, width);
        var xml = new StringBuilder(4096);
        Tables.Start(xml, StyleIds.GridTable, columns);
        var leadingHeader = true;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Revision == M.Revision.None ? table.Rows[r] : table.Rows[r] with { Revision = table.Revision };
            leadingHeader &= row.Kind == M.TableRowKind.Header;
            if (row.Kind == M.TableRowKind.Group)
            {
                GroupRow(xml, row, r, width, columns.Length);
            }
            else
            {
                GridRow(xml, row, r, columns, leadingHeader);
            }

            writer.Write(xml);
            xml.Clear();
        }

        writer.Write("</w:tbl>");
    }

    private static void GridRow(StringBuilder xml, M.TableRow row, int index, int[] columns, bool repeat)
    {
        if (row.Cells.Count != columns.Length)
        {
            throw new ArgumentException(
                $"Table row {index + 1} has {row.Cells.Count} cells but the table has {columns.Length} columns.");
        }

        var header = row.Kind == M.TableRowKind.Header;
        Tables.RowStart(xml, repeat, row.Revision);
        for (var c = 0; c < columns.Length; c++)
        {
            Cell(xml, columns[c], row.Cells[c].Paragraphs, p => header ? StyleIds.Of(M.ParaStyle.TableHeader) : StyleIds.Of(p.Style),
                StyleIds.Of(M.ParaStyle.TableCell), gridSpan: 1, centerVertically: header, row.Revision);
        }

        xml.Append("</w:tr>");
    }

    private static void GroupRow(StringBuilder xml, M.TableRow row, int index, int width, int columnCount)
    {
        if (row.Cells.Count != 1)
        {
            throw new ArgumentException($"Group row {index + 1} must have exactly one cell; it has {row.Cells.Count}.");
        }

        var style = StyleIds.Of(M.ParaStyle.TableGroup);
        Tables.RowStart(xml, header: false, row.Revision);
        Cell(xml, width, row.Cells[0].Paragraphs, _ => style, style, columnCount, centerVertically: false, row.Revision);
        xml.Append("</w:tr>");
    }

    /// <summary>A cell; Word rejects a cell without a paragraph, so an empty one gets <paramref name="emptyStyle"/>.</summary>
    private static void Cell(StringBuilder xml, int width, IReadOnlyList<M.Paragraph> paragraphs, Func<M.Paragraph, string> styleOf,
        string emptyStyle, int gridSpan, bool centerVertically, M.Revision row)
    {
        Tables.CellStart(xml, width, gridSpan, centerVertically);
        foreach (var p in paragraphs)
        {
            WordXml.Paragraph(xml, styleOf(p), p.Runs, whole: row != M.Revision.None ? row : p.Revision);
        }

        if (paragraphs.Count == 0)
        {
            WordXml.Paragraph(xml, emptyStyle, [], whole: row);
        }

        xml.Append("</w:tc>");
    }
}
