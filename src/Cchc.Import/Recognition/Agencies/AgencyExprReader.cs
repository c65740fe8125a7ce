using System.Text;
using System.Text.RegularExpressions;
using Cchc.Import.Output;
using Cchc.Word;

namespace Cchc.Import.Recognition.Agencies;

/// <summary>
/// A lead/co cell as an AgencyExpr that renders back to the same text: one agency → its code; agencies
/// joined by ", " → a list of codes; anything else ("Phòng KTHT&amp;ĐT; các đơn vị liên quan",
/// "{vp} và các cơ quan…") → a template with a placeholder for each agency and the rest kept as written.
/// </summary>
internal static partial class AgencyExprReader
{
    // Where one agency ends and the next begins: "; ", " và " before a name, ", " before a capitalised name, a line break.
    [GeneratedRegex(@"\s*;\s*|\s*\n\s*|,\s+(?=\p{Lu})|\s+và\s+")]
    private static partial Regex Separator();

    public static YNode Read(string cell, AgencyRegistry registry, WordPosition? where)
    {
        var text = cell.Trim();
        var pieces = new List<(string Text, bool Agency)>();
        var at = 0;
        foreach (Match m in Separator().Matches(text))
        {
            var left = text[at..m.Index];
            var right = text[(m.Index + m.Length)..];
            // A separator counts only between two names: "Phòng Kinh tế, Hạ tầng và Đô thị" is one name.
            if (!AgencyNames.LooksLikeAgency(left) || !AgencyNames.LooksLikeAgency(right))
            {
                continue;
            }

            pieces.Add((left, true));
            pieces.Add((m.Value, false));
            at = m.Index + m.Length;
        }

        pieces.Add((text[at..], AgencyNames.LooksLikeAgency(text[at..])));
        for (var i = 0; i < pieces.Count; i += 2)
        {
            pieces[i] = (pieces[i].Text, pieces[i].Agency && AgencyNames.LooksLikeAgency(pieces[i].Text));
        }

        if (!pieces.Any(p => p.Agency))
        {
            return new YScalar(text) { Origin = where };
        }

        var codes = pieces.Select(p => p.Agency ? registry.Resolve(p.Text, where, inTable: true) : null).ToList();
        if (pieces.Count == 1)
        {
            return new YScalar(codes[0]) { Origin = where };
        }

        if (pieces.Where((_, i) => i % 2 == 0).All(p => p.Agency) && pieces.Where((_, i) => i % 2 == 1).All(p => p.Text == ", "))
        {
            var list = new YSeq { Flow = true, Origin = where };
            foreach (var code in codes.Where(c => c is not null))
            {
                list.Add(code!);
            }

            return list;
        }

        var template = new StringBuilder();
        for (var i = 0; i < pieces.Count; i++)
        {
            template.Append(codes[i] is { } c ? "{" + c + "}" : pieces[i].Text);
        }

        return new YScalar(template.ToString()) { Origin = where };
    }
}
