using System.Text.RegularExpressions;
using Cchc.Import.Output;
using Cchc.Word;

namespace Cchc.Import.Recognition.Frame;

/// <summary>
/// The closing block typed as paragraphs, at the end of a Quyết định or a standalone Kế hoạch: "Nơi nhận:" with
/// its "- …;" lines and "- Lưu: …", and the signer's lines ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", blank lines, the
/// name), after the recipients, before them, or beside them after tabs ("- Sở Nội vụ;\tCHỦ TỊCH"). A line is
/// known by what it says, not by where it is indented: "- …" lines under "Nơi nhận:" are recipients, upper-case
/// lines are the signer's titles, the last other line after them is the name (none in an unsigned draft).
/// </summary>
internal static partial class SignatureLines
{
    /// <summary>
    /// Where the closing block starts among <paramref name="blocks"/> and what it says; null unless the blocks
    /// end with one (after their last table, every line a part of it), so no body paragraph is taken for it.
    /// </summary>
    public static (int Start, SignatureBlock Block)? Find(IReadOnlyList<WordBlock> blocks)
    {
        var tail = blocks.Count;
        while (tail > 0 && blocks[tail - 1] is WordParagraph)
        {
            tail--;
        }

        int? start = null;
        for (var i = blocks.Count - 1; i >= tail && start is null; i--)
        {
            if (Halves((WordParagraph)blocks[i]).Any(FrameLines.IsRecipientsHeader))
            {
                start = SignerAbove(blocks, i, tail);
            }
        }

        for (var i = tail; i < blocks.Count && start is null; i++)
        {
            if (Halves((WordParagraph)blocks[i]).Any(FrameLines.HasAuthority))
            {
                start = i;
            }
        }

        if (start is not { } s || !blocks.Skip(s).Cast<WordParagraph>().SelectMany(Halves).All(IsClosingHalf))
        {
            return null;
        }

        var paragraphs = blocks.Skip(s).Cast<WordParagraph>().ToList();
        return (s, Read(paragraphs));
    }

    /// <summary>The first of the signer's lines typed above "Nơi nhận:" (titles, then blank lines and the name), else the "Nơi nhận:" line itself.</summary>
    private static int SignerAbove(IReadOnlyList<WordBlock> blocks, int header, int tail)
    {
        var k = header - 1;
        var named = false;
        for (; k >= tail && Halves((WordParagraph)blocks[k]) is var halves && !halves.Any(IsTitle); k--)
        {
            if (halves.Count == 0 || halves.All(IsNote))
            {
                continue;
            }

            if (named || halves.Count > 1 || !IsName(halves[0]))
            {
                return header;
            }

            named = true;
        }

        var top = header;
        for (; k >= tail && Halves((WordParagraph)blocks[k]) is { Count: > 0 } halves && halves.All(IsTitle); k--)
        {
            top = k;
        }

        return top;
    }

    private static SignatureBlock Read(List<WordParagraph> paragraphs)
    {
        var recipients = new YSeq();
        var archive = new YSeq { Flow = true };
        var right = new List<(string Text, WordPosition Where)>();
        var listed = false;
        foreach (var line in FrameLines.Of(paragraphs))
        {
            if (line.IsBlank)
            {
                right.Add(("", line.Position));
                continue;
            }

            var left = line.Left;
            if (FrameLines.IsRecipientsHeader(left))
            {
                listed = true;
            }
            else if (listed && (line.Tabbed || IsRecipientLine(left)))
            {
                SignatureBlock.AddRecipient(left, line.Position, recipients, archive);
                listed = !left.TrimStart('-', '–', '•', ' ').StartsWith("Lưu", StringComparison.Ordinal);
            }
            else if (left.Length > 0)
            {
                listed = false;
                right.Add((left, line.Position));
            }

            if (line.Tabbed)
            {
                right.Add((line.Right, line.Position));
            }
        }

        var first = right.FindIndex(r => r.Text.Length > 0);
        List<string> titles = first < 0 ? [] : right.Skip(first).TakeWhile(r => IsTitle(r.Text)).Select(r => r.Text).ToList();
        var name = first < 0 ? null : right.Skip(first + titles.Count).Select(r => r.Text).LastOrDefault(t => t.Length > 0 && !IsNote(t));
        var signer = new YMap { Flow = true, Origin = first < 0 ? paragraphs[0].Position : right[first].Where };
        return new SignatureBlock(recipients, archive, SignatureBlock.SignerOf(signer, titles, name), paragraphs[0].Position);
    }

    private static List<string> Halves(WordParagraph p) => [.. FrameLines.Of(p).SelectMany(l => l.Halves)];

    private static bool IsClosingHalf(string half) =>
        FrameLines.IsRecipientsHeader(half) || IsRecipientLine(half) || IsTitle(half) || IsName(half) || IsNote(half);

    /// <summary>"- Sở Nội vụ;", "- Lưu: VT, VHXH.", "Như Điều 3;".</summary>
    private static bool IsRecipientLine(string half) => half.Length > 0
        && (half[0] is '-' or '–' or '•' or '+' || half.StartsWith("Lưu", StringComparison.Ordinal) || half.EndsWith(';'));

    /// <summary>A signer's title line: upper case, not a numbered heading ("VI. TỔ CHỨC THỰC HIỆN").</summary>
    private static bool IsTitle(string half) => FrameLines.IsUpper(half) && !Heading().IsMatch(half);

    /// <summary>A person's name: a few words, no digits, no closing punctuation.</summary>
    private static bool IsName(string half) => half.Length <= 60 && half.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is >= 1 and <= 7
        && !half.Any(char.IsDigit) && half[^1] is not ('.' or ';' or ':' or ',') && char.IsLetter(half[0]);

    /// <summary>"(Đã ký)", "(Ký, đóng dấu)": a note in the signature space, not the name.</summary>
    private static bool IsNote(string half) => half.Length <= 60 && half.StartsWith('(') && half.EndsWith(')');

    [GeneratedRegex(@"^(?:[IVXLC]+|\d+)[.)]\s", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();
}
