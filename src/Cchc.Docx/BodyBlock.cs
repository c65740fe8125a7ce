using System.Text;
using M = Cchc.Model.Documents;

namespace Cchc.Docx;

/// <summary>
/// One paragraph or table of a document body, kept as markup so the section builder can still reason about
/// "the previous paragraph" or "a table". An appendix table, which is what grows with a plan, is written only
/// when the body is streamed, row by row, so its markup is never held whole.
/// </summary>
internal sealed class BodyBlock
{
    private readonly Kind _kind;
    private readonly M.Table? _table;
    private readonly int _width;
    private string? _markup;

    private BodyBlock(Kind kind, string? markup, M.Table? table, int width, bool tracked)
    {
        _kind = kind;
        _markup = markup;
        _table = table;
        _width = width;
        Tracked = tracked;
    }

    public bool IsTable => _kind == Kind.Table;

    public bool IsParagraph => _kind == Kind.Paragraph;

    /// <summary>Inserted or deleted as a whole: accepting or rejecting it would take a section break along.</summary>
    public bool Tracked { get; }

    public static BodyBlock Paragraph(StringBuilder markup, M.Revision revision = M.Revision.None) =>
        new(Kind.Paragraph, markup.ToString(), null, 0, revision != M.Revision.None);

    public static BodyBlock Table(StringBuilder markup, M.Revision revision = M.Revision.None) =>
        new(Kind.Table, markup.ToString(), null, 0, revision != M.Revision.None);

    /// <summary>An appendix table <paramref name="width"/> twips wide, written by <see cref="DataTable"/> when streamed.</summary>
    public static BodyBlock Data(M.Table table, int width) => new(Kind.Table, null, table, width, table.Revision != M.Revision.None);

    /// <summary>The last section's w:sectPr, the body's last child.</summary>
    public static BodyBlock Properties(string sectionProperties) => new(Kind.SectionProperties, sectionProperties, null, 0, false);

    /// <summary>A signature never starts a page on its own: the last paragraph of content goes with it.</summary>
    public void KeepWithNext()
    {
        if (!IsParagraph)
        {
            return;
        }

        // pStyle is the first child of pPr and keepNext follows it in schema order (before w:ind or a tracked mark's rPr).
        var xml = _markup!;
        var style = xml.IndexOf("<w:pStyle ", StringComparison.Ordinal);
        var end = style < 0 ? -1 : xml.IndexOf("/>", style, StringComparison.Ordinal);
        if (end > 0 && !xml.Contains("<w:keepNext", StringComparison.Ordinal))
        {
            _markup = xml.Insert(end + 2, "<w:keepNext />");
        }
    }

    /// <summary>Ends a section with this paragraph: its properties take the section's w:sectPr as their last child.</summary>
    public void CloseSection(string sectionProperties)
    {
        // Every paragraph the writer makes has a w:pPr, and the first end tag of one is its own.
        var end = _markup!.IndexOf("</w:pPr>", StringComparison.Ordinal);
        _markup = _markup.Insert(end, sectionProperties);
    }

    public void WriteTo(TextWriter writer)
    {
        if (_table is not null)
        {
            DataTable.Write(writer, _table, _width);
        }
        else
        {
            writer.Write(_markup);
        }
    }

    private enum Kind
    {
        Paragraph,
        Table,
        SectionProperties,
    }
}
