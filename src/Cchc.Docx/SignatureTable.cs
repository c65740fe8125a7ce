using System.Text;
using M = Cchc.Model.Documents;

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

    public static StringBuilder Build(M.SignatureBlock block, int width)
    {
        var columns = LetterheadTable.SplitColumns(width);
        var xml = new StringBuilder(4096);
        Tables.Start(xml, StyleIds.LayoutTable, columns, LetterheadTable.CellMargin);
        Tables.RowStart(xml, revision: block.Revision);
        Tables.Cell(xml, columns[0], Recipients(block), StyleIds.Recipient, block.Revision);
        Tables.Cell(xml, columns[1], Signer(block), StyleIds.SignerName, block.Revision);
        return xml.Append("</w:tr></w:tbl>");
    }

    private static StringBuilder Recipients(M.SignatureBlock block)
    {
        var xml = new StringBuilder();
        if (block.Recipients.Count == 0)
        {
            return xml;
        }

        WordXml.Paragraph(xml, StyleIds.RecipientsHeading, RecipientsHeading, block.Revision);
        foreach (var recipient in block.Recipients)
        {
            WordXml.Paragraph(xml, StyleIds.Recipient, recipient, block.Revision);
        }

        return xml;
    }

    private static StringBuilder Signer(M.SignatureBlock block)
    {
        var xml = new StringBuilder();
        foreach (var line in block.AuthorityLines)
        {
            WordXml.Paragraph(xml, StyleIds.SignerAuthority, line, block.Revision);
        }

        for (var i = 0; i < SignatureLines; i++)
        {
            WordXml.Empty(xml, StyleIds.SignatureSpace, whole: block.Revision);
        }

        if (block.SignerName is not null)
        {
            WordXml.Paragraph(xml, StyleIds.SignerName, block.SignerName, block.Revision);
        }

        return xml;
    }
}
