using Cchc.Word;

namespace Cchc.Import.Recognition.Frame;

internal enum PartKind
{
    Decision,
    Plan,
    Appendix,
}

/// <summary>One document of the package as found in a Word file: its blocks, from its letterhead to the next document's.</summary>
internal sealed record DocumentPart(PartKind Kind, IReadOnlyList<WordBlock> Blocks, ImportContext Context)
{
    /// <summary>The paragraph holding the tên loại ("QUYẾT ĐỊNH", "KẾ HOẠCH", "PHỤ LỤC …"); in a <see cref="Fragment"/>, its section I.</summary>
    public int TitleIndex { get; init; }

    /// <summary>A Kế hoạch's body with no letterhead and no "KẾ HOẠCH" line (seed 000): its frame is supplied.</summary>
    public bool Fragment { get; init; }
}

/// <summary>
/// Splits a Word file into its documents by their tên loại: "QUYẾT ĐỊNH", "KẾ HOẠCH", "PHỤ LỤC" (or "Phụ lục I")
/// standing alone on a line. The letterhead tables just above a tên loại belong to it; a section or page break
/// before a part's first block is where cchc and most clerks start a new document, but only the tên loại decides.
/// </summary>
internal static class Segmenter
{
    public static List<DocumentPart> Split(WordDocument document, ImportContext context)
    {
        var blocks = document.Blocks;
        var starts = new List<(int Start, int Title, PartKind Kind)>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is WordParagraph p && KindOf(p.DisplayText) is { } kind)
            {
                var start = i;
                // The letterhead (tables, or its lines typed as paragraphs) and empty lines above the tên loại.
                while (start > (starts.Count > 0 ? starts[^1].Title + 1 : 0) && IsHeaderBlock(blocks[start - 1]))
                {
                    start--;
                }

                starts.Add((start, i, kind));
            }
        }

        var parts = new List<DocumentPart>();
        var end0 = starts.Count > 0 ? starts[0].Start : blocks.Count;
        if (starts.All(s => s.Kind != PartKind.Plan) && BodyStart(blocks, end0) is { } body)
        {
            parts.Add(new DocumentPart(PartKind.Plan, blocks.Take(end0).ToList(), context) { TitleIndex = body, Fragment = true });
        }

        for (var k = 0; k < starts.Count; k++)
        {
            var first = k == 0 && parts.Count == 0 ? 0 : starts[k].Start;
            var end = k + 1 < starts.Count ? starts[k + 1].Start : blocks.Count;
            parts.Add(new DocumentPart(starts[k].Kind, blocks.Skip(first).Take(end - first).ToList(), context) { TitleIndex = starts[k].Title - first });
        }

        return parts;
    }

    /// <summary>Where a plan body without its "KẾ HOẠCH" line starts: a paragraph "I. …" with a "II. …" after it.</summary>
    private static int? BodyStart(IReadOnlyList<WordBlock> blocks, int end)
    {
        static bool Is(WordBlock b, string label) => b is WordParagraph p && p.DisplayText.TrimStart() is var t
            && t.StartsWith(label, StringComparison.Ordinal) && t.Length > label.Length && char.IsWhiteSpace(t[label.Length]);
        var first = -1;
        for (var i = 0; i < end; i++)
        {
            if (first < 0 && Is(blocks[i], "I."))
            {
                first = i;
            }
            else if (first >= 0 && Is(blocks[i], "II."))
            {
                return first;
            }
        }

        return null;
    }

    public static PartKind? KindOf(string text)
    {
        var t = FrameText.Flat(text);
        if (t == "QUYẾT ĐỊNH")
        {
            return PartKind.Decision;
        }

        if (t == "KẾ HOẠCH")
        {
            return PartKind.Plan;
        }

        var upper = FrameText.Upper(t);
        return upper == "PHỤ LỤC" || upper.StartsWith("PHỤ LỤC ", StringComparison.Ordinal) && upper.Length <= 20 && !upper.Contains(',', StringComparison.Ordinal)
            ? PartKind.Appendix
            : null;
    }

    /// <summary>
    /// A letterhead table, an empty line, or a line of a letterhead typed as paragraphs (issuer, Quốc hiệu, Tiêu
    /// ngữ, Số, place and date, alone or tab-separated). A signer's line ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH") is
    /// not: it ends the document above, when its signature has no name yet.
    /// </summary>
    private static bool IsHeaderBlock(WordBlock block) => block switch
    {
        WordTable t => Letterhead.IsLetterhead(t),
        WordParagraph p => p.Text.Trim().Length == 0
            || (FrameText.Upper(p.Text) == p.Text && p.Text.Length < 80 || Letterhead.IsLetterheadLine(p))
            && !FrameLines.Of(p).SelectMany(l => l.Halves).Any(FrameLines.IsSignerTitle),
        _ => false,
    };
}
