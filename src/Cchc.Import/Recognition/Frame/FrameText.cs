using System.Globalization;
using System.Text.RegularExpressions;
using Cchc.Model;

namespace Cchc.Import.Recognition.Frame;

/// <summary>A date as a document shows it: the PartialDate ("2025-09", null for a blank year) and the form it was written in.</summary>
internal sealed record ReadDate(string? Value, DateStyle Style, string Blank);

/// <summary>The small fixed phrases of Decree 30 documents: "Số: …/…", dates with blanks, Vietnamese upper case.</summary>
internal static partial class FrameText
{
    public const string DefaultBlank = "      ";

    // "ngày 12 tháng 01 năm 2026", "ngày      tháng 9 năm 2025": the blank is whatever stands where a number is missing.
    [GeneratedRegex(@"ngày(?<d>\s+\d{1,2}\s+|[^\d]*?)tháng(?<m>\s+\d{1,2}\s+|[^\d]*?)năm(?<y>\s+\d{4}|[^\d]*?)$", RegexOptions.CultureInvariant)]
    private static partial Regex LongDate();

    [GeneratedRegex(@"^(?<d>\d{1,2}|\s*)/(?<m>\d{1,2}|\s*)/(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortDate();

    [GeneratedRegex(@"^Số:(?<n>.*?)/(?<s>\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^\s*\(\s*kèm\s+theo(?!\S)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AttachedOpening();

    /// <summary>"(Kèm theo …" however its words are spaced (two spaces, a non-breaking space).</summary>
    public static bool IsAttachedLine(string text) => AttachedOpening().IsMatch(text);

    /// <summary>"ngày 12 tháng 01 năm 2026" or "12/01/2026" (the whole text), else null.</summary>
    public static ReadDate? Date(string text)
    {
        text = text.Trim();
        if (LongDate().Match(text) is { Success: true, Index: 0 } l)
        {
            return Make(l, DateStyle.Long);
        }

        return ShortDate().Match(text) is { Success: true } s ? Make(s, DateStyle.Short) : null;
    }

    private static ReadDate Make(Match m, DateStyle style)
    {
        string? Part(string g, out string blank)
        {
            var v = m.Groups[g].Value;
            var trimmed = v.Trim();
            blank = trimmed.Length == 0 ? v : "";
            return trimmed.Length == 0 ? null : trimmed;
        }

        var d = Part("d", out var b1);
        var mo = Part("m", out var b2);
        var y = Part("y", out var b3);
        var blank = new[] { b1, b2, b3 }.FirstOrDefault(b => b.Length > 0) ?? DefaultBlank;
        if (y is null)
        {
            return new ReadDate(null, style, blank);
        }

        var value = mo is null ? y : d is null ? $"{y}-{Two(mo)}" : $"{y}-{Two(mo)}-{Two(d)}";
        return new ReadDate(value, style, blank);
    }

    private static string Two(string n) => int.Parse(n, CultureInfo.InvariantCulture).ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>"Số: 25/QĐ-UBND" → ("25", "QĐ-UBND"); "Số:      /QĐ-UBND" → (null, "QĐ-UBND", blank).</summary>
    public static (string? Number, string Symbol, string Blank)? Number(string text)
    {
        var m = NumberLine().Match(text.Trim());
        if (!m.Success)
        {
            return null;
        }

        var n = m.Groups["n"].Value;
        return n.Trim().Length == 0 ? (null, m.Groups["s"].Value, n) : (n.Trim(), m.Groups["s"].Value, "");
    }

    /// <summary>Unicode upper case, as the writer upper-cases header lines.</summary>
    public static string Upper(string text) => text.ToUpperInvariant();

    /// <summary>"PHƯỜNG HẢI DƯƠNG" → "Phường Hải Dương": each word capitalised (a guess the caller records).</summary>
    public static string TitleCase(string upper) => string.Join(' ', upper.ToLowerInvariant().Split(' ')
        .Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>"ỦY BAN NHÂN DÂN" → "Ủy ban nhân dân".</summary>
    public static string SentenceCase(string upper)
    {
        var lower = upper.ToLowerInvariant();
        return lower.Length == 0 ? lower : char.ToUpperInvariant(lower[0]) + lower[1..];
    }

    /// <summary>Collapses the writer's line breaks and runs of blanks for comparing phrases.</summary>
    public static string Flat(string text) => string.Join(' ', text.Split([' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
}
