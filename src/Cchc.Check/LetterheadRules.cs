using System.Text.RegularExpressions;
using Cchc.Word;
using DocxFormat = Cchc.Docx.RunFormat;

namespace Cchc.Check;

/// <summary>The letterhead table: agency and its line, Quốc hiệu, Tiêu ngữ and its line, Số and date (nd30-format §3.1–3.4, §9.3).</summary>
internal static partial class LetterheadRules
{
    private const double LineTolerance = 0.15;

    public static void Check(DocumentPart part, Findings f)
    {
        if (part.Letterhead is not { } t)
        {
            if (part.TypeName is { } name)
            {
                f.Add(CheckRules.NoLetterhead, name.Position, "Văn bản không có Quốc hiệu, Tiêu ngữ ở đầu trang; Nghị định 30 quy định \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\" / \"Độc lập - Tự do - Hạnh phúc\" trên cùng, bên phải.",
                    "The document has no Quốc hiệu/Tiêu ngữ at the top; Decree 30 puts them at the top right.");
            }

            return;
        }

        var left = Column(t, right: false);
        var right = Column(t, right: true);
        National(right, f);
        Agency(left, f);
        NumberAndDate(part, left, right, f);
    }

    private static List<(WordParagraph P, int Width)> Column(WordTable t, bool right) =>
    [
        .. t.Rows.SelectMany(r => r.Cells).Where(c => right ? c.GridColumn > 0 : c.GridColumn == 0)
            .SelectMany(c => c.Paragraphs.Select(p => (p, c.Width ?? Looks.Width(t.GridColumns.Skip(c.GridColumn).Take(c.GridSpan))))),
    ];

    private static void National(List<(WordParagraph P, int Width)> right, Findings f)
    {
        var lines = right.Where(x => !Looks.IsEmpty(x.P)).ToList();
        if (lines.Count == 0)
        {
            return;
        }

        var title = lines[0].P;
        if (Looks.Text(title).Replace("HOÀ", "HÒA", StringComparison.Ordinal) != "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" || !Looks.Bold(title) || !Looks.NotItalic(title)
            || !Looks.SizeIn(title, 12, 13) || !Looks.Centered(title))
        {
            var (vi, en) = Looks.Describe(title);
            f.Add(CheckRules.NationalTitle, title.Position, $"Quốc hiệu {Looks.Quote(title)}, {vi}; Nghị định 30 quy định \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\", in hoa, đứng, đậm, cỡ 12–13, canh giữa.",
                $"Quốc hiệu {Looks.Quote(title)}, {en}; Decree 30 requires \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\", upper case, upright, bold, 12–13 pt, centred.");
        }

        if (lines.Count < 2 || !Looks.Text(lines[1].P).StartsWith("Độc lập", StringComparison.OrdinalIgnoreCase))
        {
            f.Add(CheckRules.Motto, title.Position, "Thiếu Tiêu ngữ dưới Quốc hiệu; Nghị định 30 quy định dòng \"Độc lập - Tự do - Hạnh phúc\" canh giữa dưới Quốc hiệu.",
                "No Tiêu ngữ under the Quốc hiệu; Decree 30 requires \"Độc lập - Tự do - Hạnh phúc\" centred under it.");
            return;
        }

        var motto = lines[1].P;
        if (Looks.Text(motto) != "Độc lập - Tự do - Hạnh phúc" || !Looks.Bold(motto) || !Looks.NotItalic(motto) || !Looks.SizeIn(motto, 13, 14) || !Looks.Centered(motto))
        {
            var (vi, en) = Looks.Describe(motto);
            var dash = Looks.Text(motto).Contains('–', StringComparison.Ordinal) ? " (dùng gạch ngang \"–\" thay cho gạch nối \"-\")" : "";
            f.Add(CheckRules.Motto, motto.Position, $"Tiêu ngữ {Looks.Quote(motto)}{dash}, {vi}; Nghị định 30 quy định \"Độc lập - Tự do - Hạnh phúc\", gạch nối có cách chữ, đứng, đậm, cỡ 13–14, canh giữa.",
                $"Tiêu ngữ {Looks.Quote(motto)}, {en}; Decree 30 requires \"Độc lập - Tự do - Hạnh phúc\" with spaced hyphens, upright, bold, 13–14 pt, centred.");
        }

        var after = right.SkipWhile(x => x.P != motto).Skip(1).FirstOrDefault(x => !Looks.IsEmpty(x.P) || Looks.IsBorderLine(x.P));
        var mottoWidth = Measure(motto);
        Line(CheckRules.MottoLine, after, motto, mottoWidth * (1 - LineTolerance), mottoWidth * (1 + LineTolerance), "bằng độ dài dòng Tiêu ngữ", "as long as the Tiêu ngữ", f);
    }

    private static void Agency(List<(WordParagraph P, int Width)> left, Findings f)
    {
        var names = left.TakeWhile(x => !Looks.IsBorderLine(x.P) && !Looks.IsUnderscoreLine(x.P) && !Looks.Text(x.P).StartsWith("Số", StringComparison.Ordinal))
            .Where(x => !Looks.IsEmpty(x.P)).Select(x => x.P).ToList();
        if (names.Count == 0)
        {
            return;
        }

        var firstBold = names.FindIndex(Looks.Bold);
        for (var i = 0; i < names.Count; i++)
        {
            var p = names[i];
            var superior = firstBold < 0 ? i < names.Count - 1 : i < firstBold;
            var ok = Looks.Upper(p) && Looks.SizeIn(p, 12, 13) && Looks.NotItalic(p) && Looks.Centered(p) && (superior ? Looks.NotBold(p) : Looks.Bold(p));
            if (!ok)
            {
                var (vi, en) = Looks.Describe(p);
                f.Add(CheckRules.Agency, p.Position, superior
                        ? $"Tên cơ quan chủ quản {Looks.Quote(p)}, {vi}; Nghị định 30 quy định in hoa, cỡ 12–13, đứng, không đậm, canh giữa."
                        : $"Tên cơ quan ban hành {Looks.Quote(p)}, {vi}; Nghị định 30 quy định in hoa, cỡ 12–13, đứng, đậm, canh giữa.",
                    $"Agency name {Looks.Quote(p)}, {en}; Decree 30 requires upper case, 12–13 pt, upright, centred, the issuer bold and its parent not.");
            }
        }

        var issuer = names[^1];
        var after = left.SkipWhile(x => x.P != issuer).Skip(1).FirstOrDefault(x => !Looks.IsEmpty(x.P) || Looks.IsBorderLine(x.P));
        var widest = names.Skip(Math.Max(firstBold, 0)).Max(Measure);
        Line(CheckRules.AgencyLine, after, issuer, widest * (1.0 / 3 - 0.05), widest * (0.5 + 0.05), "dài 1/3–1/2 dòng tên cơ quan", "1/3–1/2 of the agency name", f);
    }

    /// <summary>A rule line after <paramref name="above"/>: a bordered empty paragraph of the wanted length, or underscores (a warning: not measurable).</summary>
    internal static void Line(CheckRule rule, (WordParagraph P, int Width) after, WordParagraph above, double low, double high, string wantVi, string wantEn, Findings f)
    {
        if (after.P is { } p && Looks.IsUnderscoreLine(p))
        {
            f.Add(CheckRules.UnderscoreLine, p.Position, "Đường kẻ gõ bằng dấu gạch dưới \"___\": không đo được độ dài; nên vẽ bằng đường viền dưới của một đoạn trống.",
                "A line typed as underscores \"___\": its length cannot be measured; draw it as the bottom border of an empty paragraph.");
            return;
        }

        if (after.P is not { } line || !Looks.IsBorderLine(line))
        {
            f.Add(rule, above.Position, $"Không có đường kẻ dưới {Looks.Quote(above)}; Nghị định 30 quy định đường kẻ nét liền {wantVi}.",
                $"No line under {Looks.Quote(above)}; Decree 30 requires a solid line {wantEn}.");
            return;
        }

        var length = after.Width - (line.Format.IndentLeft ?? 0) - (line.Format.IndentRight ?? 0);
        if (length < low || length > high)
        {
            f.Add(rule, line.Position, $"Đường kẻ dài {Looks.Cm(length, "vi")}; Nghị định 30 quy định {wantVi} ({Looks.Cm((int)low, "vi")}–{Looks.Cm((int)high, "vi")}).",
                $"The line is {Looks.Cm(length, "en")} long; Decree 30 requires it {wantEn} ({Looks.Cm((int)low, "en")}–{Looks.Cm((int)high, "en")}).");
        }
    }

    /// <summary>The printed width of the widest line of a paragraph in twips (Times New Roman metrics).</summary>
    internal static int Measure(WordParagraph p)
    {
        var size = Looks.Sizes(p).DefaultIfEmpty(13).Max();
        var format = new DocxFormat((int)Math.Round(size * 2), Looks.Bold(p), Looks.Italic(p));
        return Looks.Text(p).Split('\n').Max(line => Cchc.Docx.TextWidth.Twips(line.Trim(), format));
    }

    private static void NumberAndDate(DocumentPart part, List<(WordParagraph P, int Width)> left, List<(WordParagraph P, int Width)> right, Findings f)
    {
        var number = left.Select(x => x.P).FirstOrDefault(p => NumberStart().IsMatch(Looks.Text(p)));
        // The date is what the right column holds under the Tiêu ngữ and its line.
        var date = right.Select(x => x.P).Where(p => !Looks.IsEmpty(p) && !Looks.IsUnderscoreLine(p)).Skip(2).FirstOrDefault();
        if (part.Attached)
        {
            foreach (var p in new[] { number, date }.OfType<WordParagraph>())
            {
                f.Add(CheckRules.NumberPresence, p.Position, $"Kế hoạch ban hành kèm theo Quyết định có {Looks.Quote(p)}; theo mẫu của Nghị định 30, văn bản kèm theo không có số, ngày riêng.",
                    $"A Kế hoạch issued with a Quyết định has {Looks.Quote(p)}; per Decree 30's sample it has no number or date of its own.");
            }

            return;
        }

        if (number is null || date is null)
        {
            var missing = (number, date) switch { (null, null) => ("Số, ký hiệu và ngày tháng", "number and date"), (null, _) => ("Số, ký hiệu", "number"), _ => ("địa danh, ngày tháng", "place and date") };
            f.Add(CheckRules.NumberPresence, part.Letterhead!.Position, $"Thiếu {missing.Item1} ở đầu văn bản; Nghị định 30 quy định văn bản có tên loại ghi Số, ký hiệu và địa danh, ngày tháng cùng một hàng.",
                $"No {missing.Item2} in the letterhead; Decree 30 requires them on one row.");
        }

        if (number is not null)
        {
            var text = Looks.Text(number);
            if (!NumberForm().IsMatch(text) && !DraftNumberForm().IsMatch(text) || !Looks.SizeIn(number, 13, 13) || !Looks.NotBold(number) || !Looks.NotItalic(number))
            {
                var (vi, en) = Looks.Describe(number);
                f.Add(CheckRules.Number, number.Position, $"{Looks.Quote(number)}, {vi}; Nghị định 30 quy định dạng \"Số: 05/QĐ-UBND\" (số dưới 10 có số 0, ký hiệu in hoa, không cách), cỡ 13, đứng, không đậm.",
                    $"{Looks.Quote(number)}, {en}; Decree 30 requires \"Số: 05/QĐ-UBND\" (leading zero below 10, upper-case symbol, no spaces), 13 pt, upright, not bold.");
            }
        }

        if (date is not null)
        {
            var text = Looks.Text(date);
            if (!DateForm().IsMatch(text) || !Looks.Italic(date) || !Looks.NotBold(date) || !Looks.SizeIn(date, 13, 14))
            {
                var (vi, en) = Looks.Describe(date);
                f.Add(CheckRules.PlaceDate, date.Position, $"{Looks.Quote(date)}, {vi}; Nghị định 30 quy định \"Địa danh, ngày 05 tháng 01 năm 2026\" (ngày dưới 10, tháng 1, 2 có số 0), nghiêng, cỡ 13–14, không đậm.",
                    $"{Looks.Quote(date)}, {en}; Decree 30 requires \"Place, ngày 05 tháng 01 năm 2026\" (leading zero for days below 10 and months 1–2), italic, 13–14 pt, not bold.");
            }
        }
    }

    [GeneratedRegex(@"^(Số|SỐ|số)\s*[:\d/]")]
    private static partial Regex NumberStart();

    [GeneratedRegex(@"^Số: (0[1-9]|[1-9][0-9]+)/[A-ZĐ0-9][A-ZĐa-z0-9]*(-[A-ZĐ0-9][A-ZĐa-z0-9]*)+$")]
    private static partial Regex NumberForm();

    [GeneratedRegex(@"^Số:\s+/[A-ZĐ0-9][A-ZĐa-z0-9]*(-[A-ZĐ0-9][A-ZĐa-z0-9]*)+$")]
    private static partial Regex DraftNumberForm();

    [GeneratedRegex(@"^[^,]+, ngày\s+((0[1-9]|[12][0-9]|3[01])\s+)?tháng\s+((0[12]|0?[3-9]|1[0-2])\s+)?năm \d{4}$")]
    private static partial Regex DateForm();
}
