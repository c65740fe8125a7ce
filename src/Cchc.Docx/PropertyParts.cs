using System.Globalization;
using System.Text;
using M = Cchc.Model.Documents;

namespace Cchc.Docx;

/// <summary>
/// docProps/core.xml (title, subject, creator, language, created and modified) and docProps/app.xml (the
/// application). The dates are the document's own date at midnight UTC, never the clock; a document without
/// a date has none.
/// </summary>
internal static class PropertyParts
{
    public const string CorePart = "docProps/core.xml";
    public const string AppPart = "docProps/app.xml";
    public const string Language = "vi-VN";
    public const string Application = "cchc";

    public static string Core(M.DocumentProperties? properties)
    {
        var xml = new StringBuilder(DocxPackage.Declaration)
            .Append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" ")
            .Append("xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" ")
            .Append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        Element(xml, "dc:title", properties?.Title);
        Element(xml, "dc:subject", properties?.Subject);
        Element(xml, "dc:creator", properties?.Creator);
        Element(xml, "dc:language", Language);
        if (properties?.Date is { } date)
        {
            var stamp = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
            foreach (var name in (string[])["dcterms:created", "dcterms:modified"])
            {
                xml.Append('<').Append(name).Append(" xsi:type=\"dcterms:W3CDTF\">").Append(stamp).Append("</").Append(name).Append('>');
            }
        }

        return xml.Append("</cp:coreProperties>").ToString();
    }

    public static string App() => DocxPackage.Declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>" + Application + "</Application></Properties>";

    private static void Element(StringBuilder xml, string name, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        // A property is one line: a line break or tab of the text (a vertical tab too) reads as a space there.
        xml.Append('<').Append(name).Append('>');
        WordXml.Escape(xml, string.Create(text.Length, text, static (chars, source) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = source[i] is '\t' or '\n' or '\v' or '\r' ? ' ' : source[i];
            }
        }));
        xml.Append("</").Append(name).Append('>');
    }
}
