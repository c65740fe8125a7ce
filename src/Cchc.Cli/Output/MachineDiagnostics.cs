using System.Text;
using System.Text.Json;
using Cchc.Model;

namespace Cchc.Cli.Output;

/// <summary>Diagnostics for machines: JSON, GitHub workflow annotations, SARIF 2.1.0 (<see cref="SarifLog"/>).</summary>
internal static class MachineDiagnostics
{
    /// <summary>Writes <paramref name="diagnostics"/> in a machine format; false for the human one, left to the command.</summary>
    public static bool TryWrite(TextWriter w, IReadOnlyList<Diagnostic> diagnostics, DiagnosticFormat format, string lang)
    {
        switch (format)
        {
            case DiagnosticFormat.Json:
                Json(w, diagnostics, lang);
                return true;
            case DiagnosticFormat.Github:
                Github(w, diagnostics, lang);
                return true;
            case DiagnosticFormat.Sarif:
                Sarif(w, diagnostics, lang);
                return true;
            default:
                return false;
        }
    }

    public static void Json(TextWriter w, IReadOnlyList<Diagnostic> diagnostics, string lang)
    {
        w.Write(Build(writer =>
        {
            writer.WriteStartArray();
            foreach (var d in diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("file", d.Span.File);
                if (d.Span.Place is { } place)
                {
                    writer.WriteString("place", place);
                }

                writer.WriteNumber("line", d.Span.Line);
                writer.WriteNumber("column", d.Span.Column);
                writer.WriteNumber("endLine", d.Span.EndLine);
                writer.WriteNumber("endColumn", d.Span.EndColumn);
                writer.WriteString("code", d.Code);
                writer.WriteString("severity", d.IsError ? "error" : "warning");
                writer.WriteString("message", d.Message.In(lang));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }));
        w.WriteLine();
    }

    public static void Github(TextWriter w, IReadOnlyList<Diagnostic> diagnostics, string lang)
    {
        foreach (var d in diagnostics)
        {
            var props = $"file={Escape(d.Span.File, true)}";
            if (d.Span.IsKnown)
            {
                props += $",line={d.Span.Line},col={d.Span.Column},endLine={d.Span.EndLine},endColumn={d.Span.EndColumn}";
            }

            props += $",title={Escape(d.Code, true)}";
            // An annotation has no field for a place without lines: it leads the message ("(¶12) …").
            var place = d.Span.Place is { } p ? $"({p}) " : "";
            w.WriteLine($"::{(d.IsError ? "error" : "warning")} {props}::{Escape($"{d.Code}: {place}{d.Message.In(lang)}", false)}");
        }
    }

    internal static string Escape(string s, bool property)
    {
        var e = s.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
        return property ? e.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal) : e;
    }

    public static void Sarif(TextWriter w, IReadOnlyList<Diagnostic> diagnostics, string lang) => SarifLog.Write(w, diagnostics, lang);

    internal static string Build(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
