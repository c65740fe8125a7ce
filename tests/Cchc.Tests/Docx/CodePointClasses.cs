using System.Text;
using M = Cchc.Model.Documents;

namespace Cchc.Tests.Docx;

/// <summary>
/// Texts made of every code point of a class (all C0 controls, DEL and C1, the BMP and astral noncharacters,
/// unpaired high and low surrogates, astral letters, every combining mark, the Unicode line and paragraph
/// separators…), and what the writer must keep of them: XML 1.0's Char production minus the controls.
/// </summary>
internal static class CodePointClasses
{
    public static IReadOnlyList<(string Name, string Text)> All { get; } =
    [
        ("C0 controls", Around(Range(0x00, 0x1F))),
        ("DEL and C1 controls", Around(Range(0x7F, 0x9F))),
        ("U+FFFE and U+FFFF", Around("\uFFFE\uFFFF")),
        ("BMP noncharacters U+FDD0-U+FDEF", Around(Range(0xFDD0, 0xFDEF))),
        ("astral noncharacters", Around(string.Concat(Enumerable.Range(1, 16).SelectMany(plane => new[] { (plane << 16) | 0xFFFE, (plane << 16) | 0xFFFF }).Select(char.ConvertFromUtf32)))),
        ("unpaired high surrogates", Around(Every(0xD800, 0xDBFF, 37))),
        ("unpaired low surrogates", Around(Every(0xDC00, 0xDFFF, 37))),
        ("surrogates in reverse order", Around("\uDC00\uD800 \uDFFF\uDBFF")),
        ("a high surrogate at the end", "chữ \uD83D"),
        ("astral characters", Around("\U0001F600\U00020000\U0001D11E\U0010FFFD")),
        ("combining marks", Around(string.Concat(Enumerable.Range(0x0300, 0x70).Select(c => "a" + (char)c)))),
        ("line and paragraph separators", Around("\u2028\u2029\u0085")),
        ("format characters", Around("\u00AD\u200B\u200C\u200D\u200E\u200F\u2060\uFEFF")),
        ("private use", Around("\uE000\uF8FF")),
        ("markup characters", Around("<&>\"' ]]> &amp;")),
        ("tab, line feed, carriage return, vertical tab", Around("\t\n\r\v")),
    ];

    public static string Named(string name) => All.Single(c => c.Name == name).Text;

    /// <summary>The text as a paragraph must show it: forbidden characters out, a vertical tab (and "\n") a line break, "\r" dropped.</summary>
    public static string Kept(string text)
    {
        var kept = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            int cp;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(text[i], text[++i]);
            }
            else
            {
                cp = text[i];
            }

            if (cp == 0x0B)
            {
                kept.Append('\n');
            }
            else if (cp is 0x09 or 0x0A || (IsXmlChar(cp) && cp is not (0x0D or (>= 0x7F and <= 0x9F))))
            {
                kept.Append(char.ConvertFromUtf32(cp));
            }
        }

        return kept.ToString();
    }

    /// <summary>A hand-built Quyết định + Kế hoạch + Phụ lục with <paramref name="text"/> in every kind of text slot, tracked and not.</summary>
    public static M.Document DocumentWithEverywhere(string text)
    {
        var letterhead = new M.Letterhead(text, ["ỦY BAN NHÂN DÂN", text], "Số: " + text, SampleDocuments.NationalTitle, SampleDocuments.Motto, text);
        var first = new M.Section(M.Orientation.Portrait,
        [
            letterhead,
            M.Paragraph.Of(M.ParaStyle.DocType, "QUYẾT ĐỊNH"),
            M.Paragraph.Of(M.ParaStyle.Summary, text),
            new M.ShortRule(),
            M.Paragraph.Of(M.ParaStyle.Body, text),
            new M.Paragraph(M.ParaStyle.Heading1, [new M.Run(text) { Revision = M.Revision.Inserted }, new M.Run(text) { Revision = M.Revision.Deleted }]),
            new M.SignatureBlock(["- " + text], [text], text),
        ]);
        var table = new M.Table([1, 3],
        [
            new(M.TableRowKind.Header, [Cell(text), Cell("B")]),
            new(M.TableRowKind.Group, [Cell(text)]),
            new(M.TableRowKind.Body, [Cell("1"), Cell(text)]) { Revision = M.Revision.Deleted },
        ]);
        var appendix = new M.Section(M.Orientation.Landscape, [M.Paragraph.Of(M.ParaStyle.AppendixTitle, text), table]);
        return new M.Document([first, appendix])
        {
            Revisions = new M.RevisionStamp(text, new DateTime(2026, 1, 12, 0, 0, 0, DateTimeKind.Utc)),
            Properties = new M.DocumentProperties(text, text, text, new DateOnly(2026, 1, 12)),
        };
    }

    private static M.TableCell Cell(string text) => new([M.Paragraph.Of(M.ParaStyle.TableCell, text)]);

    /// <summary>XML 1.0 §2.2 Char.</summary>
    private static bool IsXmlChar(int cp) =>
        cp is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    private static string Around(string inner) => "Chữ " + inner + " cuối";

    private static string Range(int first, int last) => string.Concat(Enumerable.Range(first, last - first + 1).Select(c => (char)c));

    private static string Every(int first, int last, int step) =>
        string.Join(" ", Enumerable.Range(0, ((last - first) / step) + 1).Select(i => (char)(first + (i * step))).Append((char)last));
}
