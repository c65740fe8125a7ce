using Cchc.Composition.Templates;
using Cchc.Composition.Text;
using Cchc.Model;
using static Cchc.Composition.Templates.ScriptValues;

namespace Cchc.Composition.Building;

/// <summary>The header lines every kind of document words with the <c>common/</c> templates.</summary>
internal static class CommonLines
{
    /// <summary>"Số: …/…" for a document's number and symbol.</summary>
    public static string Number(TemplateRunner templates, string? number, string symbol) => InlineMarkup.Plain(
        templates.Line(TemplateNames.NumberLine, Object(("number", Str(number)), ("symbol", symbol))));

    /// <summary>"{place}, ngày … tháng … năm …".</summary>
    public static string PlaceDate(TemplateRunner templates, DateValue? date, string blank) => InlineMarkup.Plain(
        templates.Line(TemplateNames.PlaceDate, Object(("date", ModelExport.Date(date, blank)))));
}
