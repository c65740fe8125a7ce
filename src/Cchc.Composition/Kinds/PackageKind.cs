using Cchc.Composition.Building;
using Cchc.Model.Documents;

namespace Cchc.Composition.Kinds;

/// <summary>A kind of document a plan package yields, composed from the package; not every package yields every kind.</summary>
public sealed class PackageKind : DocumentKind
{
    private readonly Func<CompositionScope, Document?> _compose;

    internal PackageKind(string name, string slug, string folder, IReadOnlyList<string> templates, Func<CompositionScope, Document?> compose)
        : base(name, slug, folder, templates) => _compose = compose;

    /// <summary>The document, or null when the package has none of this kind (a plan without a Quyết định).</summary>
    internal Document? Compose(CompositionScope scope) => _compose(scope);
}
