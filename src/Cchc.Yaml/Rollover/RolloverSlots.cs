using Cchc.Model;

namespace Cchc.Yaml.Rollover;

internal enum SlotKind
{
    Period,
    Title,
    Number,
    Date,
    Deadline,
}

/// <summary>A value that year rollover may edit, with where it stands and what it holds now (null: absent or null).</summary>
internal sealed record Slot(LocalizedText What, SlotKind Kind, SourceSpan Span, string? Value, Deadline? Deadline = null);

/// <summary>
/// Every value of a plan that year rollover looks at, always in the same order, so that the slots of the
/// edited file can be checked one by one against what was meant.
/// </summary>
internal static class RolloverSlots
{
    public static List<Slot> Of(Package p)
    {
        var slots = new List<Slot>
        {
            new(Key("plan.period"), SlotKind.Period, p.Plan.Spans.Of("period"), p.Plan.Period.ToString()),
            new(Key("plan.title"), SlotKind.Title, p.Plan.Spans.Of("title"), p.Plan.Title),
            Number(Key("plan.number"), p.Plan.Spans, p.Plan.Number),
            Date(Key("plan.date"), p.Plan.Spans, p.Plan.Date),
        };
        if (p.Decision is { } d)
        {
            slots.Add(new Slot(Key("decision.title"), SlotKind.Title, d.Spans.Of("title"), d.Title));
            slots.Add(Number(Key("decision.number"), d.Spans, d.Number));
            slots.Add(Date(Key("decision.date"), d.Spans, d.Date));
        }

        for (var i = 0; i < p.Appendices.Count; i++)
        {
            slots.Add(new Slot(Key($"appendices[{i + 1}].title"), SlotKind.Title, p.Appendices[i].Spans.Of("title"), p.Appendices[i].Title));
        }

        foreach (var entry in IndicatorEntries(p.Plan.Body))
        {
            if (entry is IndicatorGroup { Period: { } gp } group)
            {
                slots.Add(new Slot(new LocalizedText($"giai đoạn của nhóm chỉ tiêu \"{group.Group}\"", $"period of the indicator group \"{group.Group}\""), SlotKind.Period, group.Spans.Of("period"), gp.ToString()));
            }
            else if (entry is Indicator { Deadline: { } dl } indicator)
            {
                slots.Add(new Slot(new LocalizedText($"thời hạn chỉ tiêu {indicator.Id ?? Excerpt(indicator.Text)}", $"deadline of indicator {indicator.Id ?? Excerpt(indicator.Text)}"), SlotKind.Deadline, dl.Span, dl.Text, dl));
            }
        }

        foreach (var task in p.Appendices.OfType<TaskAppendix>().SelectMany(a => a.Groups).SelectMany(g => g.Tasks))
        {
            slots.Add(new Slot(new LocalizedText($"thời hạn nhiệm vụ {task.Id}", $"deadline of task {task.Id}"), SlotKind.Deadline, task.Deadline.Span, task.Deadline.Text, task.Deadline));
        }

        return slots;
    }

    /// <summary>Indicators and indicator groups of the body in document order, each group before its indicators.</summary>
    public static IEnumerable<IndicatorEntry> IndicatorEntries(IEnumerable<Node> nodes)
    {
        foreach (var block in nodes.SelectMany(n => n.Content))
        {
            var entries = block switch
            {
                NodeBlock nb => IndicatorEntries([nb.Node]),
                IndicatorListBlock il => il.Entries.SelectMany(e => e is IndicatorGroup g ? g.Indicators.Prepend<IndicatorEntry>(g) : [e]),
                _ => [],
            };
            foreach (var e in entries)
            {
                yield return e;
            }
        }
    }

    /// <summary>A key path such as plan.title: the same words in every language.</summary>
    private static LocalizedText Key(string path) => new(path, path);

    public static string Excerpt(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static Slot Number(LocalizedText what, SpanMap spans, string? number) =>
        new(what, SlotKind.Number, spans.Has("number") ? spans.Of("number") : SourceSpan.None(""), number);

    private static Slot Date(LocalizedText what, SpanMap spans, DateValue? date) =>
        new(what, SlotKind.Date, spans.Has("date") ? spans.Of("date") : SourceSpan.None(""), date?.Date?.ToString());
}
