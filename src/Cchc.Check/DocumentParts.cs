using System.Text.RegularExpressions;
using Cchc.Word;

namespace Cchc.Check;

/// <summary>One document inside a file: a Quyết định, a Kế hoạch, a Phụ lục, or something else, as top-level blocks [First, End).</summary>
internal sealed record DocumentPart(DocumentKind Kind, int First, int End, WordTable? Letterhead, WordParagraph? TypeName)
{
    public IEnumerable<WordBlock> Blocks(WordDocument doc) => doc.Blocks.Skip(First).Take(End - First);

    /// <summary>A Kế hoạch issued with a Quyết định: its title block has a "(Kèm theo Quyết định …)" line.</summary>
    public bool Attached { get; init; }
}

/// <summary>
/// Splits a file into its documents: one file may hold a Quyết định, its Kế hoạch and the Phụ lục (seed 002),
/// or each alone. A letterhead table (the one holding the Quốc hiệu) starts a document; a "Phụ lục" label at the
/// top of a section or after a page break starts an appendix. The kind comes from the tên loại.
/// </summary>
internal static partial class DocumentParts
{
    public static IReadOnlyList<DocumentPart> Of(WordDocument doc)
    {
        var starts = new List<(int Index, bool Appendix)>();
        for (var i = 0; i < doc.Blocks.Count; i++)
        {
            if (doc.Blocks[i] is WordTable t && IsLetterhead(t))
            {
                starts.Add((i, false));
            }
            else if (doc.Blocks[i] is WordParagraph p && AppendixLabel().IsMatch(Looks.Text(p)) && StartsPage(doc, i))
            {
                starts.Add((i, true));
            }
        }

        if (starts.Count == 0 || starts[0].Index > 0 && doc.Blocks.Take(starts[0].Index).OfType<WordParagraph>().Any(p => !Looks.IsEmpty(p)))
        {
            starts.Insert(0, (0, false));
        }

        var parts = new List<DocumentPart>();
        for (var k = 0; k < starts.Count; k++)
        {
            var (first, appendix) = starts[k];
            var end = k + 1 < starts.Count ? starts[k + 1].Index : doc.Blocks.Count;
            parts.Add(appendix ? new DocumentPart(DocumentKind.Appendix, first, end, null, null) : Titled(doc, first, end));
        }

        return parts;
    }

    public static bool IsLetterhead(WordTable t) =>
        t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Paragraphs).Take(12)
            .Any(p => Looks.Text(p).ToUpperInvariant().Replace("HOÀ", "HÒA", StringComparison.Ordinal).StartsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA", StringComparison.Ordinal));

    private static DocumentPart Titled(WordDocument doc, int first, int end)
    {
        var letterhead = first < doc.Blocks.Count && doc.Blocks[first] is WordTable t && IsLetterhead(t) ? t : null;
        var heads = doc.Blocks.Skip(first + (letterhead is null ? 0 : 1)).Take(end - first).OfType<WordParagraph>().Where(p => !Looks.IsEmpty(p));
        // With a letterhead the tên loại is the next paragraph; without one it may follow a few loose lines.
        foreach (var p in heads.Take(letterhead is null ? 6 : 1))
        {
            var kind = Looks.Text(p).ToUpperInvariant() switch
            {
                "QUYẾT ĐỊNH" => DocumentKind.Decision,
                "KẾ HOẠCH" => DocumentKind.Plan,
                _ => DocumentKind.Unknown,
            };
            if (kind != DocumentKind.Unknown)
            {
                var attached = heads.SkipWhile(x => x != p).Take(5).Any(x => Looks.IsAttachedLine(x) && !Looks.Text(x).Contains("Kế hoạch", StringComparison.Ordinal));
                return new DocumentPart(kind, first, end, letterhead, p) { Attached = kind == DocumentKind.Plan && attached };
            }
        }

        return new DocumentPart(DocumentKind.Unknown, first, end, letterhead, null);
    }

    private static bool StartsPage(WordDocument doc, int index)
    {
        var block = doc.Blocks[index];
        if (block is WordParagraph { Format.PageBreakBefore: true })
        {
            return true;
        }

        for (var i = index - 1; i >= 0; i--)
        {
            if (doc.Blocks[i].Section != block.Section)
            {
                return true;
            }

            if (doc.Blocks[i] is WordParagraph p)
            {
                if (p.HasPageBreak)
                {
                    return true;
                }

                if (!Looks.IsEmpty(p))
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^(Phụ lục|PHỤ LỤC|Phụ Lục)( ([IVXLC]+|\d+|[A-Z]))?$")]
    internal static partial Regex AppendixLabel();
}
