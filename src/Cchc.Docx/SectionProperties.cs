using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cchc.Docx;

/// <summary>
/// Section properties (nd30-format §1, §3.10, §9.1 P1–P9): every section starts on a new page, is A4 with the
/// default margins, restarts page numbering at 1, and shows the number top centre from its second page on.
/// Children are in schema order.
/// </summary>
internal static class SectionProperties
{
    public const string PageHeaderId = "rIdHeaderPage";
    public const string FirstHeaderId = "rIdHeaderFirst";

    public static W.SectionProperties For(PageLayout layout)
    {
        var size = new W.PageSize { Width = (UInt32Value)(uint)layout.Width, Height = (UInt32Value)(uint)layout.Height };
        if (layout.Landscape)
        {
            size.Orient = W.PageOrientationValues.Landscape;
        }

        return new W.SectionProperties(
            new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = PageHeaderId },
            new W.HeaderReference { Type = W.HeaderFooterValues.First, Id = FirstHeaderId },
            new W.SectionType { Val = W.SectionMarkValues.NextPage },
            size,
            new W.PageMargin
            {
                Top = PageLayout.MarginTop,
                Right = (UInt32Value)(uint)PageLayout.MarginRight,
                Bottom = PageLayout.MarginBottom,
                Left = (UInt32Value)(uint)PageLayout.MarginLeft,
                Header = (UInt32Value)(uint)PageLayout.HeaderDistance,
                Footer = (UInt32Value)(uint)PageLayout.FooterDistance,
                Gutter = 0U,
            },
            new W.PageNumberType { Start = 1 },
            new W.TitlePage());
    }

    /// <summary>The default header: a centred PAGE field, 14 pt, not bold.</summary>
    public static W.Header PageNumberHeader()
    {
        var format = StyleSheet.Default.RunFormatOf(StyleIds.PageNumber);
        W.Run FieldRun(OpenXmlElement content) => new(Paragraphs.RunProperties(format), content);

        return new W.Header(new W.Paragraph(
            Paragraphs.Properties(StyleIds.PageNumber),
            FieldRun(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin }),
            FieldRun(new W.FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            FieldRun(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate }),
            FieldRun(new W.Text("1")),
            FieldRun(new W.FieldChar { FieldCharType = W.FieldCharValues.End })));
    }

    /// <summary>The first-page header: explicitly empty, so page one of each section has no number.</summary>
    public static W.Header EmptyHeader() => new(Paragraphs.Empty(StyleIds.PageNumber));
}
