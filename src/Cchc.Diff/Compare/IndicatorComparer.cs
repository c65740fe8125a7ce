using System.Globalization;
using Cchc.Diff.Matching;
using Cchc.Model;

namespace Cchc.Diff.Compare;

/// <summary>Indicators with ids: paired by id, then "có thể là" by text; their targets compared as rendered lines.</summary>
internal static class IndicatorComparer
{
    public static List<IndicatorChange> Compare(DiffContext cx, BodyTree olds, BodyTree news)
    {
        var o = olds.Indicators;
        var n = news.Indicators;
        var (partner, renamed, taken) = IdPairing.Pair(o, n, x => x.Indicator.Id!, x => cx.OldWords(Matchable(x.Indicator)), x => cx.NewWords(Matchable(x.Indicator)),
            cx.Options.Renamed);
        var result = new List<IndicatorChange>();
        for (var j = 0; j < n.Count; j++)
        {
            var (ni, ns, na) = n[j];
            if (partner[j] < 0)
            {
                result.Add(new IndicatorChange(ChangeKind.Added, null, ni, null, ns.Node, false, false, false, 0, []));
                continue;
            }

            var (oi, os, oa) = o[partner[j]];
            var fields = new List<FieldChange> { cx.Field("text", oi.Text, ni.Text) };
            if (oi.Label is not null || ni.Label is not null)
            {
                fields.Add(cx.Field("label", oi.Label, ni.Label));
            }

            fields.Add(cx.Lines("targets", oi.Targets.Select(Describe).ToList(), ni.Targets.Select(Describe).ToList()));
            if (DeadlineComparer.Compare(cx, oi.Deadline, ni.Deadline) is { } deadline)
            {
                fields.Add(deadline);
            }

            if (oi.Responsible is not null || ni.Responsible is not null)
            {
                fields.Add(AgencyField.Compare(cx, "responsible", oi.Responsible, ni.Responsible));
            }

            if (oa != na)
            {
                fields.Add(cx.Field("area", oa, na));
            }

            var similarity = cx.Ratio(Matchable(oi), Matchable(ni));
            result.Add(new IndicatorChange(TaskComparer.Combine(fields), oi, ni, os.Node, ns.Node, os.Partner != ns || oa != na,
                renamed[j], !renamed[j] && similarity < cx.Options.SuspectedReuse, similarity, fields));
        }

        result.AddRange(o.Where((_, i) => !taken[i]).Select(x => new IndicatorChange(ChangeKind.Removed, x.Indicator, null, x.Section.Node, null, false, false, false, 0, [])));
        return result;
    }

    /// <summary>What an indicator is about: its text and the metrics it measures (a rewrite keeps the metrics).</summary>
    private static string Matchable(Indicator i) => string.Join(" ", i.Targets.Select(t => t.Metric).OfType<string>().Prepend(i.Text));

    /// <summary>"PAR Index: top 15 hạng [khối phường]", "≥ 90%", "thu hút đầu tư: tăng (so với năm 2025)".</summary>
    public static string Describe(Target t)
    {
        var op = t.Op switch
        {
            TargetOp.Eq => "=",
            TargetOp.Ge => "≥",
            TargetOp.Gt => ">",
            TargetOp.Le => "≤",
            TargetOp.Lt => "<",
            TargetOp.Top => "top",
            TargetOp.ReduceBy => "giảm",
            TargetOp.IncreaseBy or TargetOp.Increase => "tăng",
            TargetOp.Exceed => "vượt",
            _ => "hoàn thành",
        };
        var value = t.Value is { } v ? " " + v.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',') + (t.EffectiveUnit == "%" ? "%" : " " + t.EffectiveUnit) : "";
        var text = (t.Metric is { } m ? m + ": " : "") + op + value;
        if (t.Baseline is { } b)
        {
            text += $" (so với năm {b})";
        }

        return t.Scope is { } s ? $"{text} [{s}]" : text;
    }
}
