using System.Text;
using M = Cchc.Model.Documents;

namespace Cchc.Docx;

/// <summary>Shared pieces of the tables the writer builds: fixed-layout grids with explicit widths in twips.</summary>
internal static class Tables
{
    /// <summary>w:tbl's start: its properties (with left and right cell margins of <paramref name="sideMargin"/> twips, if any) and grid.</summary>
    public static void Start(StringBuilder xml, string styleId, int[] columns, int? sideMargin = null)
    {
        xml.Append("<w:tbl><w:tblPr><w:tblStyle w:val=\"").Append(styleId)
            .Append("\" /><w:tblW w:w=\"").Append(WordXml.Twips(columns.Sum())).Append("\" w:type=\"dxa\" /><w:tblLayout w:type=\"fixed\" />");
        if (sideMargin is { } margin)
        {
            var twips = WordXml.Twips(margin);
            xml.Append("<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\" /><w:left w:w=\"").Append(twips)
                .Append("\" w:type=\"dxa\" /><w:bottom w:w=\"0\" w:type=\"dxa\" /><w:right w:w=\"").Append(twips).Append("\" w:type=\"dxa\" /></w:tblCellMar>");
        }

        xml.Append("</w:tblPr><w:tblGrid>");
        foreach (var c in columns)
        {
            xml.Append("<w:gridCol w:w=\"").Append(WordXml.Twips(c)).Append("\" />");
        }

        xml.Append("</w:tblGrid>");
    }

    /// <summary>A row that never splits; a leading header row repeats on every page. A row inserted or deleted as a whole says so in w:trPr.</summary>
    public static void RowStart(StringBuilder xml, bool header = false, M.Revision revision = M.Revision.None) =>
        xml.Append(header ? "<w:tr><w:trPr><w:cantSplit /><w:tblHeader />" : "<w:tr><w:trPr><w:cantSplit />")
            .Append(TrackedChanges.Mark(revision)).Append("</w:trPr>");

    public static void CellStart(StringBuilder xml, int width, int gridSpan = 1, bool centerVertically = false)
    {
        xml.Append("<w:tc><w:tcPr><w:tcW w:w=\"").Append(WordXml.Twips(width)).Append("\" w:type=\"dxa\" />");
        if (gridSpan > 1)
        {
            xml.Append("<w:gridSpan w:val=\"").Append(WordXml.Twips(gridSpan)).Append("\" />");
        }

        if (centerVertically)
        {
            xml.Append("<w:vAlign w:val=\"center\" />");
        }

        xml.Append("</w:tcPr>");
    }

    /// <summary>A cell of the given paragraphs' markup; Word rejects a cell without a paragraph, so an empty one gets <paramref name="emptyStyle"/>.</summary>
    public static void Cell(StringBuilder xml, int width, StringBuilder paragraphs, string emptyStyle, M.Revision revision)
    {
        CellStart(xml, width);
        if (paragraphs.Length == 0)
        {
            WordXml.Empty(xml, emptyStyle, whole: revision);
        }

        xml.Append(paragraphs).Append("</w:tc>");
    }
}
