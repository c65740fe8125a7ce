using DocumentFormat.OpenXml;
using M = Cchc.Model.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cchc.Docx;

/// <summary>
/// Tracked changes (ECMA-376 §17.13.5): inserted runs inside w:ins, deleted runs inside w:del with their text
/// as w:delText, a paragraph mark's change in w:pPr/w:rPr, a row's in w:trPr. Marks are made bare;
/// <see cref="Stamp"/> numbers them in document order and gives them the one author and date, so the same
/// document always gives the same bytes.
/// </summary>
internal static class TrackedChanges
{
    /// <summary>The run as it goes into its paragraph: itself, or wrapped as an insertion or a deletion.</summary>
    public static OpenXmlElement Wrap(W.Run run, M.Revision revision) => revision switch
    {
        M.Revision.Inserted => new W.InsertedRun(run),
        M.Revision.Deleted => new W.DeletedRun(AsDeleted(run)),
        _ => run,
    };

    /// <summary>Marks all of <paramref name="element"/>: every paragraph (its runs and its mark) and every table row.</summary>
    public static void MarkAll(OpenXmlElement element, M.Revision revision)
    {
        if (revision == M.Revision.None)
        {
            return;
        }

        foreach (var row in SelfAndDescendants<W.TableRow>(element).ToList())
        {
            var properties = row.TableRowProperties ?? row.PrependChild(new W.TableRowProperties());
            properties.Append(Mark(revision));
        }

        foreach (var paragraph in SelfAndDescendants<W.Paragraph>(element).ToList())
        {
            MarkParagraph(paragraph, revision);
        }
    }

    /// <summary>The row and cell paragraph changes of a data table, on the table built from it (one row per model row).</summary>
    public static void MarkRows(W.Table built, M.Table table)
    {
        if (table.Revision != M.Revision.None)
        {
            return;
        }

        List<W.TableRow>? rows = null;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (row.Revision == M.Revision.None && !row.Cells.Any(c => c.Paragraphs.Any(p => p.Revision != M.Revision.None)))
            {
                continue;
            }

            rows ??= built.Elements<W.TableRow>().ToList();
            if (rows.Count != table.Rows.Count)
            {
                throw new InvalidOperationException($"The table was written with {rows.Count} rows for {table.Rows.Count} in the model.");
            }

            if (row.Revision != M.Revision.None)
            {
                MarkAll(rows[r], row.Revision);
                continue;
            }

            var cells = rows[r].Elements<W.TableCell>().ToList();
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var paragraphs = cells[c].Elements<W.Paragraph>().ToList();
                for (var k = 0; k < row.Cells[c].Paragraphs.Count; k++)
                {
                    MarkAll(paragraphs[k], row.Cells[c].Paragraphs[k].Revision);
                }
            }
        }
    }

    /// <summary>True when the paragraph's mark is inserted or deleted: such a paragraph cannot carry a section break.</summary>
    public static bool HasMarkChange(W.Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphMarkRunProperties?.HasChildren == true
        && paragraph.ParagraphProperties.ParagraphMarkRunProperties.ChildElements.Any(e => e is W.Inserted or W.Deleted);

    /// <summary>True when any block, row, cell paragraph or run of the document is a tracked change.</summary>
    public static bool AnyIn(M.Document document) => document.Sections.SelectMany(s => s.Blocks).Any(block => block switch
    {
        { Revision: not M.Revision.None } => true,
        M.Paragraph p => AnyIn(p),
        M.Table t => t.Rows.Any(r => r.Revision != M.Revision.None || r.Cells.Any(c => c.Paragraphs.Any(AnyIn))),
        _ => false,
    });

    /// <summary>Gives every change mark under <paramref name="root"/> its id (1, 2, … in document order), author and date.</summary>
    public static void Stamp(OpenXmlElement root, M.RevisionStamp stamp)
    {
        var id = 0;
        var author = stamp.Author;
        var date = DateTime.SpecifyKind(stamp.Date, DateTimeKind.Utc);
        string Next() => (++id).ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var element in root.Descendants())
        {
            switch (element)
            {
                case W.InsertedRun r:
                    (r.Id, r.Author, r.Date) = (Next(), author, date);
                    break;
                case W.DeletedRun r:
                    (r.Id, r.Author, r.Date) = (Next(), author, date);
                    break;
                case W.Inserted r:
                    (r.Id, r.Author, r.Date) = (Next(), author, date);
                    break;
                case W.Deleted r:
                    (r.Id, r.Author, r.Date) = (Next(), author, date);
                    break;
            }
        }
    }

    private static bool AnyIn(M.Paragraph paragraph) =>
        paragraph.Revision != M.Revision.None || paragraph.Runs.Any(r => r.Revision != M.Revision.None);

    private static void MarkParagraph(W.Paragraph paragraph, M.Revision revision)
    {
        var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new W.ParagraphProperties());
        var mark = properties.ParagraphMarkRunProperties ??= new W.ParagraphMarkRunProperties();
        mark.PrependChild(Mark(revision));
        foreach (var run in paragraph.Elements<W.Run>().ToList())
        {
            var wrapped = Wrap((W.Run)run.CloneNode(true), revision);
            paragraph.ReplaceChild(wrapped, run);
        }
    }

    private static OpenXmlElement Mark(M.Revision revision) =>
        revision == M.Revision.Inserted ? new W.Inserted() : new W.Deleted();

    private static W.Run AsDeleted(W.Run run)
    {
        foreach (var text in run.Elements<W.Text>().ToList())
        {
            run.ReplaceChild(new W.DeletedText(text.Text) { Space = text.Space }, text);
        }

        return run;
    }

    private static IEnumerable<T> SelfAndDescendants<T>(OpenXmlElement element)
        where T : OpenXmlElement =>
        element is T self ? element.Descendants<T>().Prepend(self) : element.Descendants<T>();
}
