using M = Cchc.Model.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cchc.Docx;

/// <summary>
/// An appendix table (nd30-format §6): the full text width, columns in proportion to the weights, bordered
/// cells, leading header rows repeated on every page, rows that never split, group rows as one bold cell
/// across all columns.
/// </summary>
internal static class DataTable
{
    public static W.Table Build(M.Table table, int width)
    {
        var columns = ColumnWidths.Distribute(table.ColumnWeights, width);
        var result = Tables.Create(StyleIds.GridTable, columns);
        var leadingHeader = true;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            leadingHeader &= row.Kind == M.TableRowKind.Header;
            result.Append(row.Kind == M.TableRowKind.Group
                ? GroupRow(row, r, width, columns.Length)
                : GridRow(row, r, columns, leadingHeader));
        }

        return result;
    }

    private static W.TableRow GridRow(M.TableRow row, int index, int[] columns, bool repeat)
    {
        if (row.Cells.Count != columns.Length)
        {
            throw new ArgumentException(
                $"Table row {index + 1} has {row.Cells.Count} cells but the table has {columns.Length} columns.");
        }

        var header = row.Kind == M.TableRowKind.Header;
        var result = Tables.Row(header: repeat);
        for (var c = 0; c < columns.Length; c++)
        {
            var paragraphs = row.Cells[c].Paragraphs.Select(p =>
                Paragraphs.Of(header ? StyleIds.Of(M.ParaStyle.TableHeader) : StyleIds.Of(p.Style), p.Runs));
            result.Append(Tables.Cell(columns[c], paragraphs, StyleIds.Of(M.ParaStyle.TableCell), centerVertically: header));
        }

        return result;
    }

    private static W.TableRow GroupRow(M.TableRow row, int index, int width, int columnCount)
    {
        if (row.Cells.Count != 1)
        {
            throw new ArgumentException($"Group row {index + 1} must have exactly one cell; it has {row.Cells.Count}.");
        }

        var style = StyleIds.Of(M.ParaStyle.TableGroup);
        var result = Tables.Row();
        result.Append(Tables.Cell(width, row.Cells[0].Paragraphs.Select(p => Paragraphs.Of(style, p.Runs)), style, gridSpan: columnCount));
        return result;
    }
}
