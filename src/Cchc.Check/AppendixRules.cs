using Cchc.Word;

namespace Cchc.Check;

/// <summary>A Phụ lục: its label, numbering, title and "(Kèm theo …)" line; long tables repeat their header row (nd30-format §5.4, §6, §9.7).</summary>
internal static class AppendixRules
{
    private static readonly string[] Numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];
    private const int LongTable = 5;

    public static void Check(WordDocument doc, DocumentPart part, int ordinal, int count, Findings f)
    {
        var paragraphs = part.Blocks(doc).OfType<WordParagraph>().Where(p => !Looks.IsEmpty(p)).ToList();
        var label = paragraphs[0];
        var text = Looks.Text(label);
        var numeral = text.Length > "Phụ lục".Length ? text["Phụ lục ".Length..] : null;
        if (!text.StartsWith("Phụ lục", StringComparison.Ordinal) || numeral is not null && !Numerals.Contains(numeral, StringComparer.Ordinal)
            || !Looks.Bold(label) || !Looks.SizeIn(label, 14, 14) || !Looks.Centered(label) || !Looks.NotItalic(label))
        {
            var (vi, en) = Looks.Describe(label);
            f.Add(CheckRules.AppendixLabel, label.Position, $"Nhãn {Looks.Quote(label)}, {vi}; Nghị định 30 quy định \"Phụ lục\" (chữ in thường) và số La Mã, đứng, đậm, cỡ 14, canh giữa.",
                $"Label {Looks.Quote(label)}, {en}; Decree 30 requires \"Phụ lục\" (normal case) and a Roman numeral, upright, bold, 14 pt, centred.");
        }

        if (count >= 2 && numeral != Numerals[Math.Min(ordinal, Numerals.Length - 1)])
        {
            f.Add(CheckRules.AppendixNumerals, label.Position, $"Phụ lục thứ {ordinal + 1} ghi {Looks.Quote(label)}; Nghị định 30 quy định có từ hai phụ lục thì đánh số La Mã theo thứ tự (\"Phụ lục {Numerals[Math.Min(ordinal, Numerals.Length - 1)]}\").",
                $"Appendix {ordinal + 1} reads {Looks.Quote(label)}; with two or more appendices Decree 30 numbers them I, II, III… in order.");
        }
        else if (count == 1 && numeral is not null)
        {
            f.Add(CheckRules.SingleAppendixNumeral, label.Position, $"Chỉ có một phụ lục mà ghi {Looks.Quote(label)}; Nghị định 30 chỉ đánh số La Mã khi có từ hai phụ lục trở lên.",
                $"The only appendix reads {Looks.Quote(label)}; Decree 30 numbers appendices only when there are two or more.");
        }

        var rest = paragraphs.Skip(1).Take(4).ToList();
        var attached = rest.FindIndex(Looks.IsAttachedLine);
        foreach (var p in rest.Take(attached < 0 ? Math.Min(1, rest.Count) : attached))
        {
            if (!Looks.Upper(p) || !Looks.Bold(p) || !Looks.SizeIn(p, 13, 14) || !Looks.Centered(p))
            {
                var (vi, en) = Looks.Describe(p);
                f.Add(CheckRules.AppendixTitle, p.Position, $"Tên phụ lục {Looks.Quote(p)}, {vi}; Nghị định 30 quy định in hoa, đứng, đậm, cỡ 13–14, canh giữa.",
                    $"Appendix title {Looks.Quote(p)}, {en}; Decree 30 requires upper case, upright, bold, 13–14 pt, centred.");
            }
        }

        if (attached < 0)
        {
            f.Add(CheckRules.AppendixAttached, label.Position, "Phụ lục không có dòng \"(Kèm theo … số … ngày … của …)\"; Nghị định 30 quy định ghi chú phụ lục kèm theo văn bản nào.",
                "The appendix has no \"(Kèm theo … số … ngày … của …)\" line; Decree 30 requires it.");
        }
        else if (rest[attached] is var a && (!Looks.Italic(a) || !Looks.SizeIn(a, 13, 14) || !Looks.Centered(a)))
        {
            var (vi, en) = Looks.Describe(a);
            f.Add(CheckRules.AppendixAttached, a.Position, $"Dòng {Looks.Quote(a)}, {vi}; Nghị định 30 quy định chữ nghiêng, cỡ 13–14, canh giữa.",
                $"Line {Looks.Quote(a)}, {en}; Decree 30 requires italic, 13–14 pt, centred.");
        }
    }

    public static void HeaderRows(WordDocument doc, Findings f)
    {
        foreach (var t in doc.Blocks.OfType<WordTable>().Where(t => t.Rows.Count > LongTable && t.HeaderRows == 0 && !DocumentParts.IsLetterhead(t)))
        {
            f.Add(CheckRules.HeaderRepeat, t.Position, $"Bảng {t.Rows.Count} dòng không đặt lặp lại dòng tiêu đề (\"Repeat as header row\"); bảng dài nên lặp dòng tiêu đề ở mỗi trang như bảng của Nghị định 30.",
                $"A {t.Rows.Count}-row table does not repeat its header row; long tables should repeat it on each page, as Decree 30's own tables do.");
        }
    }
}
