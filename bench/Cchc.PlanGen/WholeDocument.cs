using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Model.Documents;
using Cchc.Yaml;

/// <summary>
/// A plan's whole documents (Quyết định, Kế hoạch, Phụ lục) as cchc composes them, handed to the peer tools:
/// JSON for the docxtemplater template of bench/peers/make-template.js and HTML for pandoc. The peers then lay out
/// the same paragraphs, letterheads, signatures and tables cchc does, so the benchmark compares like with like.
/// </summary>
internal static class WholeDocument
{
    public static int Write(string planPath, string outPrefix)
    {
        var loaded = PlanLoader.LoadFile(planPath, planPath);
        if (loaded.Package is null)
        {
            Console.Error.WriteLine($"plangen: {planPath} does not load");
            return 1;
        }

        var composed = Composer.Compose(loaded.Package, TemplateSet.Builtin);
        var sections = composed.Single.Sections;
        File.WriteAllText(outPrefix + ".json", Json(sections), new UTF8Encoding(false));
        File.WriteAllText(outPrefix + ".html", Html(sections), new UTF8Encoding(false));
        return 0;
    }

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Json(IReadOnlyList<Section> sections)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("sections");
            foreach (var section in sections)
            {
                w.WriteStartObject();
                w.WriteBoolean("landscape", section.Orientation == Orientation.Landscape);
                w.WriteBoolean("portrait", section.Orientation == Orientation.Portrait);
                w.WriteStartArray("blocks");
                foreach (var block in section.Blocks)
                {
                    w.WriteStartObject();
                    WriteBlock(w, block);
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

    private static void WriteBlock(Utf8JsonWriter w, DocBlock block)
    {
        switch (block)
        {
            case Paragraph p:
                w.WriteString(Kind(p.Style), p.Text);
                break;
            case Letterhead l:
                w.WriteStartObject("letterhead");
                w.WriteString("left", string.Join("\n", new[] { l.Superior }.Concat(l.AgencyLines).Where(s => s is not null)));
                w.WriteString("number", l.NumberLine ?? "");
                w.WriteString("right", l.NationalTitle + "\n" + l.Motto);
                w.WriteString("date", l.PlaceDateLine ?? "");
                w.WriteEndObject();
                break;
            case SignatureBlock s:
                w.WriteStartObject("signature");
                w.WriteString("recipients", string.Join("\n", s.Recipients));
                w.WriteString("authority", string.Join("\n", s.AuthorityLines));
                w.WriteString("name", s.SignerName ?? "");
                w.WriteEndObject();
                break;
            case Table t:
                w.WriteStartObject("table");
                w.WriteStartArray("rows");
                foreach (var row in t.Rows)
                {
                    w.WriteStartObject();
                    if (row.Kind == TableRowKind.Group)
                    {
                        w.WriteString("group", string.Join(" ", row.Cells.SelectMany(c => c.Paragraphs).Select(p => p.Text)));
                    }
                    else
                    {
                        w.WriteStartObject(row.Kind == TableRowKind.Header ? "head" : "body");
                        // The template has six columns, the width of every plan's task table; other tables fold into them.
                        for (var i = 0; i < 6; i++)
                        {
                            var cells = i < 5 ? row.Cells.Skip(i).Take(1) : row.Cells.Skip(5);
                            w.WriteString("c" + i, string.Join("\n", cells.SelectMany(c => c.Paragraphs).Select(p => p.Text)));
                        }

                        w.WriteEndObject();
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
                break;
            default:
                w.WriteBoolean("rule", true);
                break;
        }
    }

    /// <summary>The template's three paragraph looks: centred bold, italic, justified body.</summary>
    private static string Kind(ParaStyle style) => style switch
    {
        ParaStyle.DocType or ParaStyle.Summary or ParaStyle.Authority or ParaStyle.DecisionHeading or ParaStyle.AppendixLabel
            or ParaStyle.AppendixTitle or ParaStyle.Heading1 => "centered",
        ParaStyle.Basis or ParaStyle.AttachedLine => "italic",
        _ => "body",
    };

    private static string Html(IReadOnlyList<Section> sections)
    {
        var sb = new StringBuilder("<html><body>\n");
        foreach (var section in sections)
        {
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case Paragraph p:
                        var tag = p.Style switch
                        {
                            ParaStyle.Heading1 => "h1",
                            ParaStyle.Heading2 => "h2",
                            ParaStyle.Heading3 => "h3",
                            ParaStyle.Heading4 => "h4",
                            _ => "p",
                        };
                        sb.Append('<').Append(tag).Append('>').Append(Encode(p.Text)).Append("</").Append(tag).Append(">\n");
                        break;
                    case Letterhead l:
                        sb.Append("<table><tr><td>").Append(Encode(string.Join("\n", new[] { l.Superior }.Concat(l.AgencyLines).Where(s => s is not null))))
                            .Append("<p>").Append(Encode(l.NumberLine ?? "")).Append("</p></td><td><p><b>").Append(Encode(l.NationalTitle))
                            .Append("</b></p><p><b>").Append(Encode(l.Motto)).Append("</b></p><p><i>").Append(Encode(l.PlaceDateLine ?? ""))
                            .Append("</i></p></td></tr></table>\n");
                        break;
                    case SignatureBlock s:
                        sb.Append("<table><tr><td>").Append(string.Concat(s.Recipients.Select(r => "<p>" + Encode(r) + "</p>")))
                            .Append("</td><td>").Append(string.Concat(s.AuthorityLines.Select(a => "<p><b>" + Encode(a) + "</b></p>")))
                            .Append("<p><b>").Append(Encode(s.SignerName ?? "")).Append("</b></p></td></tr></table>\n");
                        break;
                    case Table t:
                        sb.Append("<table>\n");
                        foreach (var row in t.Rows)
                        {
                            var cell = row.Kind == TableRowKind.Header ? "th" : "td";
                            sb.Append("<tr>");
                            foreach (var c in row.Cells)
                            {
                                sb.Append('<').Append(cell).Append(row.Kind == TableRowKind.Group ? $" colspan=\"{t.ColumnWeights.Count}\">" : ">")
                                    .Append(string.Concat(c.Paragraphs.Select(p => "<p>" + Encode(p.Text) + "</p>"))).Append("</").Append(cell).Append('>');
                            }

                            sb.Append("</tr>\n");
                        }

                        sb.Append("</table>\n");
                        break;
                }
            }
        }

        return sb.Append("</body></html>\n").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text).Replace("\n", "<br/>", StringComparison.Ordinal);
}
