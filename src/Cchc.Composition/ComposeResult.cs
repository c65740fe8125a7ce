using Cchc.Composition.Kinds;
using Cchc.Model;
using Cchc.Model.Documents;

namespace Cchc.Composition;

/// <summary>One composed document and its kind.</summary>
public sealed record ComposedDocument(DocumentKind Kind, Document Document);

/// <summary>
/// The documents one source yields, in output order (for a plan package: the Quyết định when the plan has one,
/// then the Kế hoạch followed by its Phụ lục sections). <see cref="Diagnostics"/> holds the template problems
/// (those of the template set included); with errors the documents are incomplete and should not be written.
/// </summary>
public sealed record ComposeResult(IReadOnlyList<ComposedDocument> Documents, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The document of <paramref name="kind"/>, or null when the source yields none.</summary>
    public Document? Of(DocumentKind kind) => Documents.FirstOrDefault(d => d.Kind == kind)?.Document;

    /// <summary>The Quyết định, when the plan has one.</summary>
    public Document? Decision => Of(DocumentKinds.Decision);

    /// <summary>The Kế hoạch with its Phụ lục; every package yields one.</summary>
    public Document Plan => Of(DocumentKinds.Plan) ?? throw new InvalidOperationException("This result holds no Kế hoạch.");

    /// <summary>Every document as one (<c>--single</c>): their sections in order, with the first one's metadata.</summary>
    public Document Single => new([.. Documents.SelectMany(d => d.Document.Sections)]) { Properties = Documents.Count > 0 ? Documents[0].Document.Properties : null };
}
