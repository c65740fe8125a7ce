using System.IO.Compression;
using System.Xml.Linq;
using Xunit;

namespace Cchc.Tests.Redline;

/// <summary>Which text of a document with tracked changes to read.</summary>
public enum Resolution
{
    /// <summary>A document without tracked changes (it must have none).</summary>
    Plain,

    /// <summary>Every change accepted: w:del dropped, w:ins unwrapped, rows marked deleted dropped.</summary>
    AcceptAll,

    /// <summary>Every change rejected: w:ins dropped, w:del unwrapped (w:delText read as text), rows marked inserted dropped.</summary>
    RejectAll,
}

/// <summary>
/// Reads document.xml as a word processor would after accepting or rejecting every change: the paragraphs of the
/// body and of every table cell in order, as (style, text). A paragraph whose mark goes away joins the next one;
/// empty paragraphs (spacers, rules, gaps the writer adds around tables) are left out.
/// </summary>
internal static class TrackedText
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static XDocument DocumentXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        return XDocument.Load(stream);
    }

    public static List<(string Style, string Text)> Paragraphs(byte[] docx, Resolution resolution)
    {
        var body = DocumentXml(docx).Root!.Element(W + "body")!;
        if (resolution == Resolution.Plain)
        {
            Assert.DoesNotContain(body.Descendants(), e => e.Name == W + "ins" || e.Name == W + "del");
        }

        var raw = new List<(string Style, string Text, bool MarkGone)>();
        Walk(body, resolution, raw);
        var result = new List<(string, string)>();
        var carried = "";
        foreach (var (style, text, gone) in raw)
        {
            if (gone)
            {
                carried += text;
                continue;
            }

            result.Add((style, carried + text));
            carried = "";
        }

        if (carried.Length > 0)
        {
            result.Add(("", carried));
        }

        return result.Where(p => p.Item2.Length > 0).ToList();
    }

    public static List<string> Texts(byte[] docx, Resolution resolution) => Paragraphs(docx, resolution).Select(p => p.Text).ToList();

    private static void Walk(XElement container, Resolution resolution, List<(string, string, bool)> into)
    {
        foreach (var element in container.Elements())
        {
            if (element.Name == W + "p")
            {
                var mark = element.Element(W + "pPr")?.Element(W + "rPr");
                var gone = mark?.Element(W + Dropped(resolution)) is not null;
                var style = element.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val")?.Value ?? "";
                into.Add((style, Text(element, resolution), gone));
            }
            else if (element.Name == W + "tbl")
            {
                foreach (var row in element.Elements(W + "tr"))
                {
                    if (row.Element(W + "trPr")?.Element(W + Dropped(resolution)) is null)
                    {
                        foreach (var cell in row.Elements(W + "tc"))
                        {
                            Walk(cell, resolution, into);
                        }
                    }
                }
            }
        }
    }

    /// <summary>The wrapper whose content goes away under <paramref name="resolution"/>.</summary>
    private static string Dropped(Resolution resolution) => resolution == Resolution.RejectAll ? "ins" : "del";

    private static string Text(XElement paragraph, Resolution resolution) => string.Concat(paragraph.Descendants()
        .Where(e => !e.Ancestors().Any(a => a.Name == W + Dropped(resolution)))
        .Select(e => e.Name.LocalName switch
        {
            "t" => e.Value,
            "delText" => e.Value,
            "br" => "\n",
            "tab" => "\t",
            _ => "",
        }));
}
