using System.Globalization;
using Cchc.Model;
using Cchc.Model.Documents;

namespace Cchc.Composition.Building;

/// <summary>
/// The indicators table: TT, Chỉ tiêu (text), Thời hạn (deadline, else the period of its group), Cơ quan
/// đầu mối (responsible). Rows are the listed ids, or with <c>from: body</c> every indicator with an id.
/// </summary>
internal static class IndicatorTableBuilder
{
    private static readonly int[] Weights = [6, 54, 15, 25];

    public static Table Build(CompositionScope scope, IndicatorAppendix appendix, IReadOnlyList<string> headers)
    {
        var all = new List<(Indicator Indicator, Period? Period)>();
        Collect(scope.Package.Plan.Body.SelectMany(n => n.Content), all);
        var withId = all.Where(x => x.Indicator.Id is not null).ToList();
        var byId = withId.GroupBy(x => x.Indicator.Id!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var chosen = appendix.FromBody ? withId
            : appendix.Rows.Where(byId.ContainsKey).Select(id => byId[id]).ToList();

        var rows = new List<TableRow> { Tables.HeaderRow(headers) };
        for (var i = 0; i < chosen.Count; i++)
        {
            var (indicator, period) = chosen[i];
            rows.Add(scope.Traced(new TableRow(TableRowKind.Body,
            [
                Tables.Cell(ParaStyle.TableCellCentered, (i + 1).ToString(CultureInfo.InvariantCulture)),
                Tables.Cell(ParaStyle.TableCell, indicator.Text),
                Tables.Cell(ParaStyle.TableCellCentered, indicator.Deadline?.Text ?? period?.ToString() ?? string.Empty),
                Tables.Cell(ParaStyle.TableCell, indicator.Responsible?.Render(scope.Registry) ?? string.Empty),
            ]), indicator));
        }

        return new Table(Weights, rows);
    }

    private static void Collect(IEnumerable<Block> blocks, List<(Indicator, Period?)> into)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case IndicatorListBlock list:
                    foreach (var entry in list.Entries)
                    {
                        if (entry is Indicator indicator)
                        {
                            into.Add((indicator, null));
                        }
                        else if (entry is IndicatorGroup group)
                        {
                            into.AddRange(group.Indicators.Select(x => (x, group.Period)));
                        }
                    }

                    break;
                case NodeBlock node:
                    Collect(node.Node.Content, into);
                    break;
            }
        }
    }
}
