using DocumentFormat.OpenXml;
using M = Cchc.Model.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cchc.Docx;

/// <summary>Turns one section's blocks into body elements and closes the section with its properties.</summary>
internal static class SectionBuilder
{
    public static IEnumerable<OpenXmlElement> Build(M.Section section, bool last)
    {
        var layout = PageLayout.For(section.Orientation);
        var elements = new List<OpenXmlElement>();
        int? previousTextWidth = null;

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
                    elements.Add(Paragraphs.Of(styleId, paragraph.Runs));
                    TrackedChanges.MarkAll(elements[^1], paragraph.Revision);
                    previousTextWidth = Paragraphs.WidestLine(paragraph, styleId);
                    continue;
                case M.ShortRule:
                    elements.Add(Rules.Short(previousTextWidth ?? layout.TextWidth, layout.TextWidth));
                    break;
                case M.Letterhead letterhead:
                    elements.Add(LetterheadTable.Build(letterhead, layout.TextWidth));
                    break;
                case M.SignatureBlock signature:
                    KeepWithNext(elements.LastOrDefault());
                    elements.Add(SignatureTable.Build(signature, layout.TextWidth));
                    break;
                case M.Table table:
                    elements.Add(DataTable.Build(table, layout.TextWidth));
                    TrackedChanges.MarkRows((W.Table)elements[^1], table);
                    break;
                default:
                    throw new ArgumentException($"The writer does not know the block {block.GetType().Name}.", nameof(section));
            }

            TrackedChanges.MarkAll(elements[^1], block.Revision);
            previousTextWidth = null;
        }

        var properties = SectionProperties.For(layout);
        if (last)
        {
            if (elements.Count == 0 || elements[^1] is W.Table || IsTracked(elements[^1]))
            {
                elements.Add(Paragraphs.Empty(StyleIds.Spacer));
            }

            elements.Add(properties);
            return elements;
        }

        // A section that is not the last ends with a paragraph whose properties carry its sectPr.
        if (elements.Count == 0 || elements[^1] is not W.Paragraph || IsTracked(elements[^1]))
        {
            elements.Add(Paragraphs.Empty(StyleIds.Spacer));
        }

        var closing = (W.Paragraph)elements[^1];
        (closing.ParagraphProperties ?? closing.PrependChild(new W.ParagraphProperties())).Append(properties);
        return elements;
    }

    /// <summary>A paragraph inserted or deleted as a whole: accepting or rejecting it would take the section break along.</summary>
    private static bool IsTracked(OpenXmlElement element) => element is W.Paragraph p && TrackedChanges.HasMarkChange(p);

    /// <summary>A signature never starts a page on its own: the last paragraph of content goes with it.</summary>
    private static void KeepWithNext(OpenXmlElement? previous)
    {
        if (previous is W.Paragraph { ParagraphProperties: { } properties } && properties.KeepNext is null)
        {
            properties.KeepNext = new W.KeepNext();
        }
    }
}
