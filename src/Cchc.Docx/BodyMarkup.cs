using System.Diagnostics.CodeAnalysis;
using System.Text;
using DocumentFormat.OpenXml;
using M = Cchc.Model.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cchc.Docx;

/// <summary>
/// Body paragraphs and tables kept as markup text behind empty placeholder elements, so the section builder
/// can still reason about "the previous paragraph" or "a table" while the writer streams the text.
/// </summary>
internal sealed class BodyMarkup
{
    private readonly Dictionary<OpenXmlElement, string> _markup = new(ReferenceEqualityComparer.Instance);

    public W.Paragraph Paragraph(string styleId, IEnumerable<M.Run> runs, int indent = 0, M.Revision whole = M.Revision.None)
    {
        var xml = new StringBuilder();
        WordXml.Paragraph(xml, styleId, runs, indent, whole);
        var placeholder = new W.Paragraph();
        _markup[placeholder] = xml.ToString();
        return placeholder;
    }

    public W.Table Table(string markup)
    {
        var placeholder = new W.Table();
        _markup[placeholder] = markup;
        return placeholder;
    }

    public bool TryGet(OpenXmlElement element, [NotNullWhen(true)] out string? markup) => _markup.TryGetValue(element, out markup);

    /// <summary>A real element for a placeholder paragraph that must be changed in the tree (the one that carries a sectPr).</summary>
    public W.Paragraph Materialize(W.Paragraph paragraph)
    {
        if (!_markup.Remove(paragraph, out var xml))
        {
            return paragraph;
        }

        return new W.Paragraph { InnerXml = xml["<w:p>".Length..^"</w:p>".Length] };
    }

    /// <summary>A signature never starts a page on its own: the last paragraph of content goes with it.</summary>
    public void KeepWithNext(OpenXmlElement? previous)
    {
        if (previous is W.Paragraph paragraph && _markup.TryGetValue(paragraph, out var xml))
        {
            // pStyle is the first child of pPr and keepNext follows it in schema order (before w:ind or a tracked mark's rPr).
            var style = xml.IndexOf("<w:pStyle ", StringComparison.Ordinal);
            var end = style < 0 ? -1 : xml.IndexOf("/>", style, StringComparison.Ordinal);
            if (end > 0 && !xml.Contains("<w:keepNext", StringComparison.Ordinal))
            {
                _markup[paragraph] = xml.Insert(end + 2, "<w:keepNext />");
            }
        }
        else if (previous is W.Paragraph { ParagraphProperties: { } properties } && properties.KeepNext is null)
        {
            properties.KeepNext = new W.KeepNext();
        }
    }
}
