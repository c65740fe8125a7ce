using Cchc.Word;

namespace Cchc.Check;

/// <summary>Tên loại, trích yếu, the "Kèm theo" line and the short line under them (nd30-format §3.5, §5.2, §9.4).</summary>
internal static partial class TitleRules
{
    /// <summary>Checks the title block and gives the index (into the part's top-level paragraphs) where the content begins.</summary>
    public static int Check(DocumentPart part, List<(WordParagraph P, int Width)> paragraphs, Findings f)
    {
        if (part.TypeName is not { } type)
        {
            return 0;
        }

        var i = paragraphs.FindIndex(x => x.P == type);
        if (!Looks.Upper(type) || !Looks.Bold(type) || !Looks.SizeIn(type, 13, 14) || !Looks.Centered(type) || !Looks.NotItalic(type))
        {
            var (vi, en) = Looks.Describe(type);
            f.Add(CheckRules.TypeName, type.Position, $"Tên loại {Looks.Quote(type)}, {vi}; Nghị định 30 quy định in hoa, đứng, đậm, cỡ 13–14, canh giữa.",
                $"Document type {Looks.Quote(type)}, {en}; Decree 30 requires upper case, upright, bold, 13–14 pt, centred.");
        }

        var next = i + 1;
        var summary = new List<(WordParagraph P, int Width)>();
        // A capitalised line after the trích yếu is the authority line of a Quyết định (or a heading), not more trích yếu.
        // A trích yếu set flush left is still one when bold: it is checked as a trích yếu, not as body text.
        while (next < paragraphs.Count && summary.Count < 3 && !Looks.IsEmpty(paragraphs[next].P) && !Looks.Text(paragraphs[next].P).StartsWith('(')
            && (Looks.Centered(paragraphs[next].P) || (Looks.Bold(paragraphs[next].P) && !StartsContent(paragraphs[next].P)))
            && !(summary.Count > 0 && Looks.IsUpper(Looks.Text(paragraphs[next].P))))
        {
            summary.Add(paragraphs[next++]);
        }

        foreach (var (p, _) in summary)
        {
            if (!Looks.Bold(p) || !Looks.SizeIn(p, 13, 14) || !Looks.NotItalic(p) || !Looks.Centered(p))
            {
                var (vi, en) = Looks.Describe(p);
                f.Add(CheckRules.Summary, p.Position, $"Trích yếu {Looks.Quote(p)}, {vi}; Nghị định 30 quy định đứng, đậm, cỡ 13–14, canh giữa.",
                    $"Trích yếu {Looks.Quote(p)}, {en}; Decree 30 requires upright, bold, 13–14 pt, centred.");
            }

            if (Looks.IsUpper(Looks.Text(p)))
            {
                f.Add(CheckRules.SummaryCaps, p.Position, $"Trích yếu {Looks.Quote(p)} viết in hoa toàn bộ; Nghị định 30 quy định chữ in thường.",
                    $"Trích yếu {Looks.Quote(p)} is all capitals; Decree 30 wants normal case.");
            }
        }

        var above = summary.Count > 0 ? summary[^1] : paragraphs[i];
        while (next < paragraphs.Count && Looks.IsEmpty(paragraphs[next].P) && !Looks.IsBorderLine(paragraphs[next].P))
        {
            next++;
        }

        if (part.Kind == DocumentKind.Plan && next < paragraphs.Count && Looks.IsAttachedLine(paragraphs[next].P))
        {
            var p = paragraphs[next++].P;
            if (!Looks.Italic(p) || !Looks.SizeIn(p, 13, 14) || !Looks.Centered(p) || !Looks.NotBold(p))
            {
                var (vi, en) = Looks.Describe(p);
                f.Add(CheckRules.AttachedLine, p.Position, $"Dòng {Looks.Quote(p)}, {vi}; Nghị định 30 quy định chữ nghiêng, cỡ 13–14, canh giữa.",
                    $"The line {Looks.Quote(p)}, {en}; Decree 30 requires italic, 13–14 pt, centred.");
            }
        }

        var line = next < paragraphs.Count ? paragraphs[next] : default;
        // A trích yếu longer than its line wraps: its widest line is at most the width between its indents.
        var widest = summary.Count > 0
            ? summary.Max(x => Math.Min(LetterheadRules.Measure(x.P), x.Width - (x.P.Format.IndentLeft ?? 0) - (x.P.Format.IndentRight ?? 0)))
            : LetterheadRules.Measure(above.P);
        LetterheadRules.Line(CheckRules.SummaryLine, line, above.P, widest * (1.0 / 3 - 0.05), widest * (0.5 + 0.05), "dài 1/3–1/2 dòng trích yếu", "1/3–1/2 of the trích yếu", f);
        next = line.P is { } l && (Looks.IsBorderLine(l) || Looks.IsUnderscoreLine(l)) ? next + 1 : next;
        return part.Kind == DocumentKind.Decision ? AuthorityLine(paragraphs, next, f) : next;
    }

    /// <summary>
    /// The authority line of a Quyết định ("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG …", nd30-format §5.1 step 4, §9.4 T5): the
    /// first line after the title block when it is not yet the căn cứ. Gives the index after it.
    /// </summary>
    private static int AuthorityLine(List<(WordParagraph P, int Width)> paragraphs, int next, Findings f)
    {
        while (next < paragraphs.Count && Looks.IsEmpty(paragraphs[next].P))
        {
            next++;
        }

        if (next >= paragraphs.Count || StartsContent(paragraphs[next].P) || Looks.Text(paragraphs[next].P).Length > 150)
        {
            return next;
        }

        var p = paragraphs[next].P;
        if (!Looks.Upper(p) || !Looks.Bold(p) || !Looks.SizeIn(p, 13, 14) || !Looks.Centered(p) || !Looks.NotItalic(p))
        {
            var (vi, en) = Looks.Describe(p);
            f.Add(CheckRules.AuthorityLine, p.Position, $"Dòng thẩm quyền ban hành {Looks.Quote(p)}, {vi}; Nghị định 30 (mẫu 1.3) trình bày in hoa, đứng, đậm, cỡ 13–14, canh giữa.",
                $"The authority line {Looks.Quote(p)}, {en}; Decree 30 (form 1.3) sets it in upright bold capitals, 13–14 pt, centred.");
        }

        return next + 1;
    }

    /// <summary>A line that begins the content: a căn cứ, "Theo đề nghị", "QUYẾT ĐỊNH:", an article or a numbered heading.</summary>
    private static bool StartsContent(WordParagraph p) => ContentStart().IsMatch(Looks.Text(p));

    [System.Text.RegularExpressions.GeneratedRegex(@"^(Căn\s+cứ|Theo\s+đề\s+nghị|QUYẾT\s+ĐỊNH\s*:|Điều\s+\d|[IVXLC]+\.|\d+(\.\d+)*\.\s|[a-zđ]\)|[-–+•]\s)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ContentStart();
}
