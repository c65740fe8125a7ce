using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Cchc.Tests.Support;

/// <summary>
/// Checks a JSON value against the subset of JSON Schema 2020-12 that cchc's schema uses (type, enum,
/// pattern, properties, required, additionalProperties, items, anyOf, $ref, propertyNames). No schema
/// library is served here, and this subset is small enough to get right.
/// </summary>
public sealed class MiniJsonSchema(JsonObject root)
{
    public List<string> Validate(JsonNode? value)
    {
        var errors = new List<string>();
        Check(root, value, "$", errors);
        return errors;
    }

    private void Check(JsonObject schema, JsonNode? value, string path, List<string> errors)
    {
        if (schema["$ref"] is JsonValue r)
        {
            var name = r.GetValue<string>().Split('/')[^1];
            Check(root["$defs"]![name]!.AsObject(), value, path, errors);
        }

        if (schema["anyOf"] is JsonArray any)
        {
            if (!any.Any(alt => { var e = new List<string>(); Check(alt!.AsObject(), value, path, e); return e.Count == 0; }))
            {
                errors.Add($"{path}: matches none of the alternatives");
            }
        }

        if (schema["type"] is { } type)
        {
            var allowed = type is JsonArray a ? a.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            if (!allowed.Any(t => IsType(value, t)))
            {
                errors.Add($"{path}: expected {string.Join("|", allowed)}");
                return;
            }
        }

        if (schema["enum"] is JsonArray values && !values.Any(v => JsonNode.DeepEquals(v, value)))
        {
            errors.Add($"{path}: not one of the allowed values");
        }

        if (schema["pattern"] is JsonValue pattern && value is JsonValue sv && sv.TryGetValue<string>(out var s)
            && !Regex.IsMatch(s, pattern.GetValue<string>()))
        {
            errors.Add($"{path}: \"{s}\" does not match {pattern}");
        }

        if (value is JsonObject obj)
        {
            var props = schema["properties"] as JsonObject;
            foreach (var req in (schema["required"] as JsonArray ?? []).Select(x => x!.GetValue<string>()))
            {
                if (!obj.ContainsKey(req))
                {
                    errors.Add($"{path}: missing {req}");
                }
            }

            foreach (var (key, child) in obj)
            {
                if (schema["propertyNames"] is JsonObject names)
                {
                    Check(names, JsonValue.Create(key), $"{path}.{key}(name)", errors);
                }

                if (props?[key] is JsonObject ps)
                {
                    Check(ps, child, $"{path}.{key}", errors);
                }
                else if (schema["additionalProperties"] is JsonObject additional)
                {
                    Check(additional, child, $"{path}.{key}", errors);
                }
                else if (schema["additionalProperties"] is JsonValue ap && !ap.GetValue<bool>())
                {
                    errors.Add($"{path}: unknown key {key}");
                }
            }
        }

        if (value is JsonArray arr && schema["items"] is JsonObject items)
        {
            for (var i = 0; i < arr.Count; i++)
            {
                Check(items, arr[i], $"{path}[{i}]", errors);
            }
        }
    }

    private static bool IsType(JsonNode? v, string t) => t switch
    {
        "null" => v is null,
        "object" => v is JsonObject,
        "array" => v is JsonArray,
        "string" => v is JsonValue x && x.TryGetValue<string>(out _),
        "boolean" => v is JsonValue b && b.TryGetValue<bool>(out _),
        "integer" => v is JsonValue i && (i.TryGetValue<long>(out _) || (i.TryGetValue<double>(out var d) && d == Math.Floor(d))),
        "number" => v is JsonValue n && (n.TryGetValue<double>(out _) || n.TryGetValue<long>(out _)),
        _ => false,
    };
}
