using M = Cchc.Model.Documents;

namespace Cchc.Docx;

/// <summary>Writes a composed <see cref="M.Document"/> as a .docx laid out as Nghị định 30/2020/NĐ-CP prescribes.</summary>
public static class DocxWriter
{
    private const string DocumentStart = "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>"
        + "<w:document xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:w=\"" + WordXml.Namespace + "\"><w:body>";

    private const string DocumentEnd = "</w:body></w:document>";

    /// <summary>
    /// Writes <paramref name="document"/> to <paramref name="output"/>. The same document always gives the same
    /// bytes: no clock (its dates are the plan's), no random ids, a fixed entry order and fixed zip timestamps.
    /// </summary>
    /// <exception cref="ArgumentException">The document has no section, or a table that does not fit its columns.</exception>
    public static void Write(M.Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        if (document.Sections.Count == 0)
        {
            throw new ArgumentException("A document needs at least one section.", nameof(document));
        }

        var blocks = new List<BodyBlock>();
        for (var i = 0; i < document.Sections.Count; i++)
        {
            blocks.AddRange(SectionBuilder.Build(document.Sections[i], last: i == document.Sections.Count - 1));
        }

        var revisions = document.Revisions ?? (TrackedChanges.AnyIn(document) ? M.RevisionStamp.Default : null);
        DocxPackage.Write(output, document.Properties, writer =>
        {
            if (revisions is null)
            {
                WriteBody(writer, blocks);
                return;
            }

            // Tracked marks get their ids, author and date as the text streams by.
            using var stamped = new RevisionStampWriter(writer, revisions);
            WriteBody(stamped, blocks);
        });
    }

    private static void WriteBody(TextWriter writer, List<BodyBlock> blocks)
    {
        writer.Write(DocumentStart);
        foreach (var block in blocks)
        {
            block.WriteTo(writer);
        }

        writer.Write(DocumentEnd);
    }
}
