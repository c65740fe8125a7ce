using System.Xml.Linq;
using Cchc.Docx;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Docx;

/// <summary>
/// The writer reads its styles part without an XML library; an XML library must find the same thing in it:
/// the same part once comments and indentation are gone, and the same size, bold and italic for every style.
/// </summary>
public sealed class StyleSheetTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XDocument Source = XDocument.Load(Path.Combine(RepoPaths.Root, "src", "Cchc.Docx", "Styles", "styles.xml"));

    [Fact]
    public void The_written_part_is_the_source_without_comments_or_indentation()
    {
        var written = XDocument.Parse(new System.Text.UTF8Encoding(false).GetString(StyleSheet.Default.PartBytes));
        var expected = new XDocument(Source);
        expected.DescendantNodes().OfType<XComment>().ToList().ForEach(c => c.Remove());
        Assert.True(XNode.DeepEquals(expected.Root, written.Root), "word/styles.xml differs from Styles/styles.xml.");
        Assert.DoesNotContain("<!--", System.Text.Encoding.UTF8.GetString(StyleSheet.Default.PartBytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_style_resolves_as_an_XML_reader_resolves_it()
    {
        var styles = Source.Root!.Elements(W + "style").ToDictionary(s => (string)s.Attribute(W + "styleId")!);
        Assert.True(styles.Count > 30);
        foreach (var id in styles.Keys)
        {
            Assert.Equal(Resolve(styles, id), StyleSheet.Default.RunFormatOf(id));
        }
    }

    private static RunFormat Resolve(Dictionary<string, XElement> styles, string id)
    {
        var sizes = Source.Root!.Element(W + "docDefaults")!.Descendants(W + "sz").Select(e => (int)e.Attribute(W + "val")!);
        var format = new RunFormat(sizes.Single(), false, false);
        var chain = new List<XElement>();
        for (string? at = id; at is not null; at = (string?)styles[at].Element(W + "basedOn")?.Attribute(W + "val"))
        {
            chain.Insert(0, styles[at]);
        }

        foreach (var rPr in chain.Select(s => s.Element(W + "rPr")))
        {
            format = new RunFormat(
                (int?)rPr?.Element(W + "sz")?.Attribute(W + "val") ?? format.HalfPoints,
                rPr?.Element(W + "b") is { } b ? (string?)b.Attribute(W + "val") is not ("0" or "false") : format.Bold,
                rPr?.Element(W + "i") is { } i ? (string?)i.Attribute(W + "val") is not ("0" or "false") : format.Italic);
        }

        return format;
    }
}
