using System.Net;
using System.Text;
using System.Text.Json;

/// <summary>The same plan for the peer tools: JSON for a docxtemplater template, HTML for pandoc.</summary>
internal static class PeerData
{
    public static string Json(string ward, int tasks)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("title", $"Cải cách hành chính nhà nước phường {ward} năm 2026");
            w.WriteStartArray("groups");
            var roman = 0;
            var tt = 0;
            foreach (var group in PlanText.Tasks(tasks).GroupBy(t => t.GroupTitle))
            {
                w.WriteStartObject();
                w.WriteString("label", $"{Roman(++roman)}. {group.Key}");
                w.WriteStartArray("tasks");
                foreach (var t in group)
                {
                    w.WriteStartObject();
                    w.WriteNumber("tt", ++tt);
                    w.WriteString("content", t.Content);
                    w.WriteString("lead", t.LeadName);
                    w.WriteString("co", t.Co);
                    w.WriteString("deadline", t.Deadline);
                    w.WriteStartArray("products");
                    foreach (var p in t.Products)
                    {
                        w.WriteStartObject();
                        w.WriteString("text", "- " + p);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Html(string ward, int tasks)
    {
        var sb = new StringBuilder("<html><body>\n");
        sb.Append("<p><b>KẾ HOẠCH</b></p>\n<p><b>").Append(WebUtility.HtmlEncode($"Cải cách hành chính nhà nước phường {ward} năm 2026")).Append("</b></p>\n");
        sb.Append("<h1>Phụ lục</h1>\n<table>\n<tr><th>TT</th><th>Nội dung công việc</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Thời gian thực hiện/ hoàn thành</th><th>Sản phẩm</th></tr>\n");
        var roman = 0;
        var tt = 0;
        foreach (var group in PlanText.Tasks(tasks).GroupBy(t => t.GroupTitle))
        {
            sb.Append("<tr><td colspan=\"6\"><b>").Append(WebUtility.HtmlEncode($"{Roman(++roman)}. {group.Key}")).Append("</b></td></tr>\n");
            foreach (var t in group)
            {
                sb.Append("<tr><td>").Append(++tt).Append("</td><td>").Append(WebUtility.HtmlEncode(t.Content)).Append("</td><td>")
                    .Append(WebUtility.HtmlEncode(t.LeadName)).Append("</td><td>").Append(WebUtility.HtmlEncode(t.Co)).Append("</td><td>")
                    .Append(WebUtility.HtmlEncode(t.Deadline)).Append("</td><td>");
                foreach (var p in t.Products)
                {
                    sb.Append("<p>- ").Append(WebUtility.HtmlEncode(p)).Append("</p>");
                }

                sb.Append("</td></tr>\n");
            }
        }

        return sb.Append("</table>\n</body></html>\n").ToString();
    }

    private static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", _ => "VII" };
}
