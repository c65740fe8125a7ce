using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Cchc.Tests.Support;

/// <summary>A JSON Schema checked with JsonSchema.Net, formats ("uri", "uri-reference", …) included.</summary>
public sealed class SchemaCheck
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
    private readonly JsonSchema _schema;

    public SchemaCheck(string schemaText, string name)
    {
        // Each schema in its own registry: the SARIF and plan schemas have no $id and must not collide.
        _schema = JsonSchema.FromText(schemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri($"https://cchc.test/{name}"));
    }

    public static SchemaCheck Sarif { get; } = new(
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Cchc.Tests", "Schema", "sarif", "sarif-2.1.0.json")), "sarif-2.1.0.json");

    /// <summary>Every failure, as "instance location: keyword: message"; empty when the value is valid.</summary>
    public List<string> Validate(JsonNode? value) => Validate(value?.ToJsonString() ?? "null");

    public List<string> Validate(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var results = _schema.Evaluate(doc.RootElement, Options);
        if (results.IsValid)
        {
            return [];
        }

        var errors = (results.Details ?? []).Prepend(results)
            .SelectMany(d => (d.Errors ?? new Dictionary<string, string>()).Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .Distinct()
            .ToList();
        return errors.Count > 0 ? errors : ["invalid (no detail)"];
    }
}
