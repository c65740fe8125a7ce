using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Cchc.Model;

namespace Cchc.Tests.Build;

/// <summary>The text of a .docx as plain strings, read straight from word/document.xml.</summary>
internal static partial class DocxText
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>
    /// The w:t text of every paragraph in document order (table cells included), a line break or tab as a
    /// space, paragraphs joined by a space; then normalised with <see cref="Normalize"/>.
    /// </summary>
    public static string Of(string docx)
    {
        using var zip = ZipFile.OpenRead(docx);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        var document = XDocument.Load(stream);
        var text = new StringBuilder();
        foreach (var paragraph in document.Descendants(W + "p"))
        {
            foreach (var element in paragraph.Descendants())
            {
                if (element.Name == W + "t")
                {
                    text.Append(element.Value);
                }
                else if (element.Name == W + "br" || element.Name == W + "tab")
                {
                    text.Append(' ');
                }
            }

            text.Append(' ');
        }

        return Normalize(text.ToString());
    }

    /// <summary>NFC, no inline markup (<c>**</c>, <c>*</c>), every whitespace run one space, trimmed.</summary>
    public static string Normalize(string text) =>
        Whitespace().Replace(Diacritics.Compose(text).Replace("*", "", StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
