using Cchc.Model.Documents;

namespace Cchc.Composition.Building;

internal static class Tables
{
    public static TableRow HeaderRow(IEnumerable<string> headers) =>
        new(TableRowKind.Header, headers.Select(h => Cell(ParaStyle.TableHeader, h)).ToArray());

    /// <summary>A cell of one paragraph; an empty cell still holds an (empty) paragraph.</summary>
    public static TableCell Cell(ParaStyle style, string text) => new([CompositionScope.Para(style, text)]);
}
