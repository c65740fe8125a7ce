using System.Text;

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

    public static string For(PageLayout layout) =>
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"" + PageHeaderId + "\" />"
        + "<w:headerReference w:type=\"first\" r:id=\"" + FirstHeaderId + "\" /><w:type w:val=\"nextPage\" />"
        + "<w:pgSz w:w=\"" + WordXml.Twips(layout.Width) + "\" w:h=\"" + WordXml.Twips(layout.Height) + "\""
        + (layout.Landscape ? " w:orient=\"landscape\" />" : " />")
        + "<w:pgMar w:top=\"" + WordXml.Twips(PageLayout.MarginTop) + "\" w:right=\"" + WordXml.Twips(PageLayout.MarginRight)
        + "\" w:bottom=\"" + WordXml.Twips(PageLayout.MarginBottom) + "\" w:left=\"" + WordXml.Twips(PageLayout.MarginLeft)
        + "\" w:header=\"" + WordXml.Twips(PageLayout.HeaderDistance) + "\" w:footer=\"" + WordXml.Twips(PageLayout.FooterDistance)
        + "\" w:gutter=\"0\" /><w:pgNumType w:start=\"1\" /><w:titlePg /></w:sectPr>";

    /// <summary>The default header: a centred PAGE field, 14 pt, not bold.</summary>
    public static string PageNumberHeader()
    {
        var xml = new StringBuilder("<w:p>");
        xml.Append("<w:pPr><w:pStyle w:val=\"").Append(StyleIds.PageNumber).Append("\" /></w:pPr>");
        var format = StyleSheet.Default.RunFormatOf(StyleIds.PageNumber);
        foreach (var content in (string[])["<w:fldChar w:fldCharType=\"begin\" />", "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>",
                     "<w:fldChar w:fldCharType=\"separate\" />", "<w:t>1</w:t>", "<w:fldChar w:fldCharType=\"end\" />"])
        {
            xml.Append("<w:r>");
            WordXml.RunProperties(xml, format);
            xml.Append(content).Append("</w:r>");
        }

        return Header(xml.Append("</w:p>"));
    }

    /// <summary>The first-page header: explicitly empty, so page one of each section has no number.</summary>
    public static string EmptyHeader()
    {
        var xml = new StringBuilder();
        WordXml.Empty(xml, StyleIds.PageNumber);
        return Header(xml);
    }

    private static string Header(StringBuilder paragraph) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><w:hdr xmlns:w=\"" + WordXml.Namespace + "\">" + paragraph + "</w:hdr>";
}
