using M = Cchc.Model.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cchc.Docx;

/// <summary>
/// The closing block (nd30-format §3.8–3.9, §4): a borderless two-column table, "Nơi nhận:" and the
/// recipients on the left, the authority lines, room for signature and seal, and the signer's name on the
/// right. Its single row never splits, so the signature never leaves its title lines.
/// </summary>
internal static class SignatureTable
{
    public const string RecipientsHeading = "Nơi nhận:";

    /// <summary>Five single 14 pt lines, about 28 mm: inside the 25–32 mm the spec suggests.</summary>
    public const int SignatureLines = 5;

    public static W.Table Build(M.SignatureBlock block, int width)
    {
        var columns = LetterheadTable.SplitColumns(width);
        var table = Tables.Create(StyleIds.LayoutTable, columns, Tables.SideMargins(LetterheadTable.CellMargin));
        var row = Tables.Row();
        row.Append(
            Tables.Cell(columns[0], Recipients(block), StyleIds.Recipient),
            Tables.Cell(columns[1], Signer(block), StyleIds.SignerName));
        table.Append(row);
        return table;
    }

    private static IEnumerable<W.Paragraph> Recipients(M.SignatureBlock block)
    {
        if (block.Recipients.Count == 0)
        {
            yield break;
        }

        yield return Paragraphs.Of(StyleIds.RecipientsHeading, RecipientsHeading);
        foreach (var recipient in block.Recipients)
        {
            yield return Paragraphs.Of(StyleIds.Recipient, recipient);
        }
    }

    private static IEnumerable<W.Paragraph> Signer(M.SignatureBlock block)
    {
        foreach (var line in block.AuthorityLines)
        {
            yield return Paragraphs.Of(StyleIds.SignerAuthority, line);
        }

        for (var i = 0; i < SignatureLines; i++)
        {
            yield return Paragraphs.Empty(StyleIds.SignatureSpace);
        }

        if (block.SignerName is not null)
        {
            yield return Paragraphs.Of(StyleIds.SignerName, block.SignerName);
        }
    }
}
