using M = Cchc.Model.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

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

    public static W.Table Build(M.Letterhead letterhead, int width)
    {
        var columns = SplitColumns(width);
        var table = Tables.Create(StyleIds.LayoutTable, columns, Tables.SideMargins(CellMargin));

        var top = Tables.Row();
        top.Append(
            Tables.Cell(columns[0], AgencyBlock(letterhead, columns[0] - (2 * CellMargin)), StyleIds.LetterheadAgency),
            Tables.Cell(columns[1], NationalBlock(letterhead, columns[1] - (2 * CellMargin)), StyleIds.NationalTitle));
        table.Append(top);

        if (letterhead.NumberLine is not null || letterhead.PlaceDateLine is not null)
        {
            var dateStyle = PlaceDateStyle(letterhead.PlaceDateLine, columns[1] - (2 * CellMargin));
            var second = Tables.Row();
            second.Append(
                Tables.Cell(columns[0], Line(StyleIds.NumberLine, letterhead.NumberLine), StyleIds.NumberLine),
                Tables.Cell(columns[1], Line(dateStyle, letterhead.PlaceDateLine), dateStyle));
            table.Append(second);
        }

        return table;
    }

    /// <summary>The same split for the signature block, so its columns line up with the header's.</summary>
    public static int[] SplitColumns(int width)
    {
        var left = (int)((long)width * LeftPortrait / PageLayout.Portrait.TextWidth);
        return [left, width - left];
    }

    private static IEnumerable<W.Paragraph> AgencyBlock(M.Letterhead letterhead, int available)
    {
        if (letterhead.Superior is not null)
        {
            yield return Paragraphs.Of(StyleIds.LetterheadSuperior, letterhead.Superior);
        }

        foreach (var line in letterhead.AgencyLines)
        {
            yield return Paragraphs.Of(StyleIds.LetterheadAgency, line);
        }

        if (letterhead.AgencyLines.Count > 0)
        {
            var format = StyleSheet.Default.RunFormatOf(StyleIds.LetterheadAgency);
            var widest = letterhead.AgencyLines.Max(line => TextWidth.Twips(line, format));
            yield return Rules.Short(widest, available);
        }
    }

    private static IEnumerable<W.Paragraph> NationalBlock(M.Letterhead letterhead, int available)
    {
        yield return Paragraphs.Of(StyleIds.NationalTitle, letterhead.NationalTitle);
        yield return Paragraphs.Of(StyleIds.Motto, letterhead.Motto);
        var motto = TextWidth.Twips(letterhead.Motto, StyleSheet.Default.RunFormatOf(StyleIds.Motto));
        yield return Rules.Centered(motto, available);
    }

    private static string PlaceDateStyle(string? text, int available) =>
        text is not null && TextWidth.Twips(text, StyleSheet.Default.RunFormatOf(StyleIds.PlaceDateLine)) > available
            ? StyleIds.PlaceDateLineCompact
            : StyleIds.PlaceDateLine;

    private static IEnumerable<W.Paragraph> Line(string styleId, string? text)
    {
        if (text is not null)
        {
            yield return Paragraphs.Of(styleId, text);
        }
    }
}
