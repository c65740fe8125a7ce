using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Cchc.Status;

/// <summary><c>cchc status --format json</c>: the summary as documented in docs/status-format.md.</summary>
public static class StatusJson
{
    public static string Write(StatusSummary s)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("plan", s.PlanPath);
            w.WriteString("status", s.StatusPath);
            w.WriteString("period", s.Period.ToString());
            w.WriteString("asOf", Dates.Iso(s.AsOf));
            w.WritePropertyName("counts");
            Counts(w, s.Counts);
            w.WriteStartObject("completion");
            w.WriteNumber("done", s.Completion.Done);
            w.WriteNumber("counted", s.Completion.Counted);
            if (s.Completion.Percent is { } p)
            {
                w.WriteNumber("percent", p);
            }
            else
            {
                w.WriteNull("percent");
            }

            w.WriteStartArray("tasks");
            foreach (var c in s.Completion.Tasks)
            {
                w.WriteStartObject();
                w.WriteString("id", c.Task.Id);
                w.WriteString("reason", c.Reason switch { CountedReason.Due => "due", CountedReason.DoneEarly => "doneEarly", _ => "doneNoDeadline" });
                w.WriteBoolean("done", c.Task.Status == TaskStatus.Done);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            Groups(w, "byArea", s.ByArea);
            Groups(w, "byAgency", s.ByAgency);
            Groups(w, "byQuarter", s.ByQuarter);
            w.WriteStartArray("overdue");
            foreach (var t in s.Overdue)
            {
                Task(w, t);
            }

            w.WriteEndArray();
            w.WriteStartArray("tasks");
            foreach (var t in s.Tasks)
            {
                Task(w, t);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Counts(Utf8JsonWriter w, StatusCounts c)
    {
        w.WriteStartObject();
        w.WriteNumber("total", c.Total);
        w.WriteNumber("done", c.Done);
        foreach (var k in TaskClassWords.All)
        {
            w.WriteNumber(TaskClassWords.Key(k), c.Of(k));
        }

        w.WriteStartObject("percent");
        foreach (var k in TaskClassWords.All)
        {
            w.WriteNumber(TaskClassWords.Key(k), c.Percent(k));
        }

        w.WriteEndObject();
        w.WriteStartObject("byStatus");
        foreach (var st in StatusWords.All)
        {
            w.WriteNumber(StatusWords.Key(st), c.OfStatus(st));
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Groups(Utf8JsonWriter w, string name, IReadOnlyList<StatusGroup> groups)
    {
        w.WriteStartArray(name);
        foreach (var g in groups)
        {
            w.WriteStartObject();
            w.WriteString("key", g.Key);
            w.WriteString("label", g.Label);
            w.WritePropertyName("counts");
            Counts(w, g.Counts);
            w.WriteStartArray("tasks");
            foreach (var t in g.Tasks)
            {
                w.WriteStringValue(t.Id);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Task(Utf8JsonWriter w, TaskState t)
    {
        w.WriteStartObject();
        w.WriteString("id", t.Id);
        w.WriteString("area", t.Area);
        w.WriteString("lead", t.Lead);
        w.WriteString("deadline", t.Task.Deadline.Text);
        OptionalDate(w, "due", t.Due);
        w.WriteString("status", StatusWords.Key(t.Status));
        w.WriteString("class", TaskClassWords.Key(t.Class));
        OptionalDate(w, "entryDate", t.Entry?.Date);
        OptionalDate(w, "completed", t.Entry?.Completed);
        OptionalString(w, "result", t.Entry?.Result);
        w.WriteStartArray("products");
        foreach (var p in t.Entry?.Products ?? [])
        {
            w.WriteStringValue(p);
        }

        w.WriteEndArray();
        OptionalString(w, "note", t.Note);
        w.WriteEndObject();
    }

    private static void OptionalDate(Utf8JsonWriter w, string name, DateOnly? d)
    {
        if (d is { } v)
        {
            w.WriteString(name, Dates.Iso(v));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void OptionalString(Utf8JsonWriter w, string name, string? s)
    {
        if (s is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, s);
        }
    }
}
