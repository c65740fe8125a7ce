using Cchc.Word;

namespace Cchc.Import.Recognition.Frame;

/// <summary>
/// The letterhead of a document (nd30-format.md §3): the issuer's lines on the left, Quốc hiệu and Tiêu ngữ on
/// the right, then "Số: …" and the place and date — as one or two tables, as cchc and Word templates lay it out.
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
        var tables = before.OfType<WordTable>().Where(IsLetterhead).ToList();
        if (tables.Count == 0)
        {
            return null;
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
        var agency = left.Where(l => l != number && !IsRule(l)).ToList();
        var national = right.FirstOrDefault(l => l.StartsWith("CỘNG H", StringComparison.Ordinal));
        return new Letterhead(agency, national, number, date, tables[0].Position);
    }

    /// <summary>A typed underline ("-------", "___") under the issuer's name.</summary>
    private static bool IsRule(string line) => line.All(c => c is '-' or '_' or '–' or '—' or '=' or '.' or ' ');
}
