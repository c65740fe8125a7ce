using M = Cchc.Model.Documents;

namespace Cchc.Docx;

/// <summary>
/// Where a paragraph's lines break, estimated with <see cref="TextWidth"/> the way Word and LibreOffice fill
/// lines (word by word, greedily): to size the short rule under a title by its widest line as laid out.
/// </summary>
internal static class LineBreaks
{
    private readonly record struct Word(int Width, int SpaceBefore, bool BreakBefore);

    /// <summary>The width of each line of the paragraph set in <paramref name="width"/> twips.</summary>
    public static List<int> LineWidths(M.Paragraph paragraph, string styleId, int width) => Fill(Words(paragraph, styleId), width);

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
                if (ch == '\n')
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
