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
            w.WriteString("title", Schema.Titles["Block"]);
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
        if (shape != Schema.Root)
        {
            w.WriteString("title", shape.Title);
        }

        w.WriteString("description", shape.Description);
        // The YAML language server has no Vietnamese messages of its own: this one replaces its English
        // "Missing property" / "Property … is not allowed" for the mapping, and names what the mapping takes.
        w.WriteString("errorMessage", KeysMessage(shape));
        w.WriteString("type", "object");
        w.WriteStartObject("properties");
        foreach (var key in shape.Keys)
        {
            w.WriteStartObject(key.Name);
            w.WriteString("title", key.DisplayTitle);
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
            // cchc reads every scalar of a text key as its text, so a number (or true/false) is text too.
            case VT.String:
                Types(w, "string", "number", "boolean");
                Message(w, "Phải là một chuỗi văn bản, không phải danh sách hay bảng khóa–giá trị.");
                break;
            case VT.NullableString:
                Types(w, "string", "number", "boolean", "null");
                Message(w, "Phải là một chuỗi văn bản hoặc null.");
                break;
            case VT.Integer:
                Type(w, "integer");
                Message(w, "Phải là một số nguyên.");
                break;
            case VT.Number:
                Type(w, "number");
                Message(w, "Phải là một số (dùng dấu chấm thập phân, ví dụ 99.5).");
                break;
            case VT.Boolean:
                Type(w, "boolean");
                Message(w, "Phải là true hoặc false.");
                break;
            case VT.PartialDate:
                Types(w, "string", "integer", "null");
                w.WriteString("pattern", JsonSchemaPatterns.PartialDate);
                YearBounds(w);
                Message(w, DateMessage);
                w.WriteString("patternErrorMessage", DateMessage);
                Examples(w, "2026-01-12", "2026-01", "2026");
                Snippets(w, ("Ngày đầy đủ", "\"${1:2026}-${2:01}-${3:12}\""), ("Chỉ có tháng", "\"${1:2026}-${2:01}\""), ("Chưa có ngày", "null"));
                break;
            case VT.Period:
                Types(w, "string", "integer");
                w.WriteString("pattern", JsonSchemaPatterns.Period);
                YearBounds(w);
                Message(w, PeriodMessage);
                w.WriteString("patternErrorMessage", PeriodMessage);
                Examples(w, "2026", "2026-2030");
                break;
            case VT.Code:
                Type(w, "string");
                w.WriteString("pattern", "^[a-z][a-z0-9_]*$");
                Message(w, "Mã viết bằng chữ thường không dấu, chữ số và dấu _, bắt đầu bằng một chữ (ví dụ vhxh, cac_phong).");
                w.WriteString("patternErrorMessage", "Mã viết bằng chữ thường không dấu, chữ số và dấu _, bắt đầu bằng một chữ (ví dụ vhxh, cac_phong).");
                break;
            case VT.Id:
                Type(w, "string");
                w.WriteString("pattern", "^[a-z0-9][a-z0-9._-]{0,63}$");
                Message(w, IdMessage);
                w.WriteString("patternErrorMessage", IdMessage);
                break;
            case VT.AgencyExpr:
                AnyOf(w, () => Type(w, "string"), () => ArrayOf(w, () => Type(w, "string")));
                break;
            case VT.Deadline:
                AnyOf(w, () =>
                {
                    Type(w, "string");
                    w.WriteString("pattern", JsonSchemaPatterns.Deadline);
                    w.WriteString("patternErrorMessage", DeadlineMessage);
                    Message(w, DeadlineMessage);
                }, () => Ref(w, "DeadlineText"));
                Examples(w, DeadlineExamples);
                Snippets(w, DeadlineExamples.Select(e => (e, $"\"{e}\"")).Append(("Thời hạn ghi tự do (W111)", "{text: \"${1}\"}")).ToArray());
                break;
            case VT.StringList:
                ArrayOf(w, () => Types(w, "string", "number"));
                break;
            case VT.StringOrStringList:
                AnyOf(w, () => Types(w, "string", "number", "boolean"), () => ArrayOf(w, () => Types(w, "string", "number", "boolean")));
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
                Message(w, $"Chỉ nhận một trong các giá trị: {string.Join(", ", key.Values!)}.");
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

    private const string DateMessage = "Ngày viết \"YYYY-MM-DD\", \"YYYY-MM\" hoặc \"YYYY\" (năm 1900–2200), là ngày có thật: tháng 1–12, ngày có trong tháng đó (ví dụ \"2026-01-12\"); null khi chưa có ngày.";
    private const string PeriodMessage = "Thời kỳ viết \"YYYY\" hoặc \"YYYY-YYYY\" (năm 1900–2200), ví dụ \"2026\" hoặc \"2026-2030\".";
    private const string IdMessage = "Mã định danh: chữ thường không dấu, chữ số và . _ -, bắt đầu bằng chữ hoặc số, tối đa 64 ký tự (ví dụ tthc-mot-cua).";
    private const string DeadlineMessage = "Không hiểu thời hạn. Viết theo mẫu: \"Thường xuyên\", \"Cả năm 2026\", \"Quý I/2026\", \"Quý III, IV/2026\", \"Tháng 11/2026\", \"Trước ngày 15/01/2026\", \"6 tháng đầu năm 2026\", \"Tháng 01/2026 đến tháng 5/2026\", \"Theo …\", \"Khi …\" (ngày, tháng phải có thật); thời hạn ghi tự do: {text: \"…\"}.";
    private static readonly string[] DeadlineExamples =
        ["Thường xuyên", "Cả năm 2026", "Quý I/2026", "Quý III, IV/2026", "Tháng 11/2026", "Trước ngày 15/01/2026", "6 tháng đầu năm 2026", "Tháng 01/2026 đến tháng 5/2026", "Theo chỉ đạo của UBND tỉnh"];

    private static string KeysMessage(Shape shape)
    {
        var required = shape.Keys.Where(k => k.Required).Select(k => k.Name).ToList();
        var optional = shape.Keys.Where(k => !k.Required).Select(k => k.Name).ToList();
        var sb = new StringBuilder($"{shape.Title}: một bảng khóa–giá trị");
        if (required.Count > 0)
        {
            sb.Append($"; khóa bắt buộc: {string.Join(", ", required)}");
        }

        if (optional.Count > 0)
        {
            sb.Append($"; khóa tùy chọn: {string.Join(", ", optional)}");
        }

        if (shape == Schema.Node)
        {
            sb.Append("; cần title hoặc area");
        }

        return sb.Append(". Khóa khác là lỗi (E001).").ToString();
    }

    private static void Message(Utf8JsonWriter w, string message) => w.WriteString("errorMessage", message);

    private static void YearBounds(Utf8JsonWriter w)
    {
        w.WriteNumber("minimum", 1900);
        w.WriteNumber("maximum", 2200);
    }

    private static void Examples(Utf8JsonWriter w, params string[] examples)
    {
        w.WriteStartArray("examples");
        foreach (var e in examples)
        {
            w.WriteStringValue(e);
        }

        w.WriteEndArray();
    }

    /// <summary>Completion snippets of the YAML language server: a label and the YAML text it inserts.</summary>
    private static void Snippets(Utf8JsonWriter w, params (string Label, string Yaml)[] snippets)
    {
        w.WriteStartArray("defaultSnippets");
        foreach (var (label, yaml) in snippets)
        {
            w.WriteStartObject();
            w.WriteString("label", label);
            w.WriteString("bodyText", yaml);
            w.WriteEndObject();
        }

        w.WriteEndArray();
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
