using System.Text.RegularExpressions;
using Cchc.Word;

namespace Cchc.Check;

/// <summary>The content: căn cứ, "QUYẾT ĐỊNH:", Điều, Roman headings, and the layout of body paragraphs (nd30-format §3.6–3.7, §9.5).</summary>
internal static partial class BodyRules
{
    private const int Indent1Cm = 567;
    private const int Indent127 = 720;
    private const int IndentTolerance = 3;
    private const int MinGap = 120;

    public static void Check(DocumentPart part, IReadOnlyList<WordParagraph> content, Findings f)
    {
        if (part.Kind == DocumentKind.Decision)
        {
            Basis(content, f);
        }

        var body = new List<WordParagraph>();
        foreach (var p in content.Where(p => !Looks.IsEmpty(p)))
        {
            var text = Looks.Text(p);
            if (text.StartsWith("QUYẾT ĐỊNH", StringComparison.Ordinal) && part.Kind == DocumentKind.Decision)
            {
                if (text != "QUYẾT ĐỊNH:" || !Looks.Bold(p) || !Looks.Centered(p) || !Looks.SizeIn(p, 13, 14))
                {
                    var (vi, en) = Looks.Describe(p);
                    f.Add(CheckRules.DecisionHeading, p.Position, $"{Looks.Quote(p)}, {vi}; Nghị định 30 quy định \"QUYẾT ĐỊNH:\" (có dấu hai chấm), in hoa, đậm, cỡ 13–14, canh giữa.",
                        $"{Looks.Quote(p)}, {en}; Decree 30 requires \"QUYẾT ĐỊNH:\" (with the colon), upper case, bold, 13–14 pt, centred.");
                }

                continue;
            }

            if (Looks.Centered(p))
            {
                continue;
            }

            var firstLine = Looks.Text(p).Split('\n')[0];
            if (Roman().IsMatch(firstLine) && (!Looks.IsUpper(Roman().Replace(firstLine, "")) || !Looks.Bold(p)))
            {
                f.Add(CheckRules.RomanHeading, p.Position, $"Tiêu đề {Looks.Quote(p)} không in hoa, đậm; Nghị định 30 quy định phần, mục số La Mã in hoa, đậm.",
                    $"Heading {Looks.Quote(p)} is not upper case bold; Decree 30 requires Roman-numbered parts in bold capitals.");
            }

            if (part.Kind == DocumentKind.Decision && ArticleLabel().Match(Looks.Text(p)) is { Success: true } m && !ArticleBold(p, m.Length))
            {
                f.Add(CheckRules.Article, p.Position, $"\"{m.Value.Trim()}\" không in đậm; Nghị định 30 quy định từ \"Điều\", số thứ tự và dấu chấm in đậm.",
                    $"\"{m.Value.Trim()}\" is not bold; Decree 30 requires \"Điều N.\" in bold.");
            }

            body.Add(p);
        }

        Layout(body, f);
        if (body.Count > 0 && part.Kind is DocumentKind.Decision or DocumentKind.Plan && !Looks.Text(body[^1]).EndsWith("./.", StringComparison.Ordinal))
        {
            f.Add(CheckRules.EndMark, body[^1].Position, $"Đoạn cuối {Looks.Quote(body[^1])} không kết thúc bằng \"./.\"; các mẫu của Nghị định 30 kết thúc nội dung bằng \"./.\".",
                $"The last paragraph {Looks.Quote(body[^1])} does not end with \"./.\"; Decree 30's samples end the content with \"./.\".");
        }
    }

    private static bool ArticleBold(WordParagraph p, int length)
    {
        var covered = 0;
        foreach (var run in p.Runs)
        {
            if (covered >= length - 1)
            {
                break;
            }

            if (!string.IsNullOrWhiteSpace(run.Text) && run.Format.Bold != true)
            {
                return false;
            }

            covered += run.Text.Length;
        }

        return true;
    }

    private static void Basis(IReadOnlyList<WordParagraph> content, Findings f)
    {
        var basis = content.TakeWhile(p => !Looks.Text(p).StartsWith("QUYẾT ĐỊNH", StringComparison.Ordinal))
            .Where(p => Looks.Text(p) is var t && (t.StartsWith("Căn cứ ", StringComparison.Ordinal) || t.StartsWith("Theo đề nghị", StringComparison.Ordinal) || t.StartsWith("Xét ", StringComparison.Ordinal)))
            .ToList();
        for (var i = 0; i < basis.Count; i++)
        {
            var p = basis[i];
            if (!Looks.Italic(p) || !Looks.SizeIn(p, 13, 14))
            {
                var (vi, en) = Looks.Describe(p);
                f.Add(CheckRules.BasisFormat, p.Position, $"Căn cứ {Looks.Quote(p)}, {vi}; Nghị định 30 quy định căn cứ ban hành in nghiêng, cỡ 13–14.",
                    $"Legal basis {Looks.Quote(p)}, {en}; Decree 30 requires italic, 13–14 pt.");
            }

            var last = i == basis.Count - 1;
            var text = Looks.Text(p);
            if (last ? !text.EndsWith('.') : !text.EndsWith(';'))
            {
                f.Add(CheckRules.BasisPunctuation, p.Position, last
                        ? $"Căn cứ cuối {Looks.Quote(p)} không kết thúc bằng dấu chấm; Nghị định 30 quy định dòng cuối kết thúc bằng \".\"."
                        : $"Căn cứ {Looks.Quote(p)} không kết thúc bằng dấu chấm phẩy; Nghị định 30 quy định mỗi căn cứ kết thúc bằng \";\".",
                    last ? "The last legal basis does not end with \".\"." : "A legal basis does not end with \";\".");
            }
        }
    }

    private static void Layout(List<WordParagraph> body, Findings f)
    {
        var sizes = new HashSet<double>();
        WordParagraph? previous = null;
        foreach (var p in body)
        {
            var fmt = p.Format;
            if (fmt.Alignment is not (Alignment.Justify or Alignment.Distribute))
            {
                var (vi, en) = Looks.Describe(p);
                f.Add(CheckRules.Justified, p.Position, $"Đoạn {Looks.Quote(p, 40)} {vi}; Nghị định 30 quy định nội dung canh đều hai lề.",
                    $"Paragraph {Looks.Quote(p, 40)} is {en}; Decree 30 requires justified text.");
            }

            var first = fmt.FirstLine ?? 0;
            if (Math.Abs(first - Indent1Cm) > IndentTolerance && Math.Abs(first - Indent127) > IndentTolerance)
            {
                f.Add(CheckRules.FirstLine, p.Position, $"Đoạn {Looks.Quote(p, 40)} lùi đầu dòng {Looks.Cm(first, "vi")}; Nghị định 30 quy định 1 cm hoặc 1,27 cm.",
                    $"Paragraph {Looks.Quote(p, 40)} has a first-line indent of {Looks.Cm(first, "en")}; Decree 30 requires 1 cm or 1.27 cm.");
            }

            if (previous is not null && (previous.Format.SpacingAfter ?? 0) + (fmt.SpacingBefore ?? 0) < MinGap)
            {
                var gap = ((previous.Format.SpacingAfter ?? 0) + (fmt.SpacingBefore ?? 0)) / 20.0;
                f.Add(CheckRules.ParagraphGap, p.Position, $"Khoảng cách trước đoạn {Looks.Quote(p, 40)} là {gap:0.#} pt; Nghị định 30 quy định tối thiểu 6 pt.",
                    $"The space before paragraph {Looks.Quote(p, 40)} is {gap:0.#} pt; Decree 30 requires at least 6 pt.");
            }

            var size = Looks.Sizes(p).DefaultIfEmpty(13).Max();
            var line = fmt.Line ?? 240;
            var ok = fmt.LineRule is null or "auto" ? line is >= 240 and <= 360 : line >= (1.15 * size * 20) - 2 && line <= (1.725 * size * 20) + 2;
            if (!ok)
            {
                var shown = fmt.LineRule is null or "auto" ? (line / 240.0).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " lines" : line / 20.0 + " pt";
                f.Add(CheckRules.LineSpacing, p.Position, $"Đoạn {Looks.Quote(p, 40)} cách dòng {shown}; Nghị định 30 quy định từ dòng đơn đến 1,5 dòng.",
                    $"Paragraph {Looks.Quote(p, 40)} has line spacing {shown}; Decree 30 requires single to 1.5 lines.");
            }

            if (!Looks.SizeIn(p, 13, 14))
            {
                f.Add(CheckRules.BodySize, p.Position, $"Đoạn {Looks.Quote(p, 40)} cỡ chữ {Looks.SizeText(p)}; Nghị định 30 quy định nội dung cỡ 13–14.",
                    $"Paragraph {Looks.Quote(p, 40)} is {Looks.SizeText(p)} pt; Decree 30 requires 13–14 pt body text.");
            }

            sizes.UnionWith(Looks.Sizes(p));
            previous = p;
        }

        if (sizes.Count > 1 && body.Count > 0)
        {
            var list = string.Join(", ", sizes.Order());
            f.Add(CheckRules.MixedBodySize, body[0].Position, $"Phần nội dung dùng các cỡ chữ {list}; Nghị định 30 quy định nội dung cỡ 13–14, nên dùng một cỡ cho toàn bộ nội dung.",
                $"The body uses sizes {list}; use one size for the whole body.");
        }
    }

    [GeneratedRegex(@"^[IVXLC]+\. ")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^Điều \d+\.")]
    private static partial Regex ArticleLabel();
}
