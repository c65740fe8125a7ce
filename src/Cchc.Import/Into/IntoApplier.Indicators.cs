using Cchc.Diff;
using Cchc.Model;

namespace Cchc.Import.Into;

/// <summary>
/// Indicators with an id, edited in Word: a retyped text is the indicator's <c>text</c>; what the importer reads
/// from it (its targets: "100%" → 95%, its deadline, who follows it) is written key by key where the plan's
/// indicator has that key. An indicator added, removed or moved, or a part the plan writes another way, is W125.
/// </summary>
internal sealed partial class IntoApplier
{
    private void Indicators(PlanDiff changes, PlanDiff pairing)
    {
        var toPlan = new Dictionary<Indicator, Indicator>(ReferenceEqualityComparer.Instance);
        foreach (var i in pairing.Indicators.Where(i => i.Old is not null && i.New is not null))
        {
            toPlan[i.New!] = i.Old!;
        }

        foreach (var change in changes.Indicators.Where(i => i.Kind is not ChangeKind.Unchanged))
        {
            var target = change.Old is { } old && toPlan.TryGetValue(old, out var t) ? t : null;
            if (change.Kind != ChangeKind.Modified || change.Moved || target is null)
            {
                Unplaced(target?.Spans.Node ?? plan.Plan.Spans.Of("body"), change.New?.Text ?? change.Old?.Text,
                    $"chỉ tiêu \"{Short(change.New?.Text ?? change.Old?.Text)}\" ({Kind(change.Kind)})", $"the indicator \"{Short(change.New?.Text ?? change.Old?.Text)}\" ({change.Kind})");
                continue;
            }

            foreach (var field in change.Fields.Where(f => f.Kind is not ChangeKind.Unchanged))
            {
                if (!IndicatorField(field.Field, change.Old!, change.New!, target))
                {
                    Unplaced(target.Spans.Has(field.Field) ? target.Spans.Of(field.Field) : target.Spans.Node, change.New!.Text,
                        $"phần {field.Field} của chỉ tiêu {target.Id}", $"the {field.Field} of indicator {target.Id}");
                }
            }
        }
    }

    private IEnumerable<Indicator> PlanIndicators() => Indicators(plan.Plan.Body);

    private static IEnumerable<Indicator> Indicators(IEnumerable<Node> nodes) =>
        nodes.SelectMany(n => n.Content.OfType<IndicatorListBlock>().SelectMany(b => b.Entries)
            .SelectMany(e => e is IndicatorGroup g ? g.Indicators : e is Indicator i ? [i] : (IEnumerable<Indicator>)[])
            .Concat(Indicators(n.Content.OfType<NodeBlock>().Select(b => b.Node))));

    private bool IndicatorField(string field, Indicator before, Indicator after, Indicator target) => field switch
    {
        "text" => target.Text == before.Text && _edits.SetScalar(target.Spans.Of("text"), after.Text),
        "targets" => Targets(before.Targets, after.Targets, target.Targets),
        "deadline" => target.Spans.Has("deadline") && after.Spans.Has("deadline") && Scalar(target.Spans, after.Spans, "deadline"),
        "responsible" => after.Responsible is not null && target.Spans.Has("responsible") && _edits.SetScalar(target.Spans.Of("responsible"), Agencies(after.Responsible)),
        _ => false,
    };

    /// <summary>Targets one for one: each part that changed, where the plan's target writes that part.</summary>
    private bool Targets(IReadOnlyList<Target> before, IReadOnlyList<Target> after, IReadOnlyList<Target> target)
    {
        if (before.Count != after.Count || before.Count != target.Count)
        {
            return false;
        }

        for (var i = 0; i < before.Count; i++)
        {
            var (b, a, t) = (before[i], after[i], target[i]);
            var keys = new (string Key, string? Before, string? After)[]
            {
                ("metric", b.Metric, a.Metric), ("op", b.Op.ToString(), a.Op.ToString()), ("value", b.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("unit", b.Unit, a.Unit), ("baseline", b.Baseline?.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Baseline?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("scope", b.Scope, a.Scope),
            };
            var changed = keys.Where(k => !string.Equals(k.Before, k.After, StringComparison.Ordinal)).ToList();
            if (!changed.All(k => t.Spans.Has(k.Key) && a.Spans.Has(k.Key)) || !changed.All(k => Scalar(t.Spans, a.Spans, k.Key)))
            {
                return false;
            }
        }

        return true;
    }
}
