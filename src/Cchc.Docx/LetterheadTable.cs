using System.Text;
using M = Cchc.Model.Documents;

namespace Cchc.Docx;

/// <summary>
/// The header block of page one (nd30-format §4): a borderless two-column table. Row 1 holds the superior
/// and issuing agency with a 40% rule (left) and the quốc hiệu and tiêu ngữ with a rule as long as the tiêu
/// ngữ (right). Row 2, only when the document is numbered or dated, holds "Số: …" and the place–date line,
/// so the two always share a line however many lines the agency name takes.
/// </summary>
internal static class LetterheadTable
{
    /// <summary>Left column share of the text width: 3600 of 9354 twips, which leaves the right column room
    /// for the quốc hiệu (about 5420 twips at 13 pt bold) on one line.</summary>
    public const int LeftPortrait = 3600;
    public const int CellMargin = 57;

    public static StringBuilder Build(M.Letterhead letterhead, int width, M.Revision revision)
    {
        var columns = SplitColumns(width);
        var xml = new StringBuilder(4096);
        Tables.Start(xml, StyleIds.LayoutTable, columns, CellMargin);

        Tables.RowStart(xml, revision: revision);
        Tables.Cell(xml, columns[0], AgencyBlock(letterhead, columns[0] - (2 * CellMargin), revision), StyleIds.LetterheadAgency, revision);
        Tables.Cell(xml, columns[1], NationalBlock(letterhead, columns[1] - (2 * CellMargin), revision), StyleIds.NationalTitle, revision);
        xml.Append("</w:tr>");

        if (letterhead.NumberLine is not null || letterhead.PlaceDateLine is not null)
        {
            var dateStyle = PlaceDateStyle(letterhead.PlaceDateLine, columns[1] - (2 * CellMargin));
            Tables.RowStart(xml, revision: revision);
            Tables.Cell(xml, columns[0], Line(StyleIds.NumberLine, letterhead.NumberLine, revision), StyleIds.NumberLine, revision);
            Tables.Cell(xml, columns[1], Line(dateStyle, letterhead.PlaceDateLine, revision), dateStyle, revision);
            xml.Append("</w:tr>");
        }

        return xml.Append("</w:tbl>");
    }

    /// <summary>The same split for the signature block, so its columns line up with the header's.</summary>
    public static int[] SplitColumns(int width)
    {
        var left = (int)((long)width * LeftPortrait / PageLayout.Portrait.TextWidth);
        return [left, width - left];
    }

    private static StringBuilder AgencyBlock(M.Letterhead letterhead, int available, M.Revision revision)
    {
        var xml = new StringBuilder();
        if (letterhead.Superior is not null)
        {
            WordXml.Paragraph(xml, StyleIds.LetterheadSuperior, letterhead.Superior, revision);
        }

        foreach (var line in letterhead.AgencyLines)
        {
            WordXml.Paragraph(xml, StyleIds.LetterheadAgency, line, revision);
        }

        if (letterhead.AgencyLines.Count > 0)
        {
            var format = StyleSheet.Default.RunFormatOf(StyleIds.LetterheadAgency);
            var widest = letterhead.AgencyLines.Max(line => TextWidth.Twips(line, format));
            Rules.Short(xml, widest, available, revision: revision);
        }

        return xml;
    }

    private static StringBuilder NationalBlock(M.Letterhead letterhead, int available, M.Revision revision)
    {
        var xml = new StringBuilder();
        WordXml.Paragraph(xml, StyleIds.NationalTitle, letterhead.NationalTitle, revision);
        WordXml.Paragraph(xml, StyleIds.Motto, letterhead.Motto, revision);
        var motto = TextWidth.Twips(letterhead.Motto, StyleSheet.Default.RunFormatOf(StyleIds.Motto));
        Rules.Centered(xml, motto, available, revision: revision);
        return xml;
    }

    private static string PlaceDateStyle(string? text, int available) =>
        text is not null && TextWidth.Twips(text, StyleSheet.Default.RunFormatOf(StyleIds.PlaceDateLine)) > available
            ? StyleIds.PlaceDateLineCompact
            : StyleIds.PlaceDateLine;

    private static StringBuilder Line(string styleId, string? text, M.Revision revision)
    {
        var xml = new StringBuilder();
        if (text is not null)
        {
            WordXml.Paragraph(xml, styleId, text, revision);
        }

        return xml;
    }
}
