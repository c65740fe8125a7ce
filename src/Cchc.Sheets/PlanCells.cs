using Cchc.Model;

namespace Cchc.Sheets;

/// <summary>The plan's own cells of a task's row: written by the export, compared by the import (edits there are not imported).</summary>
internal static class PlanCells
{
    private static readonly char[] Blanks = [' ', '\t', '\n', '\r', '\u00A0'];

    /// <summary>Planned products one per line, as the Phụ lục lists them (a product's own trailing ";" stays).</summary>
    public static Dictionary<SheetField, string> Of(Package plan, PlanTask task) => new()
    {
        [SheetField.Content] = task.Content,
        [SheetField.Lead] = task.Lead.Render(plan.Registry),
        [SheetField.Co] = task.Co?.Render(plan.Registry) ?? "",
        [SheetField.Deadline] = task.Deadline.Text,
        [SheetField.PlannedProducts] = string.Join("\n", task.Products),
    };

    /// <summary>
    /// Whether a cell still says what the plan says: spacing and line breaks aside, and for products also the
    /// separator (earlier exports joined them with "; ").
    /// </summary>
    public static bool Same(SheetField field, string given, string planned) =>
        field == SheetField.PlannedProducts
            ? Words(given, [.. Blanks, ';']) == Words(planned, [.. Blanks, ';'])
            : Words(given, Blanks) == Words(planned, Blanks);

    private static string Words(string text, char[] separators) => string.Join(' ', text.Split(separators, StringSplitOptions.RemoveEmptyEntries));
}
