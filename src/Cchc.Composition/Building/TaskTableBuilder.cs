using System.Globalization;
using Cchc.Composition.Numbering;
using Cchc.Model;
using Cchc.Model.Documents;

namespace Cchc.Composition.Building;

/// <summary>
/// The task table: a header row, then per group a row "{Roman}. {title}" across all columns and its task
/// rows with the derived TT (continuous across groups unless <c>numbering: per_group</c>).
/// </summary>
internal static class TaskTableBuilder
{
    private static readonly int[] Weights = [5, 30, 14, 16, 13, 22];

    public static Table Build(CompositionScope scope, TaskAppendix appendix, IReadOnlyList<string> headers)
    {
        var rows = new List<TableRow> { Tables.HeaderRow(headers) };
        var tt = 0;
        for (var g = 0; g < appendix.Groups.Count; g++)
        {
            var group = appendix.Groups[g];
            rows.Add(scope.Traced(new TableRow(TableRowKind.Group,
                [Tables.Cell(ParaStyle.TableGroup, Labels.Roman(g + 1) + ". " + GroupTitle(scope.Package, group))]), group));
            if (appendix.Numbering == TaskNumbering.PerGroup)
            {
                tt = 0;
            }

            foreach (var task in group.Tasks)
            {
                tt++;
                rows.Add(scope.Traced(new TableRow(TableRowKind.Body,
                [
                    Tables.Cell(ParaStyle.TableCellCentered, tt.ToString(CultureInfo.InvariantCulture)),
                    Tables.Cell(ParaStyle.TableCell, task.Content),
                    Tables.Cell(ParaStyle.TableCell, task.Lead.Render(scope.Registry)),
                    Tables.Cell(ParaStyle.TableCell, task.Co?.Render(scope.Registry) ?? string.Empty),
                    Tables.Cell(ParaStyle.TableCellCentered, task.Deadline.Text),
                    Products(task.Products),
                ]), task));
            }
        }

        return new Table(Weights, rows);
    }

    /// <summary><c>group.title</c>, else <c>areas[area].group_title</c>, else its <c>title</c>, else the default.</summary>
    public static string GroupTitle(Package package, TaskGroup group)
    {
        var area = package.Area(group.Area);
        return group.Title ?? area?.GroupTitle ?? area?.Title
            ?? (Areas.IsKnown(group.Area) ? Areas.DefaultTitle(group.Area) : group.Area);
    }

    // One product stays as written; a list is one "- item" paragraph each. The model keeps a single string
    // as a one-element list, so a one-element YAML list also renders without its dash.
    private static TableCell Products(IReadOnlyList<string> products) => products.Count == 1
        ? Tables.Cell(ParaStyle.TableCell, products[0])
        : new TableCell(products.Count == 0
            ? [new Paragraph(ParaStyle.TableCell, [])]
            : products.Select(p => CompositionScope.Para(ParaStyle.TableCell, "- " + p)).ToArray());
}
