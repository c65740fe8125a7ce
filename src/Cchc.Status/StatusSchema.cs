using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Cchc.Status;

/// <summary>
/// The JSON Schema (draft 2020-12) of the status file, for editors (<c>cchc schema --status</c>,
/// schema/cchc-status.schema.json). Its keys are the loader's own key lists, so the two cannot disagree.
/// </summary>
public static class StatusSchema
{
    public const string DatePattern = @"^([0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])|(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/[0-9]{4})$";
    private const string ReportDatePattern = @"^([0-9]{4}(-(0?[1-9]|1[0-2])(-(0?[1-9]|[12][0-9]|3[01]))?)?|(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/[0-9]{4})$";
    private const string IdPattern = "^[a-z0-9][a-z0-9._-]{0,63}$";

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["cchc_status"] = "Phiên bản định dạng tệp tình hình thực hiện; luôn là 1.",
        ["plan"] = "Tệp kế hoạch mà tệp này theo dõi (mặc định: tên tệp này bỏ \".status\").",
        ["tasks"] = "Mã nhiệm vụ (như trong Phụ lục của kế hoạch) → các lần ghi nhận, cũ trước mới sau.",
        ["indicators"] = "Mã chỉ tiêu → các giá trị đạt được, cũ trước mới sau.",
        ["date"] = "Ngày ghi nhận tình hình (YYYY-MM-DD hoặc DD/MM/YYYY).",
        ["status"] = "Tình trạng: chua_thuc_hien, dang_thuc_hien, hoan_thanh, tam_dung, huy.",
        ["completed"] = "Ngày hoàn thành; bắt buộc khi hoan_thanh, không sau ngày ghi nhận.",
        ["result"] = "Kết quả, một câu (ví dụ \"Đã ban hành Kế hoạch số 05/KH-UBND ngày 12/01/2026\").",
        ["products"] = "Sản phẩm: số, ký hiệu văn bản chứng minh.",
        ["note"] = "Ghi chú: lý do chậm, tạm dừng, không thực hiện; hướng khắc phục.",
        ["by"] = "Nguồn: mã cơ quan báo cáo hoặc tên tệp đã nhập.",
        ["value"] = "Giá trị chỉ tiêu đạt được tại ngày ghi nhận.",
        ["reports"] = "Kỳ báo cáo (\"Quý I/2026\" … \"Quý IV/2026\", \"6 tháng/2026\", \"9 tháng/2026\", \"năm/2026\") → phần lời văn của Báo cáo do cán bộ viết (docs/report.md).",
        ["number"] = "Số báo cáo; để trống: bản dự thảo.",
        ["symbol"] = "Ký hiệu (mặc định BC-{viết tắt cơ quan ban hành}).",
        ["signer"] = "Người ký (mặc định: người ký kế hoạch): tm, kt, title, name.",
        ["recipients"] = "Nơi nhận, không gồm dòng Lưu.",
        ["archive"] = "Lưu: chữ (VT) hoặc mã cơ quan trong kế hoạch.",
        ["direction"] = "Mục I: công tác chỉ đạo, điều hành (kiểm tra, tuyên truyền …), mỗi mục một đoạn.",
        ["strengths"] = "Mục III.1: ưu điểm.",
        ["weaknesses"] = "Mục III.2 a): tồn tại, hạn chế.",
        ["causes"] = "Mục III.2 b): nguyên nhân.",
        ["next"] = "Mục IV: phương hướng, nhiệm vụ kỳ tới (sau các nhiệm vụ đến hạn kỳ tới).",
        ["proposals"] = "Mục V: đề xuất, kiến nghị.",
        ["as_of"] = "Ngày chốt số liệu (mặc định: ngày cuối kỳ; ví dụ ngày 14 tháng cuối kỳ theo Nghị định 09/2019).",
        ["tm"] = "Thay mặt (TM.), ví dụ \"ỦY BAN NHÂN DÂN\".",
        ["kt"] = "Ký thay (KT.), ví dụ \"CHỦ TỊCH\".",
        ["title"] = "Chức vụ người ký (bắt buộc), ví dụ \"CHỦ TỊCH\".",
        ["name"] = "Họ tên người ký.",
    };

    public static string Write()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            w.WriteString("title", "Tình hình thực hiện kế hoạch cải cách hành chính (cchc_status 1)");
            w.WriteString("description", "Tệp đặt cạnh kế hoạch (<kế hoạch>.status.yaml): mỗi nhiệm vụ, mỗi chỉ tiêu một danh sách các lần ghi nhận có ngày.");
            w.WriteString("type", "object");
            w.WriteStartObject("properties");
            Property(w, "cchc_status", () => w.WriteNumber("const", 1));
            Property(w, "plan", () => w.WriteString("type", "string"));
            Property(w, "tasks", () => IdMap(w, "TaskEntry"));
            Property(w, "indicators", () => IdMap(w, "IndicatorEntry"));
            Property(w, "reports", () => ReportMap(w));
            w.WriteEndObject();
            Strings(w, "required", ["cchc_status"]);
            w.WriteBoolean("additionalProperties", false);
            w.WriteStartObject("$defs");
            Entry(w, "TaskEntry", "Một lần ghi nhận tình hình nhiệm vụ", StatusReader.EntryKeys, ["date", "status"], TaskType);
            Entry(w, "IndicatorEntry", "Giá trị chỉ tiêu tại một ngày", StatusReader.IndicatorKeys, ["date", "value"], IndicatorType);
            Entry(w, "ReportSection", "Phần lời văn của một kỳ báo cáo", StatusReader.ReportKeys, [], ReportType);
            Entry(w, "Signer", "Người ký báo cáo", StatusReader.SignerKeys, ["title"], (w2, _) => Text(w2));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Property(Utf8JsonWriter w, string key, Action type)
    {
        w.WriteStartObject(key);
        w.WriteString("description", Descriptions[key]);
        type();
        w.WriteEndObject();
    }

    private static void IdMap(Utf8JsonWriter w, string entry)
    {
        w.WriteStartArray("type");
        w.WriteStringValue("object");
        w.WriteStringValue("null");
        w.WriteEndArray();
        w.WriteStartObject("propertyNames");
        w.WriteString("pattern", IdPattern);
        w.WriteEndObject();
        w.WriteStartObject("additionalProperties");
        w.WriteStartArray("type");
        w.WriteStringValue("array");
        w.WriteStringValue("null");
        w.WriteEndArray();
        w.WriteStartObject("items");
        w.WriteString("$ref", $"#/$defs/{entry}");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void ReportMap(Utf8JsonWriter w)
    {
        w.WriteStartArray("type");
        w.WriteStringValue("object");
        w.WriteStringValue("null");
        w.WriteEndArray();
        w.WriteStartObject("additionalProperties");
        w.WriteStartArray("anyOf");
        w.WriteStartObject();
        w.WriteString("$ref", "#/$defs/ReportSection");
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("type", "null");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void ReportType(Utf8JsonWriter w, string key)
    {
        switch (key)
        {
            case "date":
                w.WriteString("type", "string");
                w.WriteString("pattern", ReportDatePattern);
                w.WriteString("errorMessage", "Ngày báo cáo viết YYYY-MM-DD, YYYY-MM, YYYY hoặc DD/MM/YYYY (E443).");
                break;
            case "as_of":
                DateType(w);
                break;
            case "signer":
                w.WriteString("$ref", "#/$defs/Signer");
                break;
            case "number" or "symbol":
                w.WriteStartArray("type");
                w.WriteStringValue("string");
                w.WriteStringValue("integer");
                w.WriteStringValue("null");
                w.WriteEndArray();
                break;
            case "recipients" or "archive" or "direction" or "strengths" or "weaknesses" or "causes" or "next" or "proposals":
                ProductsType(w);
                break;
            default:
                Text(w);
                break;
        }
    }

    private static void Entry(Utf8JsonWriter w, string name, string title, string[] keys, string[] required, Action<Utf8JsonWriter, string> type)
    {
        w.WriteStartObject(name);
        w.WriteString("title", title);
        w.WriteString("type", "object");
        w.WriteStartObject("properties");
        foreach (var key in keys)
        {
            Property(w, key, () => type(w, key));
        }

        w.WriteEndObject();
        Strings(w, "required", required);
        w.WriteBoolean("additionalProperties", false);
        w.WriteEndObject();
    }

    private static void TaskType(Utf8JsonWriter w, string key)
    {
        switch (key)
        {
            case "date" or "completed":
                DateType(w);
                break;
            case "status":
                Strings(w, "enum", [.. StatusWords.Keys, .. StatusWords.All.Select(StatusWords.Label)]);
                break;
            case "products":
                ProductsType(w);
                break;
            default:
                Text(w);
                break;
        }
    }

    private static void IndicatorType(Utf8JsonWriter w, string key)
    {
        switch (key)
        {
            case "date":
                DateType(w);
                break;
            case "value":
                w.WriteString("type", "number");
                break;
            default:
                Text(w);
                break;
        }
    }

    private static void Text(Utf8JsonWriter w)
    {
        w.WriteString("type", "string");
    }

    private static void DateType(Utf8JsonWriter w)
    {
        w.WriteString("type", "string");
        w.WriteString("pattern", DatePattern);
        w.WriteString("errorMessage", "Ngày viết YYYY-MM-DD (ví dụ 2026-03-20) hoặc DD/MM/YYYY (E405).");
    }

    private static void ProductsType(Utf8JsonWriter w)
    {
        w.WriteStartArray("type");
        w.WriteStringValue("string");
        w.WriteStringValue("array");
        w.WriteEndArray();
        w.WriteStartObject("items");
        w.WriteString("type", "string");
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
