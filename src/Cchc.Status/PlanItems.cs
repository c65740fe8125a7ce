using Cchc.Model;

namespace Cchc.Status;

/// <summary>The plan's tasks (appendix rows, in order, with their group) and indicator ids, which a status file reports on.</summary>
public static class PlanItems
{
    public static IEnumerable<(PlanTask Task, TaskGroup Group)> Tasks(Package plan) =>
        plan.Appendices.OfType<TaskAppendix>().SelectMany(a => a.Groups).SelectMany(g => g.Tasks.Select(t => (t, g)));

    public static IEnumerable<string> IndicatorIds(Package plan) => plan.Plan.Body.SelectMany(Indicators);

    private static IEnumerable<string> Indicators(Node node) => node.Content.SelectMany(b => b switch
    {
        NodeBlock n => Indicators(n.Node),
        IndicatorListBlock list => list.Entries.SelectMany(e => e switch
        {
            Indicator i => i.Id is { } id ? [id] : [],
            IndicatorGroup g => g.Indicators.Select(i => i.Id).OfType<string>(),
            _ => [],
        }),
        _ => [],
    });
}
