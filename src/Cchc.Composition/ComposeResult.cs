using Cchc.Model;
using Cchc.Model.Documents;

namespace Cchc.Composition;

/// <summary>
/// The documents of one package: the Quyết định (when the plan has one) and the Kế hoạch followed by its
/// Phụ lục sections. <see cref="Diagnostics"/> holds the template problems (those of the template set
/// included); with errors the documents are incomplete and should not be written.
/// </summary>
public sealed record ComposeResult(Document? Decision, Document Plan, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The whole package as one document (<c>--single</c>): the Quyết định's sections, then the plan's.</summary>
    public Document Single => new([.. Decision?.Sections ?? [], .. Plan.Sections]) { Properties = (Decision ?? Plan).Properties };
}
