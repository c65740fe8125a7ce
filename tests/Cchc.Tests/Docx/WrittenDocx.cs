using Xunit;
using Cchc.Docx;
using DocumentFormat.OpenXml.Packaging;
using M = Cchc.Model.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cchc.Tests.Docx;

/// <summary>A document written by <see cref="DocxWriter"/> and opened again with the Open XML SDK for inspection.</summary>
internal sealed class WrittenDocx : IDisposable
{
    private readonly MemoryStream _stream;

    private WrittenDocx(byte[] bytes)
    {
        Bytes = bytes;
        _stream = new MemoryStream(bytes, writable: false);
        Package = WordprocessingDocument.Open(_stream, isEditable: false);
    }

    public byte[] Bytes { get; }

    public WordprocessingDocument Package { get; }

    public MainDocumentPart Main => Package.MainDocumentPart!;

    public W.Body Body => Main.Document!.Body!;

    public static byte[] Write(M.Document document)
    {
        using var output = new MemoryStream();
        DocxWriter.Write(document, output);
        return output.ToArray();
    }

    public static WrittenDocx Of(M.Document document) => new(Write(document));

    /// <summary>The body's top-level elements split by section, each with the section's properties.</summary>
    public IReadOnlyList<(List<DocumentFormat.OpenXml.OpenXmlElement> Elements, W.SectionProperties Properties)> Sections()
    {
        var sections = new List<(List<DocumentFormat.OpenXml.OpenXmlElement>, W.SectionProperties)>();
        var current = new List<DocumentFormat.OpenXml.OpenXmlElement>();
        foreach (var element in Body.ChildElements)
        {
            if (element is W.SectionProperties final)
            {
                sections.Add((current, final));
                current = [];
                continue;
            }

            current.Add(element);
            if (element is W.Paragraph { ParagraphProperties.SectionProperties: { } inner })
            {
                sections.Add((current, inner));
                current = [];
            }
        }

        Assert.Empty(current);
        return sections;
    }

    public IEnumerable<W.Paragraph> Paragraphs() => Body.Descendants<W.Paragraph>();

    public W.Paragraph ParagraphWithText(string text) =>
        Assert.Single(Paragraphs(), p => TextOf(p) == text);

    public static string? StyleOf(W.Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    /// <summary>The paragraph's text with line breaks as "\n" and tabs as "\t".</summary>
    public static string TextOf(W.Paragraph paragraph) => string.Concat(paragraph.Descendants().Select(e => e switch
    {
        W.Text t => t.Text,
        W.Break => "\n",
        W.TabChar => "\t",
        _ => "",
    }));

    public static IEnumerable<W.Run> TextRuns(DocumentFormat.OpenXml.OpenXmlElement root) =>
        root.Descendants<W.Run>().Where(r => r.Elements<W.Text>().Any());

    /// <summary>Size in half-points, bold and italic as written on the run itself.</summary>
    public static (int HalfPoints, bool Bold, bool Italic) FormatOf(W.Run run)
    {
        var properties = run.RunProperties ?? throw new Xunit.Sdk.XunitException("Run without run properties.");
        var size = properties.FontSize?.Val?.Value ?? throw new Xunit.Sdk.XunitException("Run without w:sz.");
        return (int.Parse(size, System.Globalization.CultureInfo.InvariantCulture),
            properties.Bold is { } b && (b.Val?.Value ?? true),
            properties.Italic is { } i && (i.Val?.Value ?? true));
    }

    /// <summary>The format shared by all text runs of a paragraph (fails when they differ).</summary>
    public static (int HalfPoints, bool Bold, bool Italic) FormatOf(W.Paragraph paragraph) =>
        Assert.Single(TextRuns(paragraph).Select(FormatOf).Distinct());

    public W.Style Style(string styleId) =>
        Assert.Single(Main.StyleDefinitionsPart!.Styles!.Elements<W.Style>(), s => s.StyleId?.Value == styleId);

    /// <summary>The first <typeparamref name="T"/> in the paragraph properties of a style or its bases.</summary>
    public T? StyleParagraphProperty<T>(string styleId)
        where T : DocumentFormat.OpenXml.OpenXmlElement
    {
        for (string? id = styleId; id is not null;)
        {
            var style = Style(id);
            if (style.StyleParagraphProperties?.GetFirstChild<T>() is { } found)
            {
                return found;
            }

            id = style.BasedOn?.Val?.Value;
        }

        return null;
    }

    /// <summary>The first <typeparamref name="T"/> in a paragraph's own properties, else in its style chain.</summary>
    public T? ParagraphProperty<T>(W.Paragraph paragraph)
        where T : DocumentFormat.OpenXml.OpenXmlElement =>
        paragraph.ParagraphProperties?.GetFirstChild<T>()
        ?? (StyleOf(paragraph) is { } styleId ? StyleParagraphProperty<T>(styleId) : null);

    public void Dispose()
    {
        Package.Dispose();
        _stream.Dispose();
    }
}
