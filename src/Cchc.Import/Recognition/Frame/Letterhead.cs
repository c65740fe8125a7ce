using Cchc.Word;

namespace Cchc.Import.Recognition.Frame;

/// <summary>
/// The letterhead of a document (nd30-format.md §3): the issuer's lines on the left, Quốc hiệu and Tiêu ngữ on
/// the right, then "Số: …" and the place and date — as one or two tables, as cchc and Word templates lay it out,
/// or typed as paragraphs: each part on a line of its own, or the left and right halves of a row on one line
/// with tabs between them, in either order (<see cref="FrameLines"/>). Each line is known by what it says.
/// </summary>
internal sealed record Letterhead(IReadOnlyList<string> AgencyLines, string? NationalTitle, string? NumberLine, string? PlaceDateLine, WordPosition Position)
{
    public static bool IsLetterhead(WordTable table)
    {
        var text = string.Join("\n", table.Rows.SelectMany(r => r.Cells).Select(c => c.Text));
        return text.Contains("CỘNG HÒA", StringComparison.Ordinal) || text.Contains("CỘNG HOÀ", StringComparison.Ordinal)
            || text.Contains("Độc lập", StringComparison.Ordinal) || text.TrimStart().StartsWith("Số:", StringComparison.Ordinal)
            || table.Rows.SelectMany(r => r.Cells).Any(c => c.Text.TrimStart().StartsWith("Số:", StringComparison.Ordinal));
    }

    /// <summary>The letterhead in the blocks before the tên loại, or null when there is none.</summary>
    public static Letterhead? Read(IEnumerable<WordBlock> before)
    {
        var blocks = before.ToList();
        var tables = blocks.OfType<WordTable>().Where(IsLetterhead).ToList();
        if (tables.Count == 0)
        {
            return ReadLines(blocks.OfType<WordParagraph>().ToList());
        }

        // Cells in reading order, split in left and right columns by their grid position.
        var left = new List<string>();
        var right = new List<string>();
        foreach (var row in tables.SelectMany(t => t.Rows))
        {
            foreach (var cell in row.Cells)
            {
                var lines = cell.Paragraphs.Select(p => p.DisplayText.Trim()).Where(l => l.Length > 0);
                (cell.GridColumn == 0 ? left : right).AddRange(lines);
            }
        }

        var number = left.Concat(right).FirstOrDefault(l => l.StartsWith("Số:", StringComparison.Ordinal));
        var date = right.FirstOrDefault(l => l.Contains("ngày", StringComparison.Ordinal) && l.Contains("năm", StringComparison.Ordinal) && l.Contains(',', StringComparison.Ordinal));
        var agency = left.Where(l => l != number && !FrameLines.IsRule(l)).ToList();
        var national = right.FirstOrDefault(l => l.StartsWith("CỘNG H", StringComparison.Ordinal));
        return new Letterhead(agency, national, number, date, tables[0].Position);
    }

    /// <summary>A letterhead typed as paragraphs, or null when the lines hold none of its parts.</summary>
    private static Letterhead? ReadLines(IReadOnlyList<WordParagraph> paragraphs)
    {
        var halves = FrameLines.Of(paragraphs).SelectMany(l => l.Halves).ToList();
        var agency = halves.Where(FrameLines.IsIssuer).ToList();
        var national = halves.FirstOrDefault(FrameLines.IsNationalTitle);
        var number = halves.FirstOrDefault(FrameLines.IsNumber);
        var date = halves.FirstOrDefault(FrameLines.IsPlaceDate);
        if (national is null && number is null && date is null && !halves.Any(FrameLines.IsMotto))
        {
            return null;
        }

        var first = paragraphs.First(p => FrameLines.Of(p).Any(l => !l.IsBlank));
        return new Letterhead(agency, national, number, date, first.Position);
    }

    /// <summary>A paragraph that is letterhead lines only (or empty): what the segmenter keeps with the tên loại below it.</summary>
    public static bool IsLetterheadLine(WordParagraph p) => FrameLines.Of(p).SelectMany(l => l.Halves).All(FrameLines.IsLetterheadHalf);
}
