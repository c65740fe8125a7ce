using Cchc.Composition.Text;
using Cchc.Model;
using Cchc.Model.Documents;

namespace Cchc.Composition.Building;

/// <summary>The two-column block at the top of page one.</summary>
internal static class LetterheadBuilder
{
    /// <summary>
    /// Explicit <c>issuer.header</c> lines replace the derived ones (the chủ quản line included); otherwise
    /// upper(superior) when set, then upper(body) and upper(unit + " " + name).
    /// </summary>
    public static Letterhead Build(CompositionScope scope, string? numberLine, string? placeDateLine) =>
        Build(scope.Package.Issuer, scope.Package.Style, numberLine, placeDateLine);

    public static Letterhead Build(Issuer issuer, DocumentStyle style, string? numberLine, string? placeDateLine)
    {
        string? superior = null;
        IReadOnlyList<string> lines;
        if (issuer.Header is { Count: > 0 } header)
        {
            lines = header;
        }
        else
        {
            superior = string.IsNullOrEmpty(issuer.Superior) ? null : VietnameseCase.Upper(issuer.Superior);
            lines = [VietnameseCase.Upper(issuer.Body), VietnameseCase.Upper(issuer.Unit + " " + issuer.Name)];
        }

        return new Letterhead(superior, lines, numberLine, style.NationalTitle, DocumentStyle.Motto, placeDateLine);
    }
}
