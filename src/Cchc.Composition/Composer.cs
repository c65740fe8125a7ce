using Cchc.Composition.Building;
using Cchc.Composition.Kinds;
using Cchc.Composition.Templates;
using Cchc.Model;

namespace Cchc.Composition;

/// <summary>The compose stage: a plan package and the wording templates → the document model.</summary>
public static class Composer
{
    /// <summary>
    /// Composes every document of <paramref name="package"/>, one per kind of <see cref="DocumentKinds.OfPackage"/>
    /// the package yields. Never throws for a template problem: it is reported in
    /// <see cref="ComposeResult.Diagnostics"/> with the template's file, line and column.
    /// With a <paramref name="trace"/>, records where each body paragraph and table row comes from.
    /// </summary>
    public static ComposeResult Compose(Package package, TemplateSet templates, CompositionTrace? trace = null)
    {
        var diagnostics = new List<Diagnostic>(templates.Diagnostics);
        var runner = new TemplateRunner(templates, ModelExport.Globals(package), diagnostics);
        var scope = new CompositionScope(package, runner, diagnostics, trace);
        var documents = new List<ComposedDocument>();
        foreach (var kind in DocumentKinds.OfPackage)
        {
            if (kind.Compose(scope) is { } document)
            {
                documents.Add(new ComposedDocument(kind, document));
            }
        }

        return new ComposeResult(documents, diagnostics);
    }
}
