using Cchc.Composition.Numbering;
using Cchc.Composition.Templates;
using Cchc.Model;
using Cchc.Model.Documents;
using static Cchc.Composition.Templates.ScriptValues;

namespace Cchc.Composition.Building;

/// <summary>
/// One section per Phụ lục (Mẫu 2.1): label ("Phụ lục" alone, "Phụ lục I, II …" when there are several),
/// title, "(Kèm theo …)" line, short rule, table. Task tables are landscape.
/// </summary>
internal static class AppendixBuilder
{
    public static IEnumerable<Section> Build(CompositionScope scope)
    {
        var appendices = scope.Package.Appendices;
        for (var i = 0; i < appendices.Count; i++)
        {
            var appendix = appendices[i];
            var label = appendix.Label ?? scope.Templates.Line(TemplateNames.AppendixLabel, Object(("appendix", Object(
                ("index", i + 1),
                ("count", appendices.Count),
                ("roman", Labels.Roman(i + 1)),
                ("kind", appendix is TaskAppendix ? "tasks" : "indicators")))));
            var blocks = new List<DocBlock>
            {
                CompositionScope.Para(ParaStyle.AppendixLabel, label),
                CompositionScope.Para(ParaStyle.AppendixTitle, appendix.Title),
                scope.AttachedLine(Target(scope, appendix)),
                new ShortRule(),
            };
            switch (appendix)
            {
                case TaskAppendix tasks:
                    blocks.Add(TaskTableBuilder.Build(scope, tasks, Headers(scope, appendix, TemplateNames.TaskHeaders, TaskAppendix.DefaultHeaders)));
                    yield return new Section(Orientation.Landscape, blocks);
                    break;
                case IndicatorAppendix indicators:
                    blocks.Add(IndicatorTableBuilder.Build(scope, indicators, Headers(scope, appendix, TemplateNames.IndicatorHeaders, IndicatorAppendix.DefaultHeaders)));
                    yield return new Section(Orientation.Portrait, blocks);
                    break;
            }
        }
    }

    /// <summary><c>attached_to</c>: the Quyết định by default when there is one, else the Kế hoạch.</summary>
    private static AttachedTarget Target(CompositionScope scope, Appendix appendix)
    {
        var decision = scope.DecisionTarget();
        var to = appendix.AttachedTo ?? (decision is null ? AttachedTo.Plan : AttachedTo.Decision);
        return to == AttachedTo.Decision && decision is not null ? decision : scope.PlanTarget();
    }

    /// <summary>The plan's <c>headers</c>, else the template's lines (one per column).</summary>
    private static IReadOnlyList<string> Headers(CompositionScope scope, Appendix appendix, string template, IReadOnlyList<string> defaults)
    {
        if (appendix.Headers is { } own)
        {
            return Enumerable.Range(0, defaults.Count).Select(i => i < own.Count ? own[i] : string.Empty).ToArray();
        }

        return Tables.HeaderLines(scope.Templates, template, defaults);
    }
}
