using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cchc.Docx;

/// <summary>Shared pieces of the tables the writer builds: fixed-layout grids with explicit widths in twips.</summary>
internal static class Tables
{
    public static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static W.Table Create(string styleId, int[] columns, W.TableCellMarginDefault? cellMargins = null)
    {
        var properties = new W.TableProperties(
            new W.TableStyle { Val = styleId },
            new W.TableWidth { Width = Twips(columns.Sum()), Type = W.TableWidthUnitValues.Dxa },
            new W.TableLayout { Type = W.TableLayoutValues.Fixed });
        if (cellMargins is not null)
        {
            properties.Append(cellMargins);
        }

        var grid = new W.TableGrid(columns.Select(c => new W.GridColumn { Width = Twips(c) }));
        return new W.Table(properties, grid);
    }

    public static W.TableCellMarginDefault SideMargins(int twips) => new(
        new W.TopMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
        new W.TableCellLeftMargin { Width = (Int16Value)(short)twips, Type = W.TableWidthValues.Dxa },
        new W.BottomMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
        new W.TableCellRightMargin { Width = (Int16Value)(short)twips, Type = W.TableWidthValues.Dxa });

    public static W.TableRow Row(bool header = false)
    {
        var properties = new W.TableRowProperties(new W.CantSplit());
        if (header)
        {
            properties.Append(new W.TableHeader());
        }

        return new W.TableRow(properties);
    }

    /// <summary>A cell; Word rejects a cell without a paragraph, so an empty one gets <paramref name="emptyStyle"/>.</summary>
    public static W.TableCell Cell(int width, IEnumerable<W.Paragraph> paragraphs, string emptyStyle, int gridSpan = 1, bool centerVertically = false)
    {
        var properties = new W.TableCellProperties(new W.TableCellWidth { Width = Twips(width), Type = W.TableWidthUnitValues.Dxa });
        if (gridSpan > 1)
        {
            properties.Append(new W.GridSpan { Val = gridSpan });
        }

        if (centerVertically)
        {
            properties.Append(new W.TableCellVerticalAlignment { Val = W.TableVerticalAlignmentValues.Center });
        }

        var cell = new W.TableCell(properties);
        cell.Append(paragraphs);
        if (!cell.Elements<W.Paragraph>().Any())
        {
            cell.Append(Paragraphs.Empty(emptyStyle));
        }

        return cell;
    }
}
