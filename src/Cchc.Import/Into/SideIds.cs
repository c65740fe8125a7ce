using Cchc.Model;

namespace Cchc.Import.Into;

/// <summary>
/// The importer derives task and indicator ids from their text, so an edited one may take the id another had in
/// the baseline ("ind-100-van-ban" passes to the next "100% …" indicator when the first becomes "95% …") and the
/// diff would pair the wrong two by id. Each side's ids get a prefix of their own: they are then paired by
/// content only, as they must be when the Word file has no ids.
/// </summary>
internal static class SideIds
{
    public static Package Apart(Package package, string prefix) => package with
    {
        Appendices = [.. package.Appendices.Select(a => a switch
        {
            TaskAppendix t => t with { Groups = [.. t.Groups.Select(g => g with { Tasks = [.. g.Tasks.Select(task => task with { Id = prefix + task.Id })] })] },
            IndicatorAppendix i => i with { Rows = [.. i.Rows.Select(r => prefix + r)] },
            _ => a,
        })],
        Plan = package.Plan with { Body = [.. package.Plan.Body.Select(n => Node(n, prefix))] },
    };

    private static Node Node(Node node, string prefix) => node with
    {
        Content = [.. node.Content.Select(b => b switch
        {
            NodeBlock n => new NodeBlock(Node(n.Node, prefix)),
            IndicatorListBlock l => l with { Entries = [.. l.Entries.Select(e => e switch
            {
                Indicator i => Indicator(i, prefix),
                IndicatorGroup g => g with { Indicators = [.. g.Indicators.Select(i => Indicator(i, prefix))] },
                _ => e,
            })] },
            _ => b,
        })],
    };

    private static Indicator Indicator(Indicator indicator, string prefix) => indicator.Id is null ? indicator : indicator with { Id = prefix + indicator.Id };
}
