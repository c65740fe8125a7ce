using Cchc.Model;
using Cchc.Word;

namespace Cchc.Check;

/// <summary>
/// cchc check: the Decree 30 checklist (nd30-format §9) on a Word file the reader has read, cchc's or not. The
/// file is split into its documents (Quyết định, Kế hoạch, Phụ lục, other); each gets only the rules of its kind.
/// Findings are positioned as <c>file(¶12)</c>, <c>file(bảng 1, dòng 1, cột 2)</c>, <c>file(phần 2)</c> in <paramref name="lang"/>.
/// </summary>
public static class DocumentChecker
{
    public static IReadOnlyList<Diagnostic> Check(WordDocument doc, string file, string lang = "vi")
    {
        ArgumentNullException.ThrowIfNull(doc);
        var f = new Findings(file, lang);
        var parts = DocumentParts.Of(doc);
        PageRules.Check(doc, f);
        TextRules.Check(doc, f);
        PageRules.PageNumbers(doc, parts, f);
        AppendixRules.HeaderRows(doc, f);
        var appendices = parts.Count(p => p.Kind == DocumentKind.Appendix);
        var ordinal = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            f.Part = i + 1;
            f.Kind = part.Kind;
            if (part.Kind == DocumentKind.Appendix)
            {
                AppendixRules.Check(doc, part, ordinal++, appendices, f);
                continue;
            }

            if (part.Kind == DocumentKind.Unknown)
            {
                // No letterhead or tên loại to place the components: of the body's rules only the text size applies.
                BodyRules.Check(part, [.. part.Blocks(doc).OfType<WordParagraph>()], f);
                continue;
            }

            LetterheadRules.Check(part, f);
            var top = part.Blocks(doc).TakeWhile(b => b is not WordTable t || t == part.Letterhead || !IsSignature(doc, part, t))
                .OfType<WordParagraph>().Select(p => (p, p.Section < doc.Sections.Count ? TextWidth(doc.Sections[p.Section]) : 0)).ToList();
            var start = TitleRules.Check(part, top, f);
            BodyRules.Check(part, [.. top.Skip(start).Select(x => x.p)], f);
            SignatureRules.Check(part, SignatureRules.Find(doc, part), f);
        }

        return f.Result();
    }

    private static int TextWidth(WordSection s) => s.PageWidth - (s.Margins?.Left ?? 0) - (s.Margins?.Right ?? 0);

    private static bool IsSignature(WordDocument doc, DocumentPart part, WordTable t) => SignatureRules.Find(doc, part) == t;
}
