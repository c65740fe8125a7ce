using System.Globalization;
using System.Text.RegularExpressions;
using Cchc.Model;

namespace Cchc.Validation;

/// <summary>What the text says: W104 (targets), W110 (hygiene), W113 (agency short names).</summary>
internal static partial class TextRules
{
    public static IEnumerable<Diagnostic> Targets(PlanIndex ix)
    {
        foreach (var (indicator, _) in ix.Indicators)
        {
            foreach (var t in indicator.Targets.Where(t => t.Value is not null))
            {
                var number = VietnameseNumber(t.Value!.Value);
                var pattern = t.EffectiveUnit == "%"
                    ? $@"(?<![\d,.]){Regex.Escape(number)} ?%"
                    : $@"(?<![\d,.]){Regex.Escape(number)}(?![\d,])";
                if (!Regex.IsMatch(indicator.Text, pattern))
                {
                    var expected = t.EffectiveUnit == "%" ? $"{number}%" : number;
                    yield return DiagnosticCatalog.W104.At(t.Spans.Of("value"),
                        $"mục tiêu {expected} không xuất hiện trong nội dung chỉ tiêu; kiểm tra lại số liệu hoặc lời văn",
                        $"the target {expected} does not appear in the indicator's text");
                }
            }
        }
    }

    private static string VietnameseNumber(decimal value) =>
        value.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');

    [GeneratedRegex(@"\S(  +)\S")]
    private static partial Regex DoubleSpace();

    [GeneratedRegex(@"\S( +)[,.;:](?![\d.])")]
    private static partial Regex SpaceBeforePunctuation();

    // Two placements of the tone mark, each within one family of syllables: "hoá"/"hóa" (oa, oe) and "uỷ"/"ủy" (uy).
    // Mixing families is normal ("Ủy ban" beside "Văn hoá" in the same seed); mixing within one is what W110 flags.
    [GeneratedRegex(@"o[áàảãạéèẻẽẹ](?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex OldOaStyle();

    [GeneratedRegex(@"[óòỏõọ][ae](?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex NewOaStyle();

    [GeneratedRegex(@"(?<!q)u[ýỳỷỹỵ](?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex OldUyStyle();

    [GeneratedRegex(@"[úùủũụ]y(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex NewUyStyle();

    [GeneratedRegex(@"(?<!\.)\.\.(?!\.)")]
    private static partial Regex DoublePeriod();

    [GeneratedRegex(@"(?<![0-9/])([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})(?![0-9/])")]
    private static partial Regex ShortDate();

    public static IEnumerable<Diagnostic> Hygiene(PlanIndex ix)
    {
        foreach (var (text, span, _) in ix.Texts)
        {
            if (DoubleSpace().IsMatch(text))
            {
                yield return Warn(span, $"có hai dấu cách liền nhau: \"{Excerpt(text, DoubleSpace().Match(text).Index)}\"", "double space");
            }

            if (SpaceBeforePunctuation().Match(text) is { Success: true } sp)
            {
                yield return Warn(span, $"có dấu cách trước dấu câu: \"{Excerpt(text, sp.Index)}\"", "space before punctuation");
            }

            if (DoublePeriod().Match(text) is { Success: true } dp)
            {
                yield return Warn(span, $"có hai dấu chấm liền nhau: \"{Excerpt(text, dp.Index)}\"", "double period");
            }

            if (text.Contains("Công Dịch vụ công", StringComparison.Ordinal))
            {
                yield return Warn(span, "\"Công Dịch vụ công\": có lẽ là \"Cổng Dịch vụ công\"", "\"Công Dịch vụ công\" is probably \"Cổng Dịch vụ công\"");
            }

            foreach (Match m in ShortDate().Matches(text))
            {
                var day = m.Groups[1].Value;
                var month = m.Groups[2].Value;
                var dayOk = int.Parse(day, CultureInfo.InvariantCulture) >= 10 || day.Length == 2;
                var monthValue = int.Parse(month, CultureInfo.InvariantCulture);
                var monthOk = monthValue < 3 ? month.Length == 2 : month.Length == 1 || monthValue >= 10;
                if (!dayOk || !monthOk)
                {
                    yield return Warn(span,
                        $"ngày \"{m.Value}\" không theo Nghị định 30: ngày dưới 10 và tháng 1, 2 viết thêm số 0 (05/01/2026), tháng 3 đến 9 không có số 0 (15/7/2021)",
                        $"date \"{m.Value}\" breaks the Decree 30 zero-padding rule");
                }
            }
        }

        foreach (var d in MixedToneStyles(ix, OldOaStyle(), NewOaStyle(), "hoá/hóa"))
        {
            yield return d;
        }

        foreach (var d in MixedToneStyles(ix, OldUyStyle(), NewUyStyle(), "uỷ/ủy"))
        {
            yield return d;
        }
    }

    private static IEnumerable<Diagnostic> MixedToneStyles(PlanIndex ix, Regex oldStyle, Regex newStyle, string example)
    {
        var old = ix.Texts.Select(t => (t, m: oldStyle.Match(t.Text))).FirstOrDefault(x => x.m.Success);
        var neu = ix.Texts.Select(t => (t, m: newStyle.Match(t.Text))).FirstOrDefault(x => x.m.Success);
        if (old.m is { Success: true } && neu.m is { Success: true })
        {
            var later = old.t.Span.Line >= neu.t.Span.Line ? old : neu;
            var first = ReferenceEquals(later.t, old.t) ? neu : old;
            yield return Warn(later.t.Span,
                $"tệp dùng lẫn hai kiểu đặt dấu thanh: \"{Word(later.t.Text, later.m.Index)}\" ở đây và \"{Word(first.t.Text, first.m.Index)}\" ở dòng {first.t.Span.Line} (kiểu {example}); nên thống nhất một kiểu",
                $"the file mixes old and new tone-mark placement ({example})");
        }
    }

    private static Diagnostic Warn(SourceSpan span, string vi, string en) => DiagnosticCatalog.W110.At(span, vi, en);

    private static string Excerpt(string text, int index)
    {
        var start = Math.Max(0, index - 15);
        var end = Math.Min(text.Length, index + 20);
        return (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
    }

    private static string Word(string text, int index)
    {
        var start = index;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var end = index;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    [GeneratedRegex(@"\p{Lu}{3,}")]
    private static partial Regex UpperRun();

    public static IEnumerable<Diagnostic> ShortNames(PlanIndex ix)
    {
        foreach (var a in ix.Package.Agencies.Where(a => a.Short is not null))
        {
            var initials = Initials(a.Name);
            foreach (Match m in UpperRun().Matches(a.Short!))
            {
                // "HĐND" in "Văn phòng HĐND và UBND" stands for "Hội đồng nhân dân" of the name: initials count.
                var known = (a.Abbr ?? "").Contains(m.Value, StringComparison.Ordinal) || a.Name.Contains(m.Value, StringComparison.Ordinal)
                    || initials.Contains(Unaccented(m.Value), StringComparison.Ordinal);
                if (!known)
                {
                    yield return DiagnosticCatalog.W113.At(a.Spans.Of("short"),
                        $"tên ngắn \"{a.Short}\" có \"{m.Value}\" không khớp với chữ viết tắt \"{a.Abbr}\" hay tên \"{a.Name}\"; có thể gõ nhầm",
                        $"the short name \"{a.Short}\" contains \"{m.Value}\", found in neither the abbr nor the name; a typo?");
                }
            }
        }
    }

    /// <summary>The first letters of the name's words, upper-cased without tone marks: "Ủy ban nhân dân" → "UBND".</summary>
    private static string Initials(string name) =>
        Unaccented(string.Concat(name.Split([' ', ',', '–', '-', '&'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]))));

    private static string Unaccented(string text) => string.Concat(Diacritics.Compose(text).Select(c => Diacritics.BaseOf(c, out _)));
}
