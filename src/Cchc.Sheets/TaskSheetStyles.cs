using System.Text;
using Cchc.Packaging;

namespace Cchc.Sheets;

/// <summary>The cell formats of the task sheet (indexes into <c>cellXfs</c>) and the styles part that defines them.</summary>
internal static class TaskSheetStyles
{
    public const uint Header = 1;
    public const uint LockedText = 2;
    public const uint LockedCentered = 3;
    public const uint EditableText = 4;
    public const uint EditableDate = 5;
    private const uint DateFormatId = 164;
    private const string Font = "Times New Roman";

    /// <summary>xl/styles.xml: Times New Roman 11 (bold for the header), the grey header and yellow editable fills, thin borders, wrapped text.</summary>
    public static byte[] Part { get; } = PackageZip.Utf8.GetBytes(Create());

    private static string Create()
    {
        var xml = new StringBuilder(PackageZip.Declaration)
            .Append("<styleSheet xmlns=\"").Append(SheetXml.Namespace).Append("\">")
            .Append("<numFmts count=\"1\"><numFmt numFmtId=\"").Append(DateFormatId).Append("\" formatCode=\"").Append(ExcelDates.Format).Append("\" /></numFmts>")
            .Append("<fonts count=\"2\">").Append(FontOf(bold: false)).Append(FontOf(bold: true)).Append("</fonts>")
            .Append("<fills count=\"4\"><fill><patternFill patternType=\"none\" /></fill><fill><patternFill patternType=\"gray125\" /></fill>")
            .Append(Solid("FFD9D9D9")).Append(Solid("FFFFF2CC")).Append("</fills>")
            .Append("<borders count=\"2\"><border /><border>")
            .Append("<left style=\"thin\"><color indexed=\"64\" /></left><right style=\"thin\"><color indexed=\"64\" /></right>")
            .Append("<top style=\"thin\"><color indexed=\"64\" /></top><bottom style=\"thin\"><color indexed=\"64\" /></bottom><diagonal /></border></borders>")
            .Append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" /></cellStyleXfs>")
            .Append("<cellXfs count=\"6\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" />")
            .Append(Format(fontId: 1, fillId: 2, "center", "center", locked: true))
            .Append(Format(fontId: 0, fillId: 0, "left", "top", locked: true))
            .Append(Format(fontId: 0, fillId: 0, "center", "top", locked: true))
            .Append(Format(fontId: 0, fillId: 3, "left", "top", locked: false))
            .Append(Format(fontId: 0, fillId: 3, "center", "top", locked: false, DateFormatId))
            .Append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\" /></cellStyles></styleSheet>");
        return xml.ToString();
    }

    private static string FontOf(bool bold) =>
        "<font>" + (bold ? "<b />" : "") + "<sz val=\"11\" /><name val=\"" + Font + "\" /><family val=\"1\" /><charset val=\"163\" /></font>";

    private static string Solid(string rgb) =>
        "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"" + rgb + "\" /><bgColor indexed=\"64\" /></patternFill></fill>";

    private static string Format(uint fontId, uint fillId, string horizontal, string vertical, bool locked, uint numberFormat = 0) =>
        $"<xf numFmtId=\"{numberFormat}\" fontId=\"{fontId}\" fillId=\"{fillId}\" borderId=\"1\" xfId=\"0\""
        + (numberFormat != 0 ? " applyNumberFormat=\"1\"" : "") + (fontId != 0 ? " applyFont=\"1\"" : "") + (fillId != 0 ? " applyFill=\"1\"" : "")
        + " applyBorder=\"1\" applyAlignment=\"1\" applyProtection=\"1\">"
        + $"<alignment horizontal=\"{horizontal}\" vertical=\"{vertical}\" wrapText=\"1\" /><protection locked=\"{(locked ? 1 : 0)}\" /></xf>";
}
