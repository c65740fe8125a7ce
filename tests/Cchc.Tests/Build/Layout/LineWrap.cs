using Cchc.Docx;

namespace Cchc.Tests.Build.Layout;

/// <summary>Where a centred title breaks: words filled greedily into the width, measured with the writer's metrics.</summary>
internal static class LineWrap
{
    public static List<string> Lines(string text, int halfPoints, bool bold, bool italic, int available)
    {
        var format = new RunFormat(halfPoints, bold, italic);
        var lines = new List<string>();
        foreach (var hardLine in text.Split('\n'))
        {
            var current = "";
            foreach (var word in hardLine.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && TextWidth.Twips(candidate, format) > available)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }

            lines.Add(current);
        }

        return lines;
    }

    public static int Widest(string text, int halfPoints, bool bold, bool italic, int available) =>
        Lines(text, halfPoints, bold, italic, available).Max(line => TextWidth.Twips(line, new RunFormat(halfPoints, bold, italic)));
}
