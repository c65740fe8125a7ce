using System.Text.RegularExpressions;
using Cchc.Word;

namespace Cchc.Import.Recognition.Frame;

/// <summary>
/// One line of a letterhead or closing block typed without a table: its left and right halves. A clerk puts
/// the right half after one or more tabs on the same line ("ỦY BAN NHÂN DÂN\tCỘNG HÒA …"), or types it on a line
/// of its own (then <see cref="Left"/> holds it and <see cref="Tabbed"/> is false). A line that starts with a
/// tab has only a right half.
/// </summary>
internal sealed record FrameLine(string Left, string Right, bool Tabbed, WordPosition Position)
{
    public bool IsBlank => Left.Length == 0 && Right.Length == 0;

    /// <summary>The halves that hold text, left first.</summary>
    public IEnumerable<string> Halves => new[] { Left, Right }.Where(h => h.Length > 0);
}

/// <summary>The lines of paragraphs as a letterhead or closing block typed in paragraphs shows them, and what each line is.</summary>
internal static partial class FrameLines
{
    private static readonly char[] Blanks = [' ', '\u00A0', '\u2007', '\u202F', '\u3000'];

    /// <summary>
    /// Each line of <paramref name="p"/> (a w:br starts a new one) split at its tabs. A Word bullet label belongs to
    /// the left half ("-\tSở Nội vụ;" is one half, not two).
    /// </summary>
    public static IEnumerable<FrameLine> Of(WordParagraph p)
    {
        var text = p.Label is null ? p.Text : p.Label + " " + p.Text;
        foreach (var line in text.Split('\n'))
        {
            var pieces = line.Split('\t').Select(Clean).ToList();
            var filled = pieces.Where(s => s.Length > 0).ToList();
            if (pieces.Count == 1 || filled.Count == 0)
            {
                yield return new FrameLine(filled.FirstOrDefault() ?? "", "", false, p.Position);
            }
            else if (pieces[0].Length == 0)
            {
                yield return new FrameLine("", string.Join(" ", filled), true, p.Position);
            }
            else
            {
                yield return new FrameLine(pieces[0], string.Join(" ", filled.Skip(1)), true, p.Position);
            }
        }
    }

    public static IEnumerable<FrameLine> Of(IEnumerable<WordParagraph> paragraphs) => paragraphs.SelectMany(Of);

    private static string Clean(string s) => s.Trim().Trim(Blanks).Trim();

    /// <summary>Quốc hiệu, in either spelling ("CỘNG HÒA", "CỘNG HOÀ", "CỘNG  HÒA").</summary>
    public static bool IsNationalTitle(string half) => NationalTitle().IsMatch(half);

    /// <summary>Tiêu ngữ: "Độc lập - Tự do - Hạnh phúc" with any dash and spacing.</summary>
    public static bool IsMotto(string half) => Motto().IsMatch(half);

    public static bool IsNumber(string half) => half.StartsWith("Số:", StringComparison.Ordinal);

    /// <summary>"Hải Dương, ngày 12 tháng 01 năm 2026", blanks allowed: the place, a comma and a whole date.</summary>
    public static bool IsPlaceDate(string half) => half.IndexOf(',', StringComparison.Ordinal) is var comma and > 0
        && FrameText.Date(half[(comma + 1)..]) is { Style: Cchc.Model.DateStyle.Long };

    /// <summary>A typed underline ("-------", "___") under the issuer's name or the Tiêu ngữ.</summary>
    public static bool IsRule(string half) => half.Length > 0 && half.All(c => c is '-' or '_' or '–' or '—' or '=' or '.' or ' ' or '\u00A0');

    /// <summary>Upper case with letters, as the issuer's and the signer's lines are.</summary>
    public static bool IsUpper(string half) => half.Length is > 0 and < 80 && half.Any(char.IsLetter) && FrameText.Upper(half) == half;

    /// <summary>A line of the issuer's name (ô 2): upper case, not Quốc hiệu, not a signer's line.</summary>
    public static bool IsIssuer(string half) => IsUpper(half) && !IsNationalTitle(half) && !IsSignerTitle(half) && !IsRule(half);

    /// <summary>Any part of a letterhead.</summary>
    public static bool IsLetterheadHalf(string half) =>
        IsNationalTitle(half) || IsMotto(half) || IsNumber(half) || IsPlaceDate(half) || IsRule(half) || IsIssuer(half);

    /// <summary>"Nơi nhận:" alone, however spaced.</summary>
    public static bool IsRecipientsHeader(string half) => RecipientsHeader().IsMatch(half);

    /// <summary>"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Q. CHỦ TỊCH" (nd30-format.md §3.8), or an office title alone ("PHÓ CHỦ TỊCH").</summary>
    public static bool IsSignerTitle(string half) => Authority().IsMatch(half) || Office().IsMatch(half);

    public static bool HasAuthority(string half) => Authority().IsMatch(half);

    [GeneratedRegex(@"^CỘNG\s+H(?:ÒA|OÀ)\s", RegexOptions.CultureInvariant)]
    private static partial Regex NationalTitle();

    [GeneratedRegex(@"^Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc$", RegexOptions.CultureInvariant)]
    private static partial Regex Motto();

    [GeneratedRegex(@"^Nơi\s+nhận\s*:$", RegexOptions.CultureInvariant)]
    private static partial Regex RecipientsHeader();

    [GeneratedRegex(@"^(?:TM|KT|Q|TL|TUQ)\.\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex Authority();

    [GeneratedRegex(@"^(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|TRƯỞNG\s+(?:BAN|PHÒNG)|BÍ\s+THƯ|CHÁNH\s+VĂN\s+PHÒNG)$", RegexOptions.CultureInvariant)]
    private static partial Regex Office();
}
