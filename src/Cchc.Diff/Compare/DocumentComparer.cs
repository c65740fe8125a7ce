using Cchc.Model;

namespace Cchc.Diff.Compare;

/// <summary>Everything outside the body and the task table: titles, period, number, date, bases, recipients, signer; the agency registry.</summary>
internal static class DocumentComparer
{
    public static List<FieldChange> Compare(DiffContext cx)
    {
        var o = cx.OldPlan;
        var n = cx.NewPlan;
        var fields = new List<FieldChange>
        {
            cx.Field("plan.title", o?.Plan.Title, n?.Plan.Title),
            cx.Field("plan.period", o?.Plan.Period.ToString(), n?.Plan.Period.ToString()),
            cx.Field("plan.number", o?.Plan.Number, n?.Plan.Number),
            cx.Field("plan.date", o?.Plan.Date?.Date?.ToString(), n?.Plan.Date?.Date?.ToString()),
            cx.Lines("plan.preamble", o?.Plan.Preamble ?? [], n?.Plan.Preamble ?? []),
            cx.Field("plan.signer", Signer(o?.Plan.Signer), Signer(n?.Plan.Signer)),
            cx.Lines("plan.recipients", Recipients(o?.Plan.Recipients), Recipients(n?.Plan.Recipients)),
            cx.Field("decision.title", o?.Decision?.Title, n?.Decision?.Title),
            cx.Field("decision.number", o?.Decision?.Number, n?.Decision?.Number),
            cx.Field("decision.date", o?.Decision?.Date?.Date?.ToString(), n?.Decision?.Date?.Date?.ToString()),
            cx.Lines("decision.bases", o?.Decision?.Bases.Select(Cite).ToList() ?? [], n?.Decision?.Bases.Select(Cite).ToList() ?? []),
            cx.Field("decision.proposer", o?.Decision?.Proposer, n?.Decision?.Proposer),
            cx.Field("decision.executors", o?.Decision?.Executors, n?.Decision?.Executors),
            cx.Lines("decision.articles", Articles(o?.Decision), Articles(n?.Decision)),
            cx.Lines("decision.recipients", Recipients(o?.Decision?.Recipients), Recipients(n?.Decision?.Recipients)),
            cx.Field("decision.signer", Signer(o?.Decision?.Signer), Signer(n?.Decision?.Signer)),
            cx.Lines("appendices.title", o?.Appendices.Select(a => a.Title).ToList() ?? [], n?.Appendices.Select(a => a.Title).ToList() ?? []),
        };
        return fields;
    }

    public static List<AgencyChange> Agencies(DiffContext cx)
    {
        var olds = cx.OldPlan?.Agencies ?? [];
        var news = cx.NewPlan?.Agencies ?? [];
        var oldByCode = olds.GroupBy(a => a.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var result = new List<AgencyChange>();
        foreach (var n in news)
        {
            if (!oldByCode.Remove(n.Code, out var o))
            {
                result.Add(new AgencyChange(ChangeKind.Added, null, n, []));
                continue;
            }

            List<FieldChange> fields =
            [
                cx.Field("name", o.Name, n.Name),
                cx.Field("short", o.Short, n.Short),
                cx.Field("abbr", o.Abbr, n.Abbr),
                cx.Field("kind", o.Kind.ToString().ToLowerInvariant(), n.Kind.ToString().ToLowerInvariant()),
            ];
            result.Add(new AgencyChange(TaskComparer.Combine(fields), o, n, fields));
        }

        result.AddRange(olds.Where(o => oldByCode.ContainsKey(o.Code)).Select(o => new AgencyChange(ChangeKind.Removed, o, null, [])));
        return result;
    }

    private static string? Signer(Signer? s) =>
        s is null ? null : string.Join(" ", new[] { s.Tm is null ? null : "TM. " + s.Tm, s.Kt is null ? null : "KT. " + s.Kt, s.Title, s.Name }.OfType<string>());

    private static List<string> Recipients(IReadOnlyList<Recipient>? recipients) =>
        recipients?.Select(r => r.Note is null ? r.To : $"{r.To} ({r.Note})").ToList() ?? [];

    private static List<string> Articles(Decision? d) => d?.Articles?.Select(a => string.Join("\n", a.Paragraphs)).ToList() ?? [];

    /// <summary>A readable, not Decree-30-exact, citation: enough to see what changed in a legal basis.</summary>
    private static string Cite(LegalRef r)
    {
        if (r.Text is { } text)
        {
            return text;
        }

        var number = r.Number is null ? null
            : r.Symbol?.Contains('/', StringComparison.Ordinal) == true ? $"số {r.Number}-{r.Symbol}"
            : r.Year is not null ? $"số {r.Number}/{r.Year}/{r.Symbol}" : $"số {r.Number}/{r.Symbol}";
        var parts = new[] { r.Kind, number, r.Date?.Date is { } d ? "ngày " + d : null, r.Issuer is null ? null : "của " + r.Issuer, r.Title };
        var cite = string.Join(" ", parts.OfType<string>());
        return r.Also.Count == 0 ? cite : cite + "; " + string.Join("; ", r.Also.Select(Cite));
    }
}
