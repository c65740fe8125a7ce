using Cchc.Model.Documents;
using Xunit;

namespace Cchc.Tests.Composition;

/// <summary>Reads a composed document back as text, the way the seed facts compare it.</summary>
internal static class DocumentText
{
    public static IEnumerable<Paragraph> Paragraphs(Section section, ParaStyle? style = null) =>
        section.Blocks.OfType<Paragraph>().Where(p => style is null || p.Style == style);

    public static string[] Texts(Section section, ParaStyle style) => Paragraphs(section, style).Select(p => p.Text).ToArray();

    public static T Single<T>(Section section) where T : DocBlock => Assert.Single(section.Blocks.OfType<T>());

    /// <summary>The block right after <paramref name="block"/> in its section.</summary>
    public static DocBlock Next(Section section, DocBlock block) =>
        section.Blocks[section.Blocks.ToList().FindIndex(b => ReferenceEquals(b, block)) + 1];

    public static Table Table(Section section) => Single<Table>(section);

    public static string Cell(TableRow row, int column) => string.Join("\n", row.Cells[column].Paragraphs.Select(p => p.Text));

    public static TableRow[] BodyRows(Table table) => table.Rows.Where(r => r.Kind == TableRowKind.Body).ToArray();

    /// <summary>Every piece of text in the document, in order (letterhead, paragraphs, signature, cells).</summary>
    public static IEnumerable<string> AllText(Document document)
    {
        foreach (var block in document.Sections.SelectMany(s => s.Blocks))
        {
            switch (block)
            {
                case Paragraph p:
                    yield return p.Text;
                    break;
                case Letterhead l:
                    foreach (var s in new[] { l.Superior, l.NumberLine, l.NationalTitle, l.Motto, l.PlaceDateLine }.Concat(l.AgencyLines))
                    {
                        if (s is not null)
                        {
                            yield return s;
                        }
                    }

                    break;
                case SignatureBlock sig:
                    foreach (var s in sig.Recipients.Concat(sig.AuthorityLines).Append(sig.SignerName ?? string.Empty))
                    {
                        yield return s;
                    }

                    break;
                case Table t:
                    foreach (var p in t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Paragraphs))
                    {
                        yield return p.Text;
                    }

                    break;
            }
        }
    }
}
