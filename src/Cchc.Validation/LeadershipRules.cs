using Cchc.Model;

namespace Cchc.Validation;

/// <summary>W109: one area led by two agencies.</summary>
internal static class LeadershipRules
{
    public static IEnumerable<Diagnostic> Check(PlanIndex ix)
    {
        var leaders = new Dictionary<string, (string Agency, SourceSpan Span)>(StringComparer.Ordinal);
        foreach (var n in ix.Nodes.Select(n => n.Node).Where(n => n.Role == NodeRole.Responsibility && n.Agency is not null))
        {
            foreach (var area in n.Leads.Where(Areas.IsKnown))
            {
                if (leaders.TryGetValue(area, out var first) && first.Agency != n.Agency)
                {
                    yield return DiagnosticCatalog.W109.At(n.Spans.Of("leads"),
                        $"lĩnh vực \"{area}\" có hai cơ quan chủ trì: \"{first.Agency}\" (dòng {first.Span.Line}) và \"{n.Agency}\"",
                        $"area \"{area}\" is led by both \"{first.Agency}\" (line {first.Span.Line}) and \"{n.Agency}\"");
                }
                else if (!leaders.ContainsKey(area))
                {
                    leaders[area] = (n.Agency!, n.Spans.Of("leads"));
                }

                if (ix.Package.Area(area)?.Lead is { } declared && declared != n.Agency)
                {
                    yield return DiagnosticCatalog.W109.At(n.Spans.Of("leads"),
                        $"\"{n.Agency}\" chủ trì lĩnh vực \"{area}\" nhưng areas.{area}.lead là \"{declared}\"",
                        $"\"{n.Agency}\" leads \"{area}\" but areas.{area}.lead is \"{declared}\"");
                }
            }
        }
    }
}
