using System.Text;
using M = Cchc.Model.Documents;

namespace Cchc.Docx;

/// <summary>
/// The solid rules of Decree 30 (nd30-format §3.1, §3.2, §3.5): an empty "Rule" paragraph whose bottom border
/// is narrowed to the wanted length by equal left and right indents, so it is centred in its column.
/// </summary>
internal static class Rules
{
    /// <summary>Short rules are 40% of the text above them: inside the 1/3–1/2 that the decree allows.</summary>
    public const double ShortFraction = 0.4;

    /// <param name="length">Rule length in twips.</param>
    /// <param name="available">Width between the column's text edges in twips.</param>
    /// <param name="styleId"><see cref="StyleIds.Rule"/>, or <see cref="StyleIds.TitleRule"/> for the rule that ends a title block.</param>
    public static void Centered(StringBuilder xml, int length, int available, string styleId = StyleIds.Rule, M.Revision revision = M.Revision.None)
    {
        length = Math.Clamp(length, 1, available);
        var remaining = available - length;
        var left = remaining / 2;
        WordXml.Empty(xml, styleId, new Indent(left, remaining - left), revision);
    }

    /// <summary>A short rule under text whose widest line is <paramref name="textWidth"/> twips wide.</summary>
    public static void Short(StringBuilder xml, int textWidth, int available, string styleId = StyleIds.Rule, M.Revision revision = M.Revision.None) =>
        Centered(xml, (int)Math.Round(Math.Min(textWidth, available) * ShortFraction), available, styleId, revision);
}
