using Cchc.Composition.Templates;
using Cchc.Model;
using Cchc.Model.Documents;

namespace Cchc.Composition.Building;

internal static class Tables
{
    public static TableRow HeaderRow(IEnumerable<string> headers) =>
        new(TableRowKind.Header, headers.Select(h => Cell(ParaStyle.TableHeader, h)).ToArray());

    /// <summary>A header template's lines, one per column; the defaults when it is missing, failed or gave another count (T005).</summary>
    public static IReadOnlyList<string> HeaderLines(TemplateRunner templates, string template, IReadOnlyList<string> defaults)
    {
        if (!templates.TryLines(template, null, out var lines))
        {
            return defaults;
        }

        if (lines.Count != defaults.Count)
        {
            templates.Report(TemplateDiagnostics.LineCount(SourceSpan.At(templates.PathOf(template), 1, 1), lines.Count, defaults.Count));
            return defaults;
        }

        return lines;
    }

    /// <summary>A cell of one paragraph; an empty cell still holds an (empty) paragraph.</summary>
    public static TableCell Cell(ParaStyle style, string text) => new([CompositionScope.Para(style, text)]);
}
