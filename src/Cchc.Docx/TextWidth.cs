using Cchc.Model;
namespace Cchc.Docx;

/// <summary>
/// Estimates how wide a line of Times New Roman text is, in twips, to size the Decree 30 rules (the line under
/// the tiêu ngữ equals its text; the others are a fraction of the text above). The estimate sums per-character
/// advance widths (<see cref="SerifMetrics"/>): a Vietnamese letter counts as its base letter (Ộ as O, đ as d),
/// the horned ơ/ư letters a little wider, and anything else outside ASCII as half an em. Kerning is ignored,
/// so the estimate is within a few percent of what Word or LibreOffice lays out.
/// </summary>
internal static class TextWidth
{
    private const int HornExtra = 45;
    private const int UnknownWidth = 500;

    public static int Twips(string text, RunFormat format)
    {
        var table = (format.Bold, format.Italic) switch
        {
            (true, true) => SerifMetrics.BoldItalic,
            (true, false) => SerifMetrics.Bold,
            (false, true) => SerifMetrics.Italic,
            _ => SerifMetrics.Regular,
        };

        long thousandths = 0;
        foreach (var ch in Diacritics.Compose(text))
        {
            var letter = Diacritics.BaseOf(ch, out var horned);
            if (letter is 'đ' or 'Đ')
            {
                letter = letter == 'đ' ? 'd' : 'D';
            }

            if (Diacritics.IsMark(ch))
            {
                thousandths += ch == Diacritics.Horn ? HornExtra : 0;
            }
            else if (letter is >= ' ' and <= '~')
            {
                thousandths += table[letter - ' '] + (horned ? HornExtra : 0);
            }
            else
            {
                thousandths += UnknownWidth;
            }
        }

        // half-points × 10 = twips per em.
        return (int)Math.Round(thousandths * format.HalfPoints * 10 / 1000.0, MidpointRounding.AwayFromZero);
    }
}
