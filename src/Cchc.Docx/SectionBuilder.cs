using System.Text;
using M = Cchc.Model.Documents;

namespace Cchc.Docx;

/// <summary>Turns one section's blocks into body blocks and closes the section with its properties.</summary>
internal static class SectionBuilder
{
    /// <summary>Centred titles whose lines are balanced when the last one would be a word left behind.</summary>
    private static readonly HashSet<M.ParaStyle> Balanced = [M.ParaStyle.Summary, M.ParaStyle.AttachedLine, M.ParaStyle.AppendixTitle];

    public static List<BodyBlock> Build(M.Section section, bool last)
    {
        var layout = PageLayout.For(section.Orientation);
        var blocks = new List<BodyBlock>();
        (M.Paragraph Paragraph, string StyleId, int Width)? ruleBasis = null;

        foreach (var block in section.Blocks)
        {
            if (block is M.Table && blocks.Count > 0 && blocks[^1].IsParagraph)
            {
                blocks.Add(Empty(StyleIds.TableGap));
            }
            else if (block is not (M.Paragraph or M.ShortRule) && blocks.Count > 0 && blocks[^1].IsTable)
            {
                // Two tables in a row would merge into one in Word.
                blocks.Add(Empty(StyleIds.Spacer));
            }

            var xml = new StringBuilder();
            switch (block)
            {
                case M.Paragraph paragraph:
                    var styleId = StyleIds.Of(paragraph.Style);
                    var indent = Balanced.Contains(paragraph.Style) ? LineBreaks.BalancingIndent(paragraph, styleId, layout.TextWidth) : 0;
                    WordXml.Paragraph(xml, styleId, paragraph.Runs, Indent.Both(indent), paragraph.Revision);
                    blocks.Add(BodyBlock.Paragraph(xml, paragraph.Revision));
                    // The short rule measures the title: a "Kèm theo" line between them does not count (nd30-format §5.2, T3–T4).
                    if (paragraph.Style != M.ParaStyle.AttachedLine || ruleBasis is null)
                    {
                        ruleBasis = (paragraph, styleId, layout.TextWidth - (2 * indent));
                    }

                    continue;
                case M.ShortRule:
                    var widest = ruleBasis is { } basis ? LineBreaks.LineWidths(basis.Paragraph, basis.StyleId, basis.Width).Max() : layout.TextWidth;
                    Rules.Short(xml, widest, layout.TextWidth, StyleIds.TitleRule, block.Revision);
                    blocks.Add(BodyBlock.Paragraph(xml, block.Revision));
                    break;
                case M.Letterhead letterhead:
                    blocks.Add(BodyBlock.Table(LetterheadTable.Build(letterhead, layout.TextWidth, block.Revision), block.Revision));
                    break;
                case M.SignatureBlock signature:
                    if (blocks.Count > 0)
                    {
                        blocks[^1].KeepWithNext();
                    }

                    blocks.Add(BodyBlock.Table(SignatureTable.Build(signature, layout.TextWidth), block.Revision));
                    break;
                case M.Table table:
                    blocks.Add(BodyBlock.Data(table, layout.TextWidth));
                    break;
                default:
                    throw new ArgumentException($"The writer does not know the block {block.GetType().Name}.", nameof(section));
            }

            ruleBasis = null;
        }

        var properties = SectionProperties.For(layout);
        if (last)
        {
            if (blocks.Count == 0 || blocks[^1].IsTable || blocks[^1].Tracked)
            {
                blocks.Add(Empty(StyleIds.Spacer));
            }

            blocks.Add(BodyBlock.Properties(properties));
            return blocks;
        }

        // A section that is not the last ends with a paragraph whose properties carry its sectPr; not one
        // inserted or deleted as a whole, since accepting or rejecting it would take the section break along.
        if (blocks.Count == 0 || !blocks[^1].IsParagraph || blocks[^1].Tracked)
        {
            blocks.Add(Empty(StyleIds.Spacer));
        }

        blocks[^1].CloseSection(properties);
        return blocks;
    }

    private static BodyBlock Empty(string styleId)
    {
        var xml = new StringBuilder();
        WordXml.Empty(xml, styleId);
        return BodyBlock.Paragraph(xml);
    }
}
