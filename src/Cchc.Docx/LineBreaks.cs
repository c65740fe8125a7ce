using M = Cchc.Model.Documents;

namespace Cchc.Docx;

/// <summary>
/// Where a paragraph's lines break, estimated with <see cref="TextWidth"/> the way Word and LibreOffice fill
/// lines (word by word, greedily): to size the short rule under a title, and to balance a centred title that
/// would otherwise leave one word on its last line, as "… Phường Hải Dương năm" / "2026" did.
/// </summary>
internal static class LineBreaks
{
    /// <summary>A last line shorter than this share of the width reads as a word left behind.</summary>
    private const double ShortLastLine = 1.0 / 3;

    /// <summary>Room for the estimate's error (within 3% of the laid-out widths) so the balanced title keeps its line count.</summary>
    private const double Slack = 1.04;

    private readonly record struct Word(int Width, int SpaceBefore, bool BreakBefore);

    /// <summary>The width of each line of the paragraph set in <paramref name="width"/> twips.</summary>
    public static List<int> LineWidths(M.Paragraph paragraph, string styleId, int width) => Fill(Words(paragraph, styleId), width);

    /// <summary>
    /// The indent on each side that makes a wrapping centred title's lines about equally long, or 0 when its
    /// natural last line is long enough, it fits on one line, or the author broke its lines.
    /// </summary>
    public static int BalancingIndent(M.Paragraph paragraph, string styleId, int available)
    {
        var words = Words(paragraph, styleId);
        if (words.Any(w => w.BreakBefore))
        {
            return 0;
        }

        var natural = Fill(words, available);
        if (natural.Count < 2 || natural[^1] >= available * ShortLastLine)
        {
            return 0;
        }

        // The narrowest width that keeps the same number of lines, found by halving.
        int low = natural.Sum() / natural.Count, high = available;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Fill(words, middle).Count <= natural.Count)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        var balanced = Math.Min(available, (int)Math.Ceiling(high * Slack));
        return (available - balanced) / 2;
    }

    private static List<int> Fill(List<Word> words, int width)
    {
        var lines = new List<int>();
        var current = -1;
        foreach (var word in words)
        {
            if (current < 0)
            {
                current = word.Width;
            }
            else if (word.BreakBefore || current + word.SpaceBefore + word.Width > width)
            {
                lines.Add(current);
                current = word.Width;
            }
            else
            {
                current += word.SpaceBefore + word.Width;
            }
        }

        lines.Add(Math.Max(current, 0));
        return lines;
    }

    /// <summary>The paragraph's words with their widths; a word may span runs of different formats.</summary>
    private static List<Word> Words(M.Paragraph paragraph, string styleId)
    {
        var style = StyleSheet.Default.RunFormatOf(styleId);
        var words = new List<Word>();
        int width = 0, space = 0;
        bool inWord = false, pendingBreak = false;

        void End()
        {
            if (inWord)
            {
                words.Add(new Word(width, space, pendingBreak));
                (width, space, inWord, pendingBreak) = (0, 0, false, false);
            }
        }

        foreach (var run in paragraph.Runs)
        {
            var format = style with { Bold = style.Bold || run.Bold, Italic = style.Italic || run.Italic };
            foreach (var ch in run.Text)
            {
                if (ch is '\n' or '\v')
                {
                    End();
                    (space, pendingBreak) = (0, true);
                }
                else if (ch == ' ')
                {
                    End();
                    space += TextWidth.Twips(" ", format);
                }
                else
                {
                    width += TextWidth.Twips(ch.ToString(), format);
                    inWord = true;
                }
            }
        }

        End();
        return words;
    }
}
