using System.Text.RegularExpressions;
using Cchc.Composition.Text;
using Cchc.Import.Output;
using Cchc.Model;

namespace Cchc.Import.Recognition.Frame;

/// <summary>
/// A căn cứ line's citation as a LegalRef (plan-format.md §6): parsed, then accepted only when the writer's own
/// <c>cite()</c> gives back the very same text; anything else stays a literal <c>{text: …}</c>, so a rebuilt
/// document never says something the original did not.
/// </summary>
internal static partial class LegalBasis
{
    private static readonly string[] Kinds = ["Bộ luật", "Luật", "Nghị quyết", "Nghị định", "Quyết định", "Chỉ thị", "Kết luận", "Thông tư", "Văn bản", "Kế hoạch", "Công văn"];

    /// <summary>Words a document's trích yếu starts with, where the issuer's name ends.</summary>
    private static readonly string[] TitleStarts =
    [
        "ban hành", "về", "quy định", "hướng dẫn", "phê duyệt", "sửa đổi", "triển khai", "thực hiện", "tiếp tục", "đẩy mạnh",
        "tăng cường", "kiện toàn", "thành lập", "công bố", "phân cấp", "nâng cao", "giao", "chỉ đạo", "điều chỉnh", "bổ sung",
    ];

    [GeneratedRegex(@"^số (?<code>\S+)(?: ngày (?<date>\d{1,2} tháng \d{1,2} năm \d{4}|\d{1,2}/\d{1,2}/\d{4})| năm (?<year>\d{4}))?(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?<title>.+?)(?: ngày (?<date>\d{1,2} tháng \d{1,2} năm \d{4}|\d{1,2}/\d{1,2}/\d{4})| năm (?<year>\d{4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Law();

    /// <summary>The ref, and the date style it uses when it has a full date.</summary>
    public static (YMap Ref, DateStyle? Style) Parse(string cite)
    {
        foreach (var kind in Kinds)
        {
            if (!cite.StartsWith(kind + " ", StringComparison.Ordinal))
            {
                continue;
            }

            var rest = cite[(kind.Length + 1)..];
            foreach (var candidate in Candidates(kind, rest))
            {
                if (Citation.Cite(candidate.Model, Style(candidate.DateStyle ?? DateStyle.Long)) == cite)
                {
                    return (candidate.Yaml, candidate.DateStyle);
                }
            }
        }

        return (new YMap { Flow = true }.Add("text", cite), null);
    }

    private sealed record Candidate(LegalRef Model, YMap Yaml, DateStyle? DateStyle);

    private static IEnumerable<Candidate> Candidates(string kind, string rest)
    {
        if (kind is "Luật" or "Bộ luật" && Law().Match(rest) is { Success: true } law && !rest.StartsWith("số ", StringComparison.Ordinal))
        {
            var (date, style) = DateOf(law);
            yield return Make(kind, null, null, null, date, style, null, law.Groups["title"].Value);
        }

        if (Numbered().Match(rest) is not { Success: true } m || Code(m.Groups["code"].Value) is not { } code)
        {
            yield break;
        }

        var (d, s) = DateOf(m);
        var tail = m.Groups["rest"].Value;
        if (tail.Length == 0)
        {
            yield return Make(kind, code.Number, code.Year, code.Symbol, d, s, null, null);
        }
        else if (tail.StartsWith(" của ", StringComparison.Ordinal))
        {
            var after = tail[5..];
            var split = TitleStarts.Select(t => after.IndexOf(" " + t + " ", StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(-1).Min();
            yield return split > 0
                ? Make(kind, code.Number, code.Year, code.Symbol, d, s, after[..split], after[(split + 1)..])
                : Make(kind, code.Number, code.Year, code.Symbol, d, s, after, null);
        }
        else if (tail.StartsWith(' '))
        {
            yield return Make(kind, code.Number, code.Year, code.Symbol, d, s, null, tail[1..]);
        }
    }

    private static (string? Date, DateStyle? Style) DateOf(Match m)
    {
        if (m.Groups["year"].Success)
        {
            return (m.Groups["year"].Value, null);
        }

        return m.Groups["date"].Success && FrameText.Date(m.Groups["date"].Value.Contains('/', StringComparison.Ordinal) ? m.Groups["date"].Value : "ngày " + m.Groups["date"].Value) is { Value: { } v } read
            ? (v, read.Style)
            : (null, null);
    }

    /// <summary>"05-NQ/TU", "118/2025/NĐ-CP", "76/NQ-CP".</summary>
    private static (string Number, string? Year, string Symbol)? Code(string code)
    {
        var dash = code.IndexOf('-', StringComparison.Ordinal);
        var slash = code.IndexOf('/', StringComparison.Ordinal);
        if (dash > 0 && (slash < 0 || dash < slash) && code[(dash + 1)..].Contains('/', StringComparison.Ordinal))
        {
            return (code[..dash], null, code[(dash + 1)..]);
        }

        var parts = code.Split('/');
        return parts.Length switch
        {
            2 when parts[0].Length > 0 && parts[1].Length > 0 => (parts[0], null, parts[1]),
            3 when parts[1].Length == 4 && parts[1].All(char.IsAsciiDigit) => (parts[0], parts[1], parts[2]),
            _ => null,
        };
    }

    private static Candidate Make(string kind, string? number, string? year, string? symbol, string? date, DateStyle? style, string? issuer, string? title)
    {
        DateValue? value = null;
        if (date is not null && PartialDate.TryParse(date, out var parsed, out _))
        {
            value = new DateValue(parsed, SourceSpan.None(""));
        }

        var model = new LegalRef(kind, number, year, symbol, value, style, issuer, title, [], null, SpanMap.Empty(SourceSpan.None("")));
        var yaml = new YMap { Flow = true }.Add("kind", kind);
        AddIf(yaml, "number", number);
        AddIf(yaml, "year", year);
        AddIf(yaml, "symbol", symbol);
        AddIf(yaml, "date", date);
        if (style is { } ds)
        {
            yaml.Add("date_style", ds == DateStyle.Long ? "long" : "short");
        }

        AddIf(yaml, "issuer", issuer);
        AddIf(yaml, "title", title);
        return new Candidate(model, yaml, style);
    }

    private static void AddIf(YMap map, string key, string? value)
    {
        if (value is not null)
        {
            map.Add(key, value);
        }
    }

    private static DocumentStyle Style(DateStyle refDate) => new(refDate, DateStyle.Long, DocumentStyle.DefaultNationalTitle, FrameText.DefaultBlank);
}
