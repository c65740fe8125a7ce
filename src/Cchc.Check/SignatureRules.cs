using System.Text.RegularExpressions;
using Cchc.Word;

namespace Cchc.Check;

/// <summary>Nơi nhận and the signature block: the last table of a Quyết định or a stand-alone Kế hoạch (nd30-format §3.8–3.9, §9.6).</summary>
internal static partial class SignatureRules
{
    private static readonly string[] Prefixes = ["TM.", "KT.", "Q.", "TL.", "TUQ."];
    private static readonly string[] Degrees = ["TS.", "ThS.", "PGS.", "GS.", "KS.", "BS.", "CN."];

    public static WordTable? Find(WordDocument doc, DocumentPart part) =>
        part.Blocks(doc).OfType<WordTable>().LastOrDefault(t => t != part.Letterhead
            && t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Paragraphs).Any(p => Looks.Text(p).StartsWith("Nơi nhận", StringComparison.OrdinalIgnoreCase)));

    public static void Check(DocumentPart part, WordTable? table, Findings f)
    {
        if (table is null)
        {
            if (!part.Attached && part.TypeName is { } name)
            {
                f.Add(CheckRules.NoSignature, name.Position, "Văn bản không có khối \"Nơi nhận:\" và chữ ký; Nghị định 30 quy định văn bản có nơi nhận, quyền hạn, chức vụ và họ tên người ký.",
                    "The document has no \"Nơi nhận:\" and signature block; Decree 30 requires recipients and the signer's authority, title and name.");
            }

            return;
        }

        if (part.Attached)
        {
            f.Add(CheckRules.AttachedSignature, table.Position, "Kế hoạch ban hành kèm theo Quyết định có nơi nhận và chữ ký riêng; theo mẫu của Nghị định 30 văn bản kèm theo không có.",
                "A Kế hoạch issued with a Quyết định has its own recipients and signature; Decree 30's sample has none.");
        }

        var left = table.Rows.SelectMany(r => r.Cells).Where(c => c.GridColumn == 0).SelectMany(c => c.Paragraphs).Where(p => !Looks.IsEmpty(p)).ToList();
        var right = table.Rows.SelectMany(r => r.Cells).Where(c => c.GridColumn > 0).SelectMany(c => c.Paragraphs).ToList();
        Recipients(part, left, f);
        Signer(right, f);
    }

    private static void Recipients(DocumentPart part, List<WordParagraph> left, Findings f)
    {
        var heading = left.FirstOrDefault();
        if (heading is null)
        {
            return;
        }

        if (Looks.Text(heading) != "Nơi nhận:" || !Looks.Bold(heading) || !Looks.Italic(heading) || !Looks.SizeIn(heading, 12, 12))
        {
            var (vi, en) = Looks.Describe(heading);
            f.Add(CheckRules.Recipients, heading.Position, $"{Looks.Quote(heading)}, {vi}; Nghị định 30 quy định \"Nơi nhận:\" nghiêng, đậm, cỡ 12.",
                $"{Looks.Quote(heading)}, {en}; Decree 30 requires \"Nơi nhận:\" bold italic 12 pt.");
        }

        var lines = left.Skip(1).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var p = lines[i];
            var text = Looks.Text(p);
            var last = i == lines.Count - 1;
            var form = text.StartsWith("- ", StringComparison.Ordinal) && (last || text.EndsWith(';'));
            if (!form || !Looks.SizeIn(p, 11, 11) || !Looks.NotBold(p) || !Looks.NotItalic(p))
            {
                var (vi, en) = Looks.Describe(p);
                f.Add(CheckRules.RecipientLine, p.Position, $"Dòng nơi nhận {Looks.Quote(p)}, {vi}; Nghị định 30 quy định \"- Tên cơ quan;\", cỡ 11, đứng.",
                    $"Recipient line {Looks.Quote(p)}, {en}; Decree 30 requires \"- Name;\", 11 pt, upright.");
            }
        }

        if (lines.Count == 0 || !Archive().IsMatch(Looks.Text(lines[^1])))
        {
            var at = lines.Count > 0 ? lines[^1] : heading;
            f.Add(CheckRules.ArchiveLine, at.Position, $"Dòng cuối nơi nhận {Looks.Quote(at)}; Nghị định 30 quy định \"- Lưu: VT, <đơn vị soạn thảo>.\".",
                $"The last recipient line is {Looks.Quote(at)}; Decree 30 requires \"- Lưu: VT, <drafting unit>.\".");
        }

        if (part.Kind == DocumentKind.Decision && !lines.Any(p => AsArticle().IsMatch(Looks.Text(p))))
        {
            f.Add(CheckRules.AsArticle, heading.Position, "Nơi nhận của Quyết định không có dòng \"- Như Điều …;\"; mẫu 1.3 của Nghị định 30 gửi trước hết cho các cơ quan thi hành ở Điều cuối.",
                "The Quyết định's recipients lack \"- Như Điều …;\"; Decree 30's sample 1.3 lists the executing article first.");
        }
    }

    private static void Signer(List<WordParagraph> right, Findings f)
    {
        var texts = right.Where(p => !Looks.IsEmpty(p)).ToList();
        if (texts.Count == 0)
        {
            return;
        }

        // The name is the last line when a blank signature space precedes it; a draft may not have one yet.
        var lastIndex = right.IndexOf(texts[^1]);
        var hasName = texts.Count > 1 && lastIndex > 0 && Looks.IsEmpty(right[lastIndex - 1]);
        var titles = hasName ? texts[..^1] : texts;
        var shown = titles.Where(p => !Looks.Text(p).StartsWith('(')).ToList();
        foreach (var p in shown)
        {
            var text = Looks.Text(p);
            var prefix = text.Split(' ')[0];
            // "KT. CHỦ TỊCH" is signed by a deputy: the deputy's title must follow on its own line.
            var badPrefix = prefix.EndsWith('.') && !Prefixes.Contains(prefix, StringComparer.Ordinal) || prefix == "KT." && p == shown[^1];
            if (!Looks.Upper(p) || !Looks.Bold(p) || !Looks.SizeIn(p, 13, 14) || !Looks.Centered(p) || badPrefix)
            {
                var (vi, en) = Looks.Describe(p);
                f.Add(CheckRules.Authority, p.Position, $"Dòng {Looks.Quote(p)}, {vi}; Nghị định 30 quy định quyền hạn, chức vụ in hoa, đứng, đậm, cỡ 13–14, canh giữa, viết tắt TM., KT., Q., TL., TUQ.",
                    $"Line {Looks.Quote(p)}, {en}; Decree 30 requires the authority/title in upper case, bold, 13–14 pt, centred, with TM., KT., Q., TL., TUQ.");
            }
        }

        if (!hasName)
        {
            return;
        }

        var name = texts[^1];
        var degree = Degrees.FirstOrDefault(d => Looks.Text(name).StartsWith(d, StringComparison.Ordinal));
        if (!Looks.Bold(name) || !Looks.SizeIn(name, 13, 14) || !Looks.NotItalic(name) || !Looks.Centered(name) || degree is not null
            || Looks.IsUpper(Looks.Text(name)))
        {
            var (vi, en) = Looks.Describe(name);
            f.Add(CheckRules.SignerName, name.Position, $"Họ tên người ký {Looks.Quote(name)}, {vi}; Nghị định 30 quy định chữ in thường, đứng, đậm, cỡ 13–14, canh giữa, không ghi học hàm, học vị.",
                $"Signer's name {Looks.Quote(name)}, {en}; Decree 30 requires normal case, upright, bold, 13–14 pt, centred, no academic title.");
        }
    }

    [GeneratedRegex(@"^- Lưu: VT(, [^;]+)?\.$")]
    private static partial Regex Archive();

    [GeneratedRegex(@"^- Như Điều \d+( \(.+\))?;$")]
    private static partial Regex AsArticle();
}
