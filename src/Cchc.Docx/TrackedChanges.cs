using M = Cchc.Model.Documents;

namespace Cchc.Docx;

/// <summary>
/// Tracked changes (ECMA-376 §17.13.5): inserted runs inside w:ins, deleted runs inside w:del with their text
/// as w:delText, a paragraph mark's change in w:pPr/w:rPr, a row's in w:trPr. Builders write every mark with
/// the id <see cref="Pending"/>; <see cref="Stamp"/> then numbers them in document order and gives them the
/// one author and date (<see cref="RevisionStampWriter"/>), so the same document always gives the same bytes.
/// </summary>
internal static class TrackedChanges
{
    public const string Pending = "cchc-revision";
    internal const string PendingId = "w:id=\"" + Pending + "\"";

    /// <summary>An empty w:ins or w:del, for a paragraph mark or a row; nothing for <see cref="M.Revision.None"/>.</summary>
    public static string Mark(M.Revision revision) => revision switch
    {
        M.Revision.Inserted => "<w:ins " + PendingId + " />",
        M.Revision.Deleted => "<w:del " + PendingId + " />",
        _ => "",
    };

    /// <summary>The start of the w:ins or w:del around a run.</summary>
    public static string Open(M.Revision revision) => revision switch
    {
        M.Revision.Inserted => "<w:ins " + PendingId + ">",
        M.Revision.Deleted => "<w:del " + PendingId + ">",
        _ => "",
    };

    public static string Close(M.Revision revision) => revision switch
    {
        M.Revision.Inserted => "</w:ins>",
        M.Revision.Deleted => "</w:del>",
        _ => "",
    };

    /// <summary>True when any block, row, cell paragraph or run of the document is a tracked change.</summary>
    public static bool AnyIn(M.Document document) => document.Sections.SelectMany(s => s.Blocks).Any(block => block switch
    {
        { Revision: not M.Revision.None } => true,
        M.Paragraph p => AnyIn(p),
        M.Table t => t.Rows.Any(r => r.Revision != M.Revision.None || r.Cells.Any(c => c.Paragraphs.Any(AnyIn))),
        _ => false,
    });

    private static bool AnyIn(M.Paragraph paragraph) =>
        paragraph.Revision != M.Revision.None || paragraph.Runs.Any(r => r.Revision != M.Revision.None);
}
