using Cchc.Import.Output;
using Cchc.Import.Recognition.Agencies;
using Cchc.Import.Recognition.Body;
using Cchc.Import.Recognition.Ids;
using Cchc.Model;
using Cchc.Word;

namespace Cchc.Import.Recognition.Appendix;

/// <summary>
/// An indicator table (plan-format.md §9, <c>kind: indicators</c>: TT, Chỉ tiêu, Thời hạn, Cơ quan đầu mối): the
/// format draws its rows from the body's indicators, so each row is matched by its text to an indicator of the
/// body, which gets the row's deadline and responsible agency. The rows are then <c>from: body</c> when they are
/// every indicator of the body in order, else the list of their ids.
/// </summary>
internal sealed class IndicatorTableReader(WordTable table, IndicatorTableReader.Header header, ImportContext ctx)
{
    private readonly AgencyRegistry _agencies = AgencyRegistry.For(ctx);

    /// <summary>Grid columns of TT, Chỉ tiêu, Thời hạn and Cơ quan (−1 when absent), the header texts and the first body row.</summary>
    public sealed record Header(int Tt, int Text, int Deadline, int Responsible, IReadOnlyList<string> Texts, int FirstRow);

    /// <summary>The header of an indicator table: a row naming "Chỉ tiêu" and no task column ("Nội dung", "Cơ quan chủ trì").</summary>
    public static Header? Find(WordTable table)
    {
        for (var r = 0; r < Math.Min(table.Rows.Count, 3); r++)
        {
            var cells = table.Rows[r].Cells;
            int Column(Func<string, bool> test) => cells.FirstOrDefault(c => test(" " + TextFold.Key(c.Text) + " "))?.GridColumn ?? -1;
            var text = Column(k => k.Contains(" chi tieu ", StringComparison.Ordinal));
            if (text < 0 || cells.Any(c => TaskColumns.Role(c.Text) is TaskColumn.Content or TaskColumn.Lead or TaskColumn.Products))
            {
                continue;
            }

            return new Header(
                Column(k => k.Trim() is "tt" or "stt"),
                text,
                Column(k => k.Contains(" thoi han ", StringComparison.Ordinal) || k.Contains(" thoi gian ", StringComparison.Ordinal)),
                Column(k => k.Contains(" co quan ", StringComparison.Ordinal) || k.Contains(" dau moi ", StringComparison.Ordinal) || k.Contains(" don vi ", StringComparison.Ordinal)),
                [.. cells.Select(c => c.Text.Trim())],
                r + 1);
        }

        return null;
    }

    public void Read(YMap appendix, YSeq body)
    {
        if (!header.Texts.SequenceEqual(IndicatorAppendix.DefaultHeaders))
        {
            var seq = new YSeq();
            foreach (var h in header.Texts)
            {
                seq.Add(h);
            }

            appendix.Add("headers", seq);
        }

        var indicators = BodyIndicators(body).ToList();
        var used = new HashSet<YMap>();
        var rows = new List<YMap>();
        var signature = TaskColumns.RowSignature(table.Rows[header.FirstRow - 1]);
        foreach (var row in table.Rows.Skip(header.FirstRow))
        {
            var text = Cell(row, header.Text);
            if (text.Length == 0 || TaskColumns.RowSignature(row) == signature)
            {
                continue;
            }

            var escaped = BodyMarkup.Escape(text.Replace('\n', ' '));
            var found = indicators.FirstOrDefault(i => !used.Contains(i) && Str(i, "text") == escaped)
                ?? indicators.FirstOrDefault(i => !used.Contains(i) && TextFold.Key(Str(i, "text") ?? "") == TextFold.Key(escaped));
            if (found is null)
            {
                ctx.Diagnostics.Add(DiagnosticCatalog.W130.At(ctx.At(row.Cells[0].Position),
                    $"dòng {row.Index} của bảng chỉ tiêu: \"{Short(text)}\" không có trong phần thân Kế hoạch nên không nhập được (Phụ lục chỉ tiêu lấy các chỉ tiêu của phần thân)",
                    $"indicator table row {row.Index}: \"{Short(text)}\" is not in the plan's body, so it was not imported (an indicator appendix lists the body's indicators)"));
                continue;
            }

            used.Add(found);
            rows.Add(found);
            Fill(found, row);
        }

        if (rows.Count == indicators.Count && rows.SequenceEqual(indicators))
        {
            appendix.Add("from", "body");
            return;
        }

        var ids = new YSeq();
        foreach (var indicator in rows)
        {
            ids.Add(Str(indicator, "id") ?? "");
        }

        appendix.Add("rows", ids);
    }

    /// <summary>The row's Thời hạn and Cơ quan đầu mối on the body's indicator, after its text and targets.</summary>
    private void Fill(YMap indicator, WordRow row)
    {
        var deadline = Cell(row, header.Deadline).Replace('\n', ' ');
        if (deadline.Length > 0 && indicator["deadline"] is null)
        {
            indicator.Add("deadline", Deadlines.Node(deadline));
        }

        var responsible = Cell(row, header.Responsible);
        if (responsible.Length > 0 && indicator["responsible"] is null)
        {
            indicator.Add("responsible", AgencyExprReader.Read(responsible, _agencies, row.CellAt(header.Responsible)?.Position));
        }
    }

    /// <summary>Every indicator of the body (in groups too) in document order.</summary>
    private static IEnumerable<YMap> BodyIndicators(YNode? node) => node switch
    {
        YSeq seq => seq.Items.SelectMany(BodyIndicators),
        YMap map when map["indicators"] is YSeq list => list.Items.OfType<YMap>().SelectMany(i => i["indicators"] is YSeq ? BodyIndicators(i) : [i]),
        YMap map => BodyIndicators(map["content"]),
        _ => [],
    };

    private static string? Str(YMap map, string key) => (map[key] as YScalar)?.Value;

    private static string Cell(WordRow row, int column) =>
        column < 0 || row.CellAt(column) is not { } c ? "" : string.Join("\n", c.Paragraphs.Select(p => p.DisplayText.Trim()).Where(t => t.Length > 0));

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
