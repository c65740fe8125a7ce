using System.Globalization;
using System.Text;
using Cchc.Model;
using Cchc.Packaging;

namespace Cchc.Sheets;

/// <summary>
/// Writes the task sheet a department fills in: one row per task it leads or co-leads, the plan's columns locked
/// (the sheet is protected, without a password), the department's columns unlocked, status as a drop-down of the
/// labels, dates as Excel dates, header frozen and repeated on every printed A4 landscape page.
/// </summary>
public static class TaskSheetWriter
{
    private const double LinePoints = 15;

    /// <summary>The tallest row Excel takes (409 points); taller text is cut off there, as Excel would cut it.</summary>
    private const double MaxRowPoints = 409;

    /// <summary>The plan's tasks (appendix order) led or co-led by <paramref name="agency"/>; all of them when null.</summary>
    public static IReadOnlyList<PlanTask> TasksOf(Package plan, string? agency) =>
        plan.Appendices.OfType<TaskAppendix>().SelectMany(a => a.Groups).SelectMany(g => g.Tasks)
            .Where(t => agency is null || t.Lead.Codes.Contains(agency, StringComparer.Ordinal) || (t.Co?.Codes.Contains(agency, StringComparer.Ordinal) ?? false))
            .ToList();

    /// <summary>The .xlsx bytes; the same plan and state always give the same bytes.</summary>
    public static byte[] Write(Package plan, string? agency, IStatusSnapshot? status, DateOnly day) =>
        XlsxPackage.Write(Worksheet(plan, TasksOf(plan, agency), status, day));

    private static string Worksheet(Package plan, IReadOnlyList<PlanTask> tasks, IStatusSnapshot? status, DateOnly day)
    {
        var last = tasks.Count + 1;
        var statusColumn = SheetColumns.Of(SheetField.Status).Letter;
        var dateColumn = SheetColumns.Of(SheetField.Completed).Letter;
        var xml = new StringBuilder(PackageZip.Declaration)
            .Append("<worksheet xmlns=\"").Append(SheetXml.Namespace).Append("\" xmlns:r=\"").Append(SheetXml.RelationshipsNamespace).Append("\">")
            .Append("<sheetPr><pageSetUpPr fitToPage=\"1\" /></sheetPr>")
            .Append("<dimension ref=\"A1:").Append(SheetColumns.All[^1].Letter).Append(Number(last)).Append("\" />")
            .Append("<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">")
            .Append("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\" />")
            .Append("<selection pane=\"bottomLeft\" activeCell=\"").Append(statusColumn).Append("2\" sqref=\"").Append(statusColumn).Append("2\" />")
            .Append("</sheetView></sheetViews>")
            .Append("<sheetFormatPr defaultRowHeight=\"").Append(Number(LinePoints)).Append("\" /><cols>");
        for (var i = 0; i < SheetColumns.All.Count; i++)
        {
            var c = SheetColumns.All[i];
            xml.Append("<col min=\"").Append(Number(i + 1)).Append("\" max=\"").Append(Number(i + 1)).Append("\" width=\"").Append(Number(c.Width))
                .Append(c.Field == SheetField.ExportedId ? "\" hidden=\"1" : "").Append("\" customWidth=\"1\" />");
        }

        xml.Append("</cols><sheetData>");
        HeaderRow(xml);
        for (var i = 0; i < tasks.Count; i++)
        {
            TaskRow(xml, plan, tasks[i], i + 2, i + 1, status?.At(tasks[i].Id, day) ?? TaskState.NotStarted);
        }

        var to = Number(Math.Max(last, 2));
        xml.Append("</sheetData>")
            .Append("<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\" />")
            .Append("<dataValidations count=\"2\">")
            .Append("<dataValidation type=\"list\" errorStyle=\"warning\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\"")
            .Append(" errorTitle=\"Trạng thái\" error=\"Chọn một trạng thái trong danh sách.\" promptTitle=\"Trạng thái\"")
            .Append(" prompt=\"Chọn trong danh sách; Đã hoàn thành cần Ngày hoàn thành.\" sqref=\"").Append(statusColumn).Append('2').Append(':').Append(statusColumn).Append(to).Append("\">")
            .Append("<formula1>");
        SheetXml.Escape(xml, "\"" + string.Join(",", SheetStatusWords.All.Select(w => w.Label)) + "\"")
            .Append("</formula1></dataValidation>")
            .Append("<dataValidation type=\"date\" errorStyle=\"warning\" operator=\"greaterThanOrEqual\" allowBlank=\"1\" showErrorMessage=\"1\"")
            .Append(" errorTitle=\"Ngày hoàn thành\" error=\"Ghi ngày theo dạng ngày/tháng/năm, ví dụ 18/03/2026.\" sqref=\"")
            .Append(dateColumn).Append('2').Append(':').Append(dateColumn).Append(to).Append("\"><formula1>1</formula1></dataValidation>")
            .Append("</dataValidations>")
            .Append("<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\" />")
            .Append("<pageSetup paperSize=\"9\" fitToWidth=\"1\" fitToHeight=\"0\" orientation=\"landscape\" />")
            .Append("<headerFooter><oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter></headerFooter>")
            .Append("</worksheet>");
        return xml.ToString();
    }

    private static void HeaderRow(StringBuilder xml)
    {
        xml.Append("<row r=\"1\" ht=\"").Append(Number(RowPoints(SheetColumns.All.Select(c => (c, c.Header)), bold: true))).Append("\" customHeight=\"1\">");
        foreach (var c in SheetColumns.All)
        {
            Text(xml, $"{c.Letter}1", c.Header, TaskSheetStyles.Header);
        }

        xml.Append("</row>");
    }

    private static void TaskRow(StringBuilder xml, Package plan, PlanTask task, int index, int number, TaskState state)
    {
        var values = PlanCells.Of(plan, task);
        values[SheetField.Id] = task.Id;
        values[SheetField.Status] = SheetStatusWords.IsKey(state.StatusKey) ? SheetStatusWords.Label(state.StatusKey) : state.StatusKey;
        values[SheetField.Result] = state.Result ?? "";
        values[SheetField.Products] = string.Join("\n", state.Products);
        values[SheetField.Note] = state.Note ?? "";
        values[SheetField.ExportedId] = task.Id;
        xml.Append("<row r=\"").Append(Number(index)).Append("\" ht=\"").Append(Number(RowPoints(SheetColumns.All.Where(c => values.ContainsKey(c.Field)).Select(c => (c, values[c.Field])), bold: false))).Append("\" customHeight=\"1\">");
        foreach (var c in SheetColumns.All)
        {
            var at = c.Letter + Number(index);
            switch (c.Field)
            {
                case SheetField.Number:
                    Value(xml, at, TaskSheetStyles.LockedCentered, Number(number));
                    break;
                case SheetField.Completed:
                    Value(xml, at, TaskSheetStyles.EditableDate, state.Completed is { } d ? Number(ExcelDates.Serial(d)) : null);
                    break;
                default:
                    Text(xml, at, values[c.Field], c.Editable ? TaskSheetStyles.EditableText : c.Field == SheetField.Id ? TaskSheetStyles.LockedCentered : TaskSheetStyles.LockedText);
                    break;
            }
        }

        xml.Append("</row>");
    }

    /// <summary>A number cell, or an empty styled one.</summary>
    private static void Value(StringBuilder xml, string at, uint style, string? value)
    {
        xml.Append("<c r=\"").Append(at).Append("\" s=\"").Append(style).Append('"');
        if (value is null)
        {
            xml.Append(" />");
            return;
        }

        xml.Append("><v>").Append(value).Append("</v></c>");
    }

    /// <summary>An inline string, or an empty styled cell (editable cells must exist to carry their unlocked format).</summary>
    private static void Text(StringBuilder xml, string at, string text, uint style)
    {
        xml.Append("<c r=\"").Append(at).Append("\" s=\"").Append(style).Append('"');
        if (text.Length == 0)
        {
            xml.Append(" />");
            return;
        }

        SheetXml.Escape(xml.Append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">"), text).Append("</t></is></c>");
    }

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>How many wrapped lines the tallest cell of a row needs (Excel does not fit row heights of a written
    /// file itself, and a fixed height clips what wraps further).</summary>
    private static double RowPoints(IEnumerable<(SheetColumn Column, string Text)> cells, bool bold) =>
        Math.Min(MaxRowPoints, LinePoints * cells.Where(c => c.Column.Width > 0).Select(c => WrappedLines(c.Text, c.Column.Width, bold)).DefaultIfEmpty(1).Max());

    /// <summary>
    /// The lines a cell's text wraps to: words filled greedily into lines of the column's width less a character
    /// of padding, a word longer than a line broken across lines, as Excel and Calc wrap. Bold letters are wider.
    /// </summary>
    internal static int WrappedLines(string text, double width, bool bold)
    {
        var capacity = Math.Max(1, (width - 1) * (bold ? 0.9 : 1));
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            lines++;
            var used = 0.0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var needed = used == 0 ? word.Length : used + 1 + word.Length;
                if (needed <= capacity)
                {
                    used = needed;
                    continue;
                }

                if (used > 0)
                {
                    lines++;
                }

                var pieces = (int)Math.Ceiling(word.Length / capacity);
                lines += pieces - 1;
                used = word.Length - ((pieces - 1) * capacity);
            }
        }

        return Math.Max(1, lines);
    }
}
