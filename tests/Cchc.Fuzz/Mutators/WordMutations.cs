using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Cchc.Fuzz.Mutators;

/// <summary>
/// Mutations of a .docx for <c>import</c>: text edits aimed at what the recogniser reads (a task row's deadline and
/// agency cells, the Số and the date, a căn cứ line, a label "I.", "1.", "a)") with <see cref="EdgeTexts"/>;
/// paragraphs, rows, cells and tables deleted, duplicated or moved; blind structural edits of the XML parts (as
/// the check's fuzz test does); a part deleted; rarely, damage to the zip.
/// </summary>
public static partial class WordMutations
{
    public const string DocumentPart = "word/document.xml";

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private sealed record Target(string Name, Func<XElement, string, bool> Fits, Func<Random, string, string> Text);

    private static readonly Target[] Targets =
    [
        new("deadline", (p, t) => InCell(p) && Deadline().IsMatch(t), (r, t) => r.Next(3) == 0 ? EdgeTexts.Pick(r, t) : EdgeTexts.Dates[r.Next(EdgeTexts.Dates.Length)]),
        new("agency", (p, t) => InCell(p) && Agency().IsMatch(t), (r, t) => r.Next(3) == 0 ? EdgeTexts.Pick(r, t) : EdgeTexts.Agencies[r.Next(EdgeTexts.Agencies.Length)]),
        new("so", (_, t) => t.TrimStart().StartsWith("Số", StringComparison.Ordinal), (r, t) => r.Next(3) == 0 ? EdgeTexts.Pick(r, t) : EdgeTexts.Numbers[r.Next(EdgeTexts.Numbers.Length)]),
        new("date", (p, t) => !InCell(p) && t.Contains("ngày", StringComparison.Ordinal) && t.Contains("tháng", StringComparison.Ordinal), (r, t) => r.Next(3) == 0 ? EdgeTexts.Pick(r, t) : EdgeTexts.Dates[r.Next(EdgeTexts.Dates.Length)]),
        new("can-cu", (_, t) => t.TrimStart().StartsWith("Căn cứ", StringComparison.Ordinal), (r, t) => r.Next(2) == 0 ? EdgeTexts.Pick(r, t) : EdgeTexts.Bases[r.Next(EdgeTexts.Bases.Length)]),
        new("label", (_, t) => Label().IsMatch(t), (r, t) => Label().Replace(t, r.Next(4) == 0 ? "" : EdgeTexts.Labels[r.Next(EdgeTexts.Labels.Length)] + " ", 1)),
        new("any", (_, _) => true, EdgeTexts.Pick),
    ];

    public static IReadOnlyList<Mutation> All { get; } =
    [
        new("docx.text-edge", (b, r, _) => ZipXml.Edit(b, DocumentPart, d => EditText(d, r))),
        new("docx.text-edge", (b, r, _) => ZipXml.Edit(b, DocumentPart, d => EditText(d, r))),
        new("docx.text-edge", (b, r, _) => ZipXml.Edit(b, DocumentPart, d => EditText(d, r))),
        new("docx.paragraph", (b, r, _) => ZipXml.Edit(b, DocumentPart, d => XmlEdits.Shuffle(d, W + "p", r))),
        new("docx.row", (b, r, _) => ZipXml.Edit(b, DocumentPart, d => XmlEdits.Shuffle(d, W + "tr", r))),
        new("docx.cell", (b, r, _) => ZipXml.Edit(b, DocumentPart, d => XmlEdits.Shuffle(d, W + "tc", r))),
        new("docx.table", (b, r, _) => ZipXml.Edit(b, DocumentPart, d => XmlEdits.Shuffle(d, W + "tbl", r))),
        new("docx.structural-document", (b, r, _) => ZipXml.Edit(b, DocumentPart, d => XmlEdits.Structural(d, r))),
        new("docx.structural-part", (b, r, _) => StructuralOther(b, r)),
        new("docx.part-delete", (b, r, _) => ZipXml.Names(b) is { Count: > 0 } names && names[r.Next(names.Count)] is var gone ? ZipXml.Rewrite(b, (n, old) => n == gone ? null : old) : b),
    ];

    public static IReadOnlyList<Mutation> Zip { get; } = [.. ByteMutations.All.Where(m => m.Name is "byte.flip" or "byte.truncate" or "byte.delete-range" or "byte.duplicate-range")];

    /// <summary>One paragraph of a kind the recogniser looks for (a kind present in the document, chosen at random) gets an edge text.</summary>
    private static bool EditText(XDocument doc, Random r)
    {
        var paragraphs = doc.Descendants(W + "p")
            .Select(p => (P: p, Text: string.Concat(p.Descendants(W + "t").Select(t => t.Value))))
            .Where(x => x.Text.Trim().Length > 0).ToList();
        var present = Targets.Select(t => (Target: t, Hits: paragraphs.Where(x => t.Fits(x.P, x.Text)).ToList())).Where(x => x.Hits.Count > 0).ToList();
        if (present.Count == 0)
        {
            return false;
        }

        var (target, hits) = present[r.Next(present.Count)];
        var (p, text) = hits[r.Next(hits.Count)];
        SetText(p, target.Text(r, text));
        return true;
    }

    /// <summary>The paragraph's text becomes <paramref name="text"/>: in its first w:t (so the run keeps its formatting), the other w:t emptied.</summary>
    private static void SetText(XElement p, string text)
    {
        var texts = p.Descendants(W + "t").ToList();
        if (texts.Count == 0)
        {
            p.Add(new XElement(W + "r", new XElement(W + "t", text)));
            return;
        }

        texts[0].Value = text;
        texts[0].SetAttributeValue(XNamespace.Xml + "space", "preserve");
        texts.Skip(1).ToList().ForEach(t => t.Remove());
    }

    private static bool InCell(XElement p) => p.Ancestors(W + "tc").Any();

    private static byte[] StructuralOther(byte[] b, Random r)
    {
        var parts = ZipXml.Names(b).Where(n => n.EndsWith(".xml", StringComparison.Ordinal) || n.EndsWith(".rels", StringComparison.Ordinal)).ToList();
        return parts.Count == 0 ? b : ZipXml.Edit(b, parts[r.Next(parts.Count)], d => XmlEdits.Structural(d, r));
    }

    [GeneratedRegex(@"Quý|Tháng|[Nn]ăm|Thường xuyên|Trước|\d{4}")]
    private static partial Regex Deadline();

    [GeneratedRegex(@"^\s*(Phòng|Văn phòng|UBND|Ủy ban|Uỷ ban|Ban |Trung tâm|Công an|Các |Hội |Đoàn |Mặt trận|Trạm|Trường)")]
    private static partial Regex Agency();

    [GeneratedRegex(@"^\s*([IVXLCDM]+\.|\d+(\.\d+)*\.|[a-zđ]\))\s")]
    private static partial Regex Label();
}
