using Cchc.Word;

namespace Cchc.Check;

/// <summary>Paper, margins and orientation of every section; page numbers in headers and footers (nd30-format §1, §3.10, §9.1).</summary>
internal static class PageRules
{
    private const int Tolerance = 2;
    private const int A4Short = 11906;
    private const int A4Long = 16838;
    private const int Overhang = 400;

    public static void Check(WordDocument doc, Findings f)
    {
        foreach (var s in doc.Sections)
        {
            Paper(s, f);
            Margins(s, f);
            Orientation(doc, s, f);
        }
    }

    private static void Paper(WordSection s, Findings f)
    {
        var (shortSide, longSide) = (Math.Min(s.PageWidth, s.PageHeight), Math.Max(s.PageWidth, s.PageHeight));
        if (Math.Abs(shortSide - A4Short) > Tolerance || Math.Abs(longSide - A4Long) > Tolerance)
        {
            f.AddSection(CheckRules.Paper, s.Index,
                $"Khổ giấy {Mm(s.PageWidth)} × {Mm(s.PageHeight)} mm; Nghị định 30 quy định khổ A4 (210 × 297 mm).",
                $"Paper is {Mm(s.PageWidth)} × {Mm(s.PageHeight)} mm; Decree 30 requires A4 (210 × 297 mm).");
        }
    }

    private static void Margins(WordSection s, Findings f)
    {
        if (s.Margins is not { } m)
        {
            f.AddSection(CheckRules.Margins, s.Index, "Không đặt lề trang (Word dùng lề trái 3,17 cm); Nghị định 30 quy định lề trên, dưới 2–2,5 cm, trái 3–3,5 cm, phải 1,5–2 cm.",
                "No page margins set (Word uses a 3.17 cm left margin); Decree 30 requires top/bottom 2–2.5 cm, left 3–3.5 cm, right 1.5–2 cm.");
            return;
        }

        foreach (var (vi, en, value, low, high) in new[]
        {
            ("Lề trên", "Top margin", m.Top, 1134, 1417), ("Lề dưới", "Bottom margin", m.Bottom, 1134, 1417),
            ("Lề trái", "Left margin", m.Left + m.Gutter, 1701, 1984), ("Lề phải", "Right margin", m.Right, 851, 1133),
        })
        {
            if (value < low - Tolerance || value > high + Tolerance)
            {
                f.AddSection(CheckRules.Margins, s.Index,
                    $"{vi} {Looks.Cm(value, "vi")}; Nghị định 30 quy định {Looks.Cm(low, "vi")}–{Looks.Cm(high + 1, "vi")}.",
                    $"{en} {Looks.Cm(value, "en")}; Decree 30 requires {Looks.Cm(low, "en")}–{Looks.Cm(high + 1, "en")}.");
            }
        }
    }

    private static void Orientation(WordDocument doc, WordSection s, Findings f)
    {
        var textWidth = s.PageWidth - (s.Margins?.Left ?? 1800) - (s.Margins?.Right ?? 1800);
        var portraitWidth = A4Short - (s.Margins?.Left ?? 1701) - (s.Margins?.Right ?? 851);
        var tables = doc.Blocks.Skip(s.FirstBlock).Take(s.BlockCount).OfType<WordTable>().ToList();
        if (s.Orientation == PageOrientation.Landscape && !tables.Any(t => Looks.Width(t.GridColumns) > portraitWidth + Overhang))
        {
            f.AddSection(CheckRules.NarrowLandscape, s.Index,
                "Trang ngang nhưng không có bảng nào rộng hơn trang dọc; Nghị định 30 chỉ cho trình bày trang ngang khi có bảng, biểu.",
                "A landscape section with no table wider than a portrait page; Decree 30 allows landscape only for tables.");
        }

        foreach (var t in tables.Where(t => s.Orientation == PageOrientation.Portrait && Looks.Width(t.GridColumns) > textWidth + Overhang))
        {
            f.Add(CheckRules.WidePortraitTable, t.Position,
                $"Bảng rộng {Looks.Cm(Looks.Width(t.GridColumns), "vi")} trên trang dọc chỉ có {Looks.Cm(textWidth, "vi")} cho chữ; Nghị định 30 cho trình bày trang ngang khi có bảng, biểu: phụ lục có bảng rộng nên đặt trang ngang.",
                $"A {Looks.Cm(Looks.Width(t.GridColumns), "en")} wide table on a portrait page with {Looks.Cm(textWidth, "en")} of text width; put it on a landscape page.");
        }
    }

    /// <summary>Page numbers: a centred PAGE field in the header of every section, none on the first page, none in footers; appendices restart at 1.</summary>
    public static void PageNumbers(WordDocument doc, IReadOnlyList<DocumentPart> parts, Findings f)
    {
        foreach (var s in doc.Sections)
        {
            var header = Effective(doc, s.Index, "default", h => h.Headers);
            var page = header is null ? null : PageParagraph(header);
            if (page is null)
            {
                f.AddSection(CheckRules.PageNumber, s.Index, "Không có số trang ở đầu trang; Nghị định 30 quy định đánh số trang bằng chữ số Ả Rập, canh giữa ở lề trên.",
                    "No page number in the header; Decree 30 requires Arabic page numbers centred in the top margin.");
            }
            else if (!Looks.Centered(page) || !Looks.SizeIn(page, 13, 14) || !Looks.NotBold(page))
            {
                var (vi, en) = Looks.Describe(page);
                f.Add(CheckRules.PageNumberFormat, page.Position, $"Số trang {vi}; Nghị định 30 quy định cỡ 13–14, đứng, không đậm, canh giữa.",
                    $"Page number {en}; Decree 30 requires 13–14 pt, upright, not bold, centred.");
            }

            if (s.Index == 0 && page is not null)
            {
                var first = s.TitlePage ? Effective(doc, 0, "first", h => h.Headers) : header;
                if (first is not null && PageParagraph(first) is not null)
                {
                    f.AddSection(CheckRules.FirstPageNumber, s.Index, "Số trang hiện ở trang đầu; Nghị định 30 quy định không hiển thị số trang thứ nhất (đặt \"Trang đầu khác\").",
                        "The page number shows on the first page; Decree 30 says page 1 shows no number (use a different first page).");
                }
            }
        }

        foreach (var footer in doc.HeadersFooters.Where(h => h.Kind == HeaderFooterKind.Footer))
        {
            if (PageParagraph(footer) is { } p)
            {
                f.Add(CheckRules.FooterPageNumber, p.Position, "Số trang đặt ở chân trang; Nghị định 30 quy định số trang ở lề trên.",
                    "The page number is in the footer; Decree 30 puts it in the top margin.");
            }
        }

        foreach (var part in parts.Where(p => p.Kind == DocumentKind.Appendix))
        {
            if (doc.Blocks[part.First].Section >= doc.Sections.Count)
            {
                continue;
            }

            var s = doc.Sections[doc.Blocks[part.First].Section];
            if (s.FirstBlock <= part.First && s.PageNumberStart != 1)
            {
                f.Kind = DocumentKind.Appendix;
                f.AddSection(CheckRules.AppendixPages, s.Index, "Phụ lục không đánh số trang lại từ 1; Nghị định 30 quy định số trang của Phụ lục được đánh riêng theo từng Phụ lục.",
                    "The Phụ lục does not restart page numbers at 1; Decree 30 numbers each Phụ lục's pages separately.");
            }
        }
    }

    /// <summary>The header (or footer) of <paramref name="type"/> a section shows: its own, or the nearest earlier section's (Word's inheritance).</summary>
    private static WordHeaderFooter? Effective(WordDocument doc, int section, string type, Func<WordSection, IReadOnlyList<HeaderFooterRef>> refs)
    {
        for (var i = section; i >= 0; i--)
        {
            if (refs(doc.Sections[i]).FirstOrDefault(r => r.Type == type) is { } r)
            {
                return doc.Part(r.PartName);
            }
        }

        return null;
    }

    private static WordParagraph? PageParagraph(WordHeaderFooter part) =>
        part.Paragraphs.FirstOrDefault(p => p.Fields.Any(x => x.Instruction.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToUpperInvariant() == "PAGE"));

    private static string Mm(int twips) => Math.Round(twips / 56.6929).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
