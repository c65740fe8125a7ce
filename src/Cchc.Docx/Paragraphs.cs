using System.Text;
using Cchc.Model;
using DocumentFormat.OpenXml;
using M = Cchc.Model.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cchc.Docx;

/// <summary>
/// Builds WordprocessingML paragraphs and runs. Every run carries Times New Roman on all four font slots and
/// its style's resolved size, bold and italic, so the typography can be checked without resolving styles.
/// </summary>
internal static class Paragraphs
{
    private const string Font = "Times New Roman";

    public static W.Paragraph Of(string styleId, IEnumerable<M.Run> runs)
    {
        var xml = new StringBuilder();
        WordXml.ParagraphContent(xml, styleId, runs);
        return new W.Paragraph { InnerXml = xml.ToString() };
    }

    public static W.Paragraph Of(string styleId, string text) => Of(styleId, [new M.Run(text)]);

    public static W.Paragraph Empty(string styleId) => new(Properties(styleId));

    public static W.ParagraphProperties Properties(string styleId) => new(new W.ParagraphStyleId { Val = styleId });

    /// <summary>Run properties in schema order: fonts, bold, italic, size.</summary>
    public static W.RunProperties RunProperties(RunFormat format)
    {
        var properties = new W.RunProperties(
            new W.RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font, ComplexScript = Font });
        if (format.Bold)
        {
            properties.Append(new W.Bold());
        }

        if (format.Italic)
        {
            properties.Append(new W.Italic());
        }

        var size = format.HalfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);
        properties.Append(new W.FontSize { Val = size }, new W.FontSizeComplexScript { Val = size });
        return properties;
    }

    /// <summary>The widest line of a paragraph's text, in twips, for sizing a rule under it.</summary>
    public static int WidestLine(M.Paragraph paragraph, string styleId)
    {
        var format = StyleSheet.Default.RunFormatOf(styleId);
        int widest = 0, current = 0;
        foreach (var run in paragraph.Runs)
        {
            var effective = format with { Bold = format.Bold || run.Bold, Italic = format.Italic || run.Italic };
            var pieces = run.Text.Split('\n');
            for (var i = 0; i < pieces.Length; i++)
            {
                if (i > 0)
                {
                    widest = Math.Max(widest, current);
                    current = 0;
                }

                current += TextWidth.Twips(pieces[i], effective);
            }
        }

        return Math.Max(widest, current);
    }
}
