using Cchc.Composition.Building;
using Cchc.Composition.Templates;
using Cchc.Model;
using Cchc.Model.Documents;

namespace Cchc.Composition;

/// <summary>The compose stage: a plan package and the wording templates → the document model.</summary>
public static class Composer
{
    /// <summary>
    /// Composes every document of <paramref name="package"/>. Never throws for a template problem: it is
    /// reported in <see cref="ComposeResult.Diagnostics"/> with the template's file, line and column.
    /// With a <paramref name="trace"/>, records where each body paragraph and table row comes from.
    /// </summary>
    public static ComposeResult Compose(Package package, TemplateSet templates, CompositionTrace? trace = null)
    {
        var diagnostics = new List<Diagnostic>(templates.Diagnostics);
        var runner = new TemplateRunner(templates, ModelExport.Globals(package), diagnostics);
        var scope = new CompositionScope(package, runner, diagnostics, trace);

        var decision = package.Decision is { } d
            ? new Document([DecisionBuilder.Build(scope, d)]) { Properties = PropertiesBuilder.Decision(package, d) }
            : null;
        var plan = new Document([PlanBuilder.Build(scope), .. AppendixBuilder.Build(scope)]) { Properties = PropertiesBuilder.Plan(package) };
        return new ComposeResult(decision, plan, diagnostics);
    }
}
