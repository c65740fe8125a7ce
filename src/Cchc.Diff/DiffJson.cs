using System.Text.Encodings.Web;
using System.Text.Json;
using Cchc.Model;

namespace Cchc.Diff;

/// <summary>
/// The change set as JSON, schema "cchc-diff/1" (docs/diff-json.md). Written with <see cref="Utf8JsonWriter"/>:
/// no reflection, so the CLI stays Native-AOT clean. Items that did not change are counted, not listed.
/// </summary>
public static class DiffJson
{
    public const string Schema = "cchc-diff/1";

    public static void Write(Stream stream, PlanDiff d)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        Side(w, "old", d.Old);
        Side(w, "new", d.New);
        w.WriteNumber("yearShift", d.YearShift);
        w.WriteBoolean("hasDifferences", d.HasDifferences);
        Summary(w, d.Summary);

        w.WriteStartArray("document");
        foreach (var f in d.Document.Where(f => f.Kind != ChangeKind.Unchanged))
        {
            Field(w, f);
        }

        w.WriteEndArray();
        Items(w, "agencies", d.Agencies.Where(a => a.Kind != ChangeKind.Unchanged), a =>
        {
            w.WriteString("code", a.Code);
            w.WriteString("change", Name(a.Kind));
            Fields(w, a.Fields);
        });
        Items(w, "indicators", d.Indicators.Where(i => i.Kind != ChangeKind.Unchanged || i.Moved || i.ProbablyRenamed || i.SuspectedReuse), i =>
        {
            w.WriteString("id", i.Id);
            w.WriteString("oldId", i.Old?.Id);
            w.WriteString("change", Name(i.Kind));
            Flags(w, i.Moved, i.ProbablyRenamed, i.SuspectedReuse, i.Similarity);
            Where(w, "oldAt", i.Old?.Spans.Node);
            Where(w, "newAt", i.New?.Spans.Node);
            if (i.Kind is ChangeKind.Added or ChangeKind.Removed)
            {
                w.WriteString("text", (i.New ?? i.Old)!.Text);
            }

            Fields(w, i.Fields);
        });
        Items(w, "taskGroups", d.TaskGroups.Where(g => g.Kind != ChangeKind.Unchanged || g.Moved), g =>
        {
            w.WriteString("area", g.Area);
            w.WriteString("change", Name(g.Kind));
            w.WriteBoolean("moved", g.Moved);
            Fields(w, g.Fields);
        });
        Items(w, "tasks", d.Tasks.Where(t => t.Kind != ChangeKind.Unchanged || t.Moved || t.ProbablyRenamed || t.SuspectedReuse), t =>
        {
            w.WriteString("id", t.Id);
            w.WriteString("oldId", t.Old?.Id);
            w.WriteString("change", Name(t.Kind));
            w.WriteString("oldArea", t.OldArea);
            w.WriteString("newArea", t.NewArea);
            w.WriteNumber("oldRow", t.OldRow);
            w.WriteNumber("newRow", t.NewRow);
            Flags(w, t.Moved, t.ProbablyRenamed, t.SuspectedReuse, t.Similarity);
            Where(w, "oldAt", t.Old?.Spans.Node);
            Where(w, "newAt", t.New?.Spans.Node);
            if (t.Kind is ChangeKind.Added or ChangeKind.Removed)
            {
                w.WriteString("content", (t.New ?? t.Old)!.Content);
            }

            Fields(w, t.Fields);
        });
        Items(w, "sections", d.Sections.Where(s => s.Kind != ChangeKind.Unchanged || s.Moved), s =>
        {
            w.WriteString("change", Name(s.Kind));
            w.WriteString("oldPath", s.OldPath);
            w.WriteString("newPath", s.NewPath);
            w.WriteBoolean("moved", s.Moved);
            w.WriteBoolean("reordered", s.Reordered);
            Where(w, "oldAt", s.Old?.Spans.Node);
            Where(w, "newAt", s.New?.Spans.Node);
            Fields(w, s.Fields);
        });
        Items(w, "paragraphs", d.Paragraphs.Where(p => p.Kind != ChangeKind.Unchanged || p.Moved), p =>
        {
            w.WriteString("change", Name(p.Kind));
            w.WriteString("oldSection", p.OldPath);
            w.WriteString("newSection", p.NewPath);
            w.WriteBoolean("moved", p.Moved);
            w.WriteBoolean("reordered", p.Reordered);
            w.WriteNumber("similarity", Math.Round(p.Similarity, 3));
            Where(w, "oldAt", p.Old?.Span);
            Where(w, "newAt", p.New?.Span);
            Edits(w, p.Text);
        });
        w.WriteEndObject();
    }

    private static void Side(Utf8JsonWriter w, string name, DiffSide side)
    {
        if (side.Path.Length == 0)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("path", side.Path);
        w.WriteString("period", side.Period);
        w.WriteEndObject();
    }

    private static void Summary(Utf8JsonWriter w, DiffSummary s)
    {
        w.WriteStartObject("summary");
        w.WriteString("text", s.Text);
        Counts(w, "tasks", s.Tasks);
        w.WriteStartObject("taskFields");
        w.WriteNumber("content", s.TaskFields.Content);
        w.WriteNumber("lead", s.TaskFields.Lead);
        w.WriteNumber("co", s.TaskFields.Co);
        w.WriteNumber("deadline", s.TaskFields.Deadline);
        w.WriteNumber("products", s.TaskFields.Products);
        w.WriteEndObject();
        Counts(w, "indicators", s.Indicators);
        Counts(w, "sections", s.Sections);
        Counts(w, "paragraphs", s.Paragraphs);
        Counts(w, "taskGroups", s.Groups);
        Counts(w, "agencies", s.Agencies);
        Counts(w, "document", s.Document);
        w.WriteEndObject();
    }

    private static void Counts(Utf8JsonWriter w, string name, ItemCounts c)
    {
        w.WriteStartObject(name);
        w.WriteNumber("added", c.Added);
        w.WriteNumber("removed", c.Removed);
        w.WriteNumber("modified", c.Modified);
        w.WriteNumber("shifted", c.Shifted);
        w.WriteNumber("unchanged", c.Unchanged);
        w.WriteNumber("moved", c.Moved);
        w.WriteNumber("probablyRenamed", c.Renamed);
        w.WriteNumber("suspectedReuse", c.SuspectedReuse);
        w.WriteEndObject();
    }

    private static void Items<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<T> body)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            body(item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Flags(Utf8JsonWriter w, bool moved, bool renamed, bool reused, double similarity)
    {
        w.WriteBoolean("moved", moved);
        w.WriteBoolean("probablyRenamed", renamed);
        w.WriteBoolean("suspectedReuse", reused);
        w.WriteNumber("similarity", Math.Round(similarity, 3));
    }

    private static void Where(Utf8JsonWriter w, string name, SourceSpan? span)
    {
        if (span is not { IsKnown: true } s)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("line", s.Line);
        w.WriteNumber("column", s.Column);
        w.WriteEndObject();
    }

    private static void Fields(Utf8JsonWriter w, IEnumerable<FieldChange> fields)
    {
        w.WriteStartArray("fields");
        foreach (var f in fields.Where(f => f.Kind != ChangeKind.Unchanged))
        {
            Field(w, f);
        }

        w.WriteEndArray();
    }

    private static void Field(Utf8JsonWriter w, FieldChange f)
    {
        w.WriteStartObject();
        w.WriteString("field", f.Field);
        w.WriteString("change", Name(f.Kind));
        if (f.Note is not null)
        {
            w.WriteString("note", f.Note);
        }

        if (f.Text is { } text)
        {
            Edits(w, text);
        }

        if (f.Lines is { } lines)
        {
            w.WriteStartArray("lines");
            foreach (var l in lines.Where(l => l.Kind != ChangeKind.Unchanged || l.Moved))
            {
                w.WriteStartObject();
                w.WriteString("change", Name(l.Kind));
                w.WriteNumber("oldIndex", l.OldIndex);
                w.WriteNumber("newIndex", l.NewIndex);
                w.WriteBoolean("moved", l.Moved);
                Edits(w, l.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void Edits(Utf8JsonWriter w, TextDiff text)
    {
        w.WriteString("old", text.Old);
        w.WriteString("new", text.New);
        w.WriteStartArray("edits");
        foreach (var e in text.Edits)
        {
            w.WriteStartObject();
            w.WriteString("op", e.Op switch { EditOp.Equal => "equal", EditOp.Delete => "delete", EditOp.Insert => "insert", _ => "shifted" });
            if (e.Op == EditOp.Shifted)
            {
                w.WriteString("old", e.Old);
                w.WriteString("new", e.New);
            }
            else
            {
                w.WriteString("text", e.Op == EditOp.Delete ? e.Old : e.New);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string Name(ChangeKind kind) => kind switch
    {
        ChangeKind.Unchanged => "unchanged",
        ChangeKind.Shifted => "shifted",
        ChangeKind.Modified => "modified",
        ChangeKind.Added => "added",
        _ => "removed",
    };
}
