using System.Globalization;
using Cchc.Model;
using Cchc.Word;

namespace Cchc.Check;

/// <summary>How a paragraph looks: its text as compared (NFC, non-breaking spaces as spaces, trimmed) and the formats of its visible runs.</summary>
internal static class Looks
{
    public static string Text(WordParagraph p) => Plain(p.DisplayText);

    public static string Plain(string text) => Diacritics.Compose(text).Replace('\u00A0', ' ').Replace('\t', ' ').Trim();

    public static bool IsEmpty(WordParagraph p) => Text(p).Length == 0;

    /// <summary>The runs that show text (whitespace-only runs do not decide how a line looks).</summary>
    public static IEnumerable<RunFormat> Visible(WordParagraph p)
    {
        var runs = p.Runs.Where(r => !string.IsNullOrWhiteSpace(r.Text)).Select(r => r.Format).ToList();
        return runs.Count > 0 ? runs : [p.Common];
    }

    public static bool Bold(WordParagraph p) => Visible(p).All(f => f.Bold == true);

    public static bool NotBold(WordParagraph p) => Visible(p).All(f => f.Bold != true);

    public static bool Italic(WordParagraph p) => Visible(p).All(f => f.Italic == true);

    public static bool NotItalic(WordParagraph p) => Visible(p).All(f => f.Italic != true);

    public static IReadOnlyList<double> Sizes(WordParagraph p) => [.. Visible(p).Select(f => f.Size ?? 10).Distinct().Order()];

    public static bool SizeIn(WordParagraph p, double low, double high) => Sizes(p).All(s => s >= low && s <= high);

    public static string SizeText(WordParagraph p) => string.Join("/", Sizes(p).Select(s => s.ToString("0.#", CultureInfo.InvariantCulture)));

    public static bool Centered(WordParagraph p) => p.Format.Alignment == Alignment.Center;

    /// <summary>Upper case as displayed: the letters are capitals, or every run has w:caps.</summary>
    public static bool Upper(WordParagraph p) => IsUpper(Text(p)) || Visible(p).All(f => f.Caps == true);

    public static bool IsUpper(string text) => text.Any(char.IsLetter) && string.Equals(text, text.ToUpper(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>An empty paragraph with a bottom border: the way Word users (and cchc) draw a rule line.</summary>
    public static bool IsBorderLine(WordParagraph p) => IsEmpty(p) && p.Format.BottomBorder == true;

    /// <summary>A "(Kèm theo …)" line, also when typed in a legacy encoding ("(KÌm theo …").</summary>
    public static bool IsAttachedLine(WordParagraph p) => Text(p) is var t
        && (t.StartsWith("(Kèm theo", StringComparison.Ordinal) || t.StartsWith("(K", StringComparison.Ordinal) && TextRules.IsLegacyText(t));

    /// <summary>A line typed as underscores ("________").</summary>
    public static bool IsUnderscoreLine(WordParagraph p) => Text(p) is { Length: >= 3 } t && t.All(c => c is '_' or ' ');

    /// <summary>"vi (en)" descriptions of what a paragraph looks like, for the messages.</summary>
    public static (string Vi, string En) Describe(WordParagraph p)
    {
        var vi = new List<string> { $"cỡ {SizeText(p)}" };
        var en = new List<string> { $"{SizeText(p)} pt" };
        if (Bold(p)) { vi.Add("đậm"); en.Add("bold"); }
        if (Italic(p)) { vi.Add("nghiêng"); en.Add("italic"); }
        var align = p.Format.Alignment ?? Alignment.Left;
        vi.Add(align switch { Alignment.Center => "canh giữa", Alignment.Justify => "canh đều", Alignment.Right => "canh phải", Alignment.Distribute => "dàn đều", _ => "canh trái" });
        en.Add(align.ToString().ToLowerInvariant());
        return (string.Join(", ", vi), string.Join(", ", en));
    }

    public static string Quote(WordParagraph p, int max = 60)
    {
        var t = Text(p).Replace('\n', ' ');
        return "\"" + (t.Length > max ? t[..max] + "…" : t) + "\"";
    }

    /// <summary>The sum of widths in twips, clamped: a file may give any number.</summary>
    public static int Width(IEnumerable<int> widths) => (int)Math.Clamp(widths.Sum(w => (long)w), int.MinValue, int.MaxValue);

    /// <summary>Twips as centimetres, Vietnamese style ("2,5 cm") or English ("2.5 cm").</summary>
    public static string Cm(int twips, string lang)
    {
        var cm = (twips / 566.929).ToString("0.##", CultureInfo.InvariantCulture);
        return (lang == "en" ? cm : cm.Replace('.', ',')) + " cm";
    }
}
