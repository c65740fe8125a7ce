using DocumentFormat.OpenXml;
using M = Cchc.Model.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cchc.Docx;

/// <summary>Turns one section's blocks into body elements and closes the section with its properties.</summary>
internal static class SectionBuilder
{
    /// <summary>Centred titles whose lines are balanced when the last one would be a word left behind.</summary>
    private static readonly HashSet<M.ParaStyle> Balanced = [M.ParaStyle.Summary, M.ParaStyle.AttachedLine, M.ParaStyle.AppendixTitle];

    /// <summary>
    /// The section's body elements. Body paragraphs and data tables are empty placeholders whose markup is in
    /// <paramref name="markup"/>: the writer streams it as text (see <see cref="WordXml"/>).
    /// </summary>
    public static IEnumerable<OpenXmlElement> Build(M.Section section, bool last, BodyMarkup markup)
    {
        var layout = PageLayout.For(section.Orientation);
        var elements = new List<OpenXmlElement>();
        (M.Paragraph Paragraph, string StyleId, int Width)? ruleBasis = null;
        OpenXmlElement? trackedParagraph = null;

        foreach (var block in section.Blocks)
        {
            if (block is M.Table && elements.LastOrDefault() is W.Paragraph)
            {
                elements.Add(Paragraphs.Empty(StyleIds.TableGap));
            }
            else if (block is not (M.Paragraph or M.ShortRule) && elements.LastOrDefault() is W.Table)
            {
                // Two tables in a row would merge into one in Word.
                elements.Add(Paragraphs.Empty(StyleIds.Spacer));
            }

            switch (block)
            {
                case M.Paragraph paragraph:
                    var styleId = StyleIds.Of(paragraph.Style);
                    var indent = Balanced.Contains(paragraph.Style) ? LineBreaks.BalancingIndent(paragraph, styleId, layout.TextWidth) : 0;
                    elements.Add(markup.Paragraph(styleId, paragraph.Runs, indent, paragraph.Revision));
                    trackedParagraph = paragraph.Revision == M.Revision.None ? null : elements[^1];
                    // The short rule measures the title: a "Kèm theo" line between them does not count (nd30-format §5.2, T3–T4).
                    if (paragraph.Style != M.ParaStyle.AttachedLine || ruleBasis is null)
                    {
                        ruleBasis = (paragraph, styleId, layout.TextWidth - (2 * indent));
                    }

                    continue;
                case M.ShortRule:
                    var widest = ruleBasis is { } basis ? LineBreaks.LineWidths(basis.Paragraph, basis.StyleId, basis.Width).Max() : layout.TextWidth;
                    elements.Add(Rules.Short(widest, layout.TextWidth, StyleIds.TitleRule));
                    break;
                case M.Letterhead letterhead:
                    elements.Add(LetterheadTable.Build(letterhead, layout.TextWidth));
                    break;
                case M.SignatureBlock signature:
                    markup.KeepWithNext(elements.LastOrDefault());
                    elements.Add(SignatureTable.Build(signature, layout.TextWidth));
                    break;
                case M.Table table:
                    elements.Add(markup.Table(DataTable.Build(table, layout.TextWidth)));
                    break;
                default:
                    throw new ArgumentException($"The writer does not know the block {block.GetType().Name}.", nameof(section));
            }

            if (block is not M.Table)
            {
                TrackedChanges.MarkAll(elements[^1], block.Revision);
                trackedParagraph = block.Revision == M.Revision.None ? null : elements[^1];
            }

            ruleBasis = null;
        }

        var properties = SectionProperties.For(layout);
        if (last)
        {
            if (elements.Count == 0 || elements[^1] is W.Table || ReferenceEquals(elements[^1], trackedParagraph))
            {
                elements.Add(Paragraphs.Empty(StyleIds.Spacer));
            }

            elements.Add(properties);
            return elements;
        }

        // A section that is not the last ends with a paragraph whose properties carry its sectPr; not one
        // inserted or deleted as a whole, since accepting or rejecting it would take the section break along.
        if (elements.Count == 0 || elements[^1] is not W.Paragraph || ReferenceEquals(elements[^1], trackedParagraph))
        {
            elements.Add(Paragraphs.Empty(StyleIds.Spacer));
        }

        var closing = markup.Materialize((W.Paragraph)elements[^1]);
        elements[^1] = closing;
        (closing.ParagraphProperties ?? closing.PrependChild(new W.ParagraphProperties())).Append(properties);
        return elements;
    }
}
