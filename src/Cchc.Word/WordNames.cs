using System.Xml;
using System.Xml.Linq;

namespace Cchc.Word;

/// <summary>The namespaces of WordprocessingML, transitional and strict, and attribute helpers over both.</summary>
internal static class WordNames
{
    public const string Wml = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string WStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string RStrict = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    public const string DrawingMain = "http://schemas.openxmlformats.org/drawingml/2006/main";

    public static bool IsW(string ns) => ns is Wml or WStrict;

    public static bool IsW(this XmlReader reader, string localName) =>
        reader.NodeType == XmlNodeType.Element && IsW(reader.NamespaceURI) && reader.LocalName == localName;

    public static bool IsW(this XElement element, string localName) =>
        IsW(element.Name.NamespaceName) && element.Name.LocalName == localName;

    /// <summary>Direct children in the W namespace named <paramref name="localName"/>.</summary>
    public static IEnumerable<XElement> W(this XElement? element, string localName) =>
        element?.Elements().Where(e => e.IsW(localName)) ?? [];

    public static XElement? W1(this XElement? element, string localName) => element.W(localName).FirstOrDefault();

    /// <summary>The w:-qualified attribute (transitional or strict); unqualified as a fallback.</summary>
    public static string? Attr(this XElement? element, string localName) =>
        element is null ? null
        : (element.Attribute(XName.Get(localName, Wml)) ?? element.Attribute(XName.Get(localName, WStrict)) ?? element.Attribute(localName))?.Value;

    public static string? RAttr(this XElement? element, string localName) =>
        element is null ? null : (element.Attribute(XName.Get(localName, R)) ?? element.Attribute(XName.Get(localName, RStrict)))?.Value;

    public static string? Val(this XElement? element) => element.Attr("val");

    public static int? Int(this XElement? element, string localName = "val") => ParseInt(element.Attr(localName));

    public static int? ParseInt(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var i))
        {
            return i;
        }

        // Some producers write lengths as "720.0".
        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
            && Math.Abs(d) < int.MaxValue ? (int)Math.Round(d) : null;
    }

    /// <summary>An on/off property: present without w:val, or with a true value, is on.</summary>
    public static bool? OnOff(this XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        return element.Val() is not ("0" or "false" or "off" or "none");
    }
}
