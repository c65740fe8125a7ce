using System.Reflection;
using System.Text.Json;
using Cchc.Model;

namespace Cchc.Cli.Output;

/// <summary>
/// SARIF 2.1.0 (written by hand: no SARIF SDK here). The driver carries cchc's version and every rule of
/// <see cref="DiagnosticCatalog"/>; locations are URI references relative to <c>%SRCROOT%</c> (the current
/// folder, given in <c>originalUriBaseIds</c>) or absolute <c>file:///</c> URIs.
/// </summary>
internal static class SarifLog
{
    /// <summary>Used when the build names no repository (RepositoryUrl): there is no public home to point to.</summary>
    private const string PlaceholderHome = "https://example.invalid/cchc";

    public static void Write(TextWriter w, IReadOnlyList<Diagnostic> diagnostics, string lang)
    {
        var rules = DiagnosticCatalog.All.Select(c => c.Code)
            .Concat(diagnostics.Select(d => d.Code).Distinct().Where(c => DiagnosticCatalog.Find(c) is null).Order(StringComparer.Ordinal))
            .ToList();
        var home = Home();
        w.Write(MachineDiagnostics.Build(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            WriteTool(writer, rules, home, lang);
            writer.WriteStartObject("originalUriBaseIds");
            writer.WriteStartObject(ArtifactUri.SourceRoot);
            writer.WriteString("uri", ArtifactUri.FolderUri(Environment.CurrentDirectory));
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartArray("results");
            foreach (var d in diagnostics)
            {
                WriteResult(writer, d, rules.IndexOf(d.Code), lang);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }));
        w.WriteLine();
    }

    private static void WriteTool(Utf8JsonWriter writer, List<string> rules, string home, string lang)
    {
        var version = Version();
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "cchc");
        writer.WriteString("version", version);
        writer.WriteString("semanticVersion", version);
        writer.WriteString("informationUri", home + "#readme");
        writer.WriteStartArray("rules");
        foreach (var r in rules)
        {
            var code = DiagnosticCatalog.Find(r);
            var error = code is null || code.Severity == Severity.Error;
            var summary = DiagnosticCatalog.Describe(r, lang);
            writer.WriteStartObject();
            writer.WriteString("id", r);
            writer.WriteStartObject("shortDescription");
            writer.WriteString("text", summary);
            writer.WriteEndObject();
            writer.WriteStartObject("fullDescription");
            writer.WriteString("text", $"{summary}. {Consequence(r, error, lang)}");
            writer.WriteEndObject();
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", error ? "error" : "warning");
            writer.WriteEndObject();
            writer.WriteString("helpUri", home + "#diagnostic-codes");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>What a finding of the code does to the run (README, "Exit codes").</summary>
    private static string Consequence(string code, bool error, string lang)
    {
        var family = !error ? 'W' : code.StartsWith("E2", StringComparison.Ordinal) ? '2' : code[0] == 'T' ? 'T' : 'E';
        return (family, lang == "en") switch
        {
            ('2', false) => "Lỗi sử dụng hoặc đọc ghi: cchc dừng với mã thoát 2.",
            ('2', true) => "A usage or I/O error: cchc exits with code 2.",
            ('T', false) => "Lỗi mẫu văn bản (templates/): cchc build không ghi văn bản.",
            ('T', true) => "A template error (templates/): cchc build writes no document.",
            ('W', false) => "Cảnh báo: chỉ làm cchc thất bại khi có --strict.",
            ('W', true) => "A warning: it fails cchc only with --strict.",
            (_, false) => "Lỗi: cchc validate và cchc build thất bại với mã thoát 1.",
            (_, true) => "An error: cchc validate and cchc build fail with exit code 1.",
        };
    }

    private static void WriteResult(Utf8JsonWriter writer, Diagnostic d, int ruleIndex, string lang)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", d.Code);
        writer.WriteNumber("ruleIndex", ruleIndex);
        writer.WriteString("level", d.IsError ? "error" : "warning");
        writer.WriteStartObject("message");
        writer.WriteString("text", (d.Span.Place is { } shown ? $"({shown}) " : "") + d.Message.In(lang));
        writer.WriteEndObject();
        if (d.Span.File.Length > 0)
        {
            var (uri, baseId) = ArtifactUri.Of(d.Span.File);
            writer.WriteStartArray("locations");
            writer.WriteStartObject();
            writer.WriteStartObject("physicalLocation");
            writer.WriteStartObject("artifactLocation");
            writer.WriteString("uri", uri);
            if (baseId is not null)
            {
                writer.WriteString("uriBaseId", baseId);
            }

            writer.WriteEndObject();
            if (d.Span.IsKnown)
            {
                writer.WriteStartObject("region");
                writer.WriteNumber("startLine", d.Span.Line);
                writer.WriteNumber("startColumn", Math.Max(d.Span.Column, 1));
                writer.WriteNumber("endLine", Math.Max(d.Span.EndLine, d.Span.Line));
                writer.WriteNumber("endColumn", Math.Max(d.Span.EndColumn, Math.Max(d.Span.Column, 1)));
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            if (d.Span.Place is { } place)
            {
                // A Word file has no lines: the paragraph or table cell is a logical location of the document.
                writer.WriteStartArray("logicalLocations");
                writer.WriteStartObject();
                writer.WriteString("name", place);
                writer.WriteString("kind", "element");
                writer.WriteEndObject();
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static string Version() =>
        typeof(SarifLog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The project's home: the RepositoryUrl the SDK records in the assembly, else a placeholder.</summary>
    private static string Home() =>
        typeof(SarifLog).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryUrl" && !string.IsNullOrWhiteSpace(a.Value))?.Value?.TrimEnd('/')
        ?? PlaceholderHome;
}
