using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Cchc.Yaml;

/// <summary>Writes the JSON Schema (draft 2020-12) of the plan format from <see cref="Schema"/>.</summary>
public static class JsonSchemaWriter
{
    public static string Write()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            w.WriteString("title", "Kế hoạch cải cách hành chính (cchc, định dạng 1)");
            WriteShapeBody(w, Schema.Root);
            w.WriteStartObject("$defs");
            foreach (var shape in Schema.All.Skip(1))
            {
                w.WriteStartObject(shape.Name);
                WriteShapeBody(w, shape);
                w.WriteEndObject();
            }

            w.WriteStartObject("Block");
            w.WriteString("description", "Một khối nội dung: đoạn văn, danh sách, danh sách chỉ tiêu hoặc mục con.");
            AnyOf(w, () => Type(w, "string"), () => Ref(w, "ListBlock"), () => Ref(w, "IndicatorBlock"), () => Ref(w, "Node"));
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteShapeBody(Utf8JsonWriter w, Shape shape)
    {
        w.WriteString("description", shape.Description);
        w.WriteString("type", "object");
        w.WriteStartObject("properties");
        foreach (var key in shape.Keys)
        {
            w.WriteStartObject(key.Name);
            w.WriteString("description", key.Description);
            WriteType(w, key);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        var required = shape.Keys.Where(k => k.Required).ToList();
        if (required.Count > 0)
        {
            w.WriteStartArray("required");
            foreach (var k in required)
            {
                w.WriteStringValue(k.Name);
            }

            w.WriteEndArray();
        }

        if (shape == Schema.Node)
        {
            AnyOf(w, () => Required(w, "title"), () => Required(w, "area"));
        }

        w.WriteBoolean("additionalProperties", false);
    }

    private static void WriteType(Utf8JsonWriter w, KeySpec key)
    {
        switch (key.Type)
        {
            case VT.String:
                Types(w, "string", "number");
                break;
            case VT.NullableString:
                Types(w, "string", "number", "null");
                break;
            case VT.Integer:
                Type(w, "integer");
                break;
            case VT.Number:
                Type(w, "number");
                break;
            case VT.Boolean:
                Type(w, "boolean");
                break;
            case VT.PartialDate:
                Types(w, "string", "integer", "null");
                w.WriteString("pattern", @"^\d{4}(-\d{1,2}(-\d{1,2})?)?$");
                break;
            case VT.Period:
                Types(w, "string", "integer");
                w.WriteString("pattern", @"^\d{4}(-\d{4})?$");
                break;
            case VT.Code:
                Type(w, "string");
                w.WriteString("pattern", "^[a-z][a-z0-9_]*$");
                break;
            case VT.Id:
                Type(w, "string");
                w.WriteString("pattern", "^[a-z0-9][a-z0-9._-]{0,63}$");
                break;
            case VT.AgencyExpr:
                AnyOf(w, () => Type(w, "string"), () => ArrayOf(w, () => Type(w, "string")));
                break;
            case VT.Deadline:
                AnyOf(w, () => Type(w, "string"), () => Ref(w, "DeadlineText"));
                break;
            case VT.StringList:
                ArrayOf(w, () => Types(w, "string", "number"));
                break;
            case VT.StringOrStringList:
                AnyOf(w, () => Type(w, "string"), () => ArrayOf(w, () => Type(w, "string")));
                break;
            case VT.Object:
                Ref(w, key.Shape!);
                break;
            case VT.ObjectList:
                ArrayOf(w, () => Ref(w, key.Shape!));
                break;
            case VT.CodeMap:
                Types(w, "object", "null");
                if (key.Name == "areas")
                {
                    w.WriteStartObject("propertyNames");
                    Enum(w, Schema.AreaKeys);
                    w.WriteEndObject();
                }

                w.WriteStartObject("additionalProperties");
                Ref(w, key.Shape!);
                w.WriteEndObject();
                break;
            case VT.Enum:
                Enum(w, key.Values!);
                break;
            case VT.Blocks:
                ArrayOf(w, () => Ref(w, "Block"));
                break;
            case VT.Items:
                ArrayOf(w, () => AnyOf(w, () => Type(w, "string"), () => Ref(w, "Item")));
                break;
            case VT.IndicatorEntries:
                ArrayOf(w, () => AnyOf(w, () => Type(w, "string"), () => Ref(w, "Indicator"), () => Ref(w, "IndicatorGroup")));
                break;
            case VT.Articles:
                ArrayOf(w, () => AnyOf(w, () => Type(w, "string"), () => ArrayOf(w, () => Type(w, "string"))));
                break;
            case VT.Recipients:
                ArrayOf(w, () => AnyOf(w, () => Type(w, "string"), () => Ref(w, "Recipient")));
                break;
        }
    }

    private static void Type(Utf8JsonWriter w, string type) => w.WriteString("type", type);

    private static void Types(Utf8JsonWriter w, params string[] types)
    {
        w.WriteStartArray("type");
        foreach (var t in types)
        {
            w.WriteStringValue(t);
        }

        w.WriteEndArray();
    }

    private static void Enum(Utf8JsonWriter w, string[] values)
    {
        w.WriteStartArray("enum");
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void Ref(Utf8JsonWriter w, string shape) => w.WriteString("$ref", $"#/$defs/{shape}");

    private static void Required(Utf8JsonWriter w, string key)
    {
        w.WriteStartArray("required");
        w.WriteStringValue(key);
        w.WriteEndArray();
    }

    private static void ArrayOf(Utf8JsonWriter w, Action items)
    {
        Type(w, "array");
        w.WriteStartObject("items");
        items();
        w.WriteEndObject();
    }

    private static void AnyOf(Utf8JsonWriter w, params Action[] alternatives)
    {
        w.WriteStartArray("anyOf");
        foreach (var a in alternatives)
        {
            w.WriteStartObject();
            a();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
