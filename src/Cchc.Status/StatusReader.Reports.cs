using Cchc.Model;
using Cchc.Yaml;

namespace Cchc.Status;

/// <summary>The <c>reports:</c> section: period key → the clerk's part of that report (docs/report.md).</summary>
internal sealed partial class StatusReader
{
    internal static readonly string[] ReportKeys =
        ["number", "date", "symbol", "signer", "recipients", "archive", "direction", "strengths", "weaknesses", "causes", "next", "proposals", "as_of"];

    internal static readonly string[] SignerKeys = ["tm", "kt", "title", "name"];

    private List<ReportSection> Reports(YNode? node)
    {
        var result = new List<ReportSection>();
        if (Map(node, null, [], "\"reports\"", "\"reports\"") is null)
        {
            return result;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (k, v) in node!.Pairs)
        {
            if (k.Kind != YKind.Scalar || !seen.Add(k.Value))
            {
                continue; // reported by Map
            }

            if (ReportPeriod.ParseName(k.Value) is not { } name)
            {
                var meant = ReportPeriod.Suggest(k.Value);
                Error(DiagnosticCatalog.E440, k.Span,
                    $"kỳ báo cáo không đúng dạng \"{k.Value}\"{(meant is null ? "" : $"; có phải ý bạn là \"{meant}\"?")}; viết \"Quý I/2026\" … \"Quý IV/2026\", \"6 tháng/2026\", \"9 tháng/2026\" hoặc \"năm/2026\"",
                    $"\"{k.Value}\" is not a report period{(meant is null ? "" : $"; did you mean \"{meant}\"?")}; write \"Quý I/2026\" … \"Quý IV/2026\", \"6 tháng/2026\", \"9 tháng/2026\" or \"năm/2026\"");
                continue;
            }

            if (ReportSection(k, v, name.Kind, name.Year) is { } section)
            {
                result.Add(section);
            }
        }

        return result;
    }

    private ReportSection? ReportSection(YNode key, YNode node, ReportPeriodKind kind, int? year)
    {
        var section = new ReportSection(key.Value, kind, year, key.Span);
        if (node.IsNull)
        {
            return section;
        }

        var f = Map(node, ReportKeys, [], $"mục báo cáo \"{key.Value}\"", $"the report section \"{key.Value}\"");
        if (f is null)
        {
            return null;
        }

        return section with
        {
            Number = Text(f.GetValueOrDefault("number"), "number"),
            Symbol = Text(f.GetValueOrDefault("symbol"), "symbol"),
            Date = ReportDate(f.GetValueOrDefault("date")),
            Signer = ReportSigner(f.GetValueOrDefault("signer")),
            Recipients = Paragraphs(f.GetValueOrDefault("recipients"), "recipients"),
            Archive = Paragraphs(f.GetValueOrDefault("archive"), "archive"),
            Direction = Paragraphs(f.GetValueOrDefault("direction"), "direction"),
            Strengths = Paragraphs(f.GetValueOrDefault("strengths"), "strengths"),
            Weaknesses = Paragraphs(f.GetValueOrDefault("weaknesses"), "weaknesses"),
            Causes = Paragraphs(f.GetValueOrDefault("causes"), "causes"),
            Next = Paragraphs(f.GetValueOrDefault("next"), "next"),
            Proposals = Paragraphs(f.GetValueOrDefault("proposals"), "proposals"),
            AsOf = CutOff(f.GetValueOrDefault("as_of")),
            Spans = new SpanMap(key.Span, f.ToDictionary(kv => kv.Key, kv => kv.Value.Span, StringComparer.Ordinal)),
        };
    }

    /// <summary>"2026-04-05", "2026-04" or "2026" (a draft not yet dated to the day), or "05/04/2026".</summary>
    private PartialDate? ReportDate(YNode? n)
    {
        var s = Text(n, "date");
        if (s is null)
        {
            return null;
        }

        if (Dates.TryParse(s, out var day))
        {
            return new PartialDate(day.Year, day.Month, day.Day);
        }

        if (PartialDate.TryParse(s, out var partial, out var why))
        {
            return partial;
        }

        Error(DiagnosticCatalog.E443, n!.Span, $"\"date\" của báo cáo: {why.Vi}; hoặc \"DD/MM/YYYY\"", $"the report's \"date\": {why.En}; or \"DD/MM/YYYY\"");
        return null;
    }

    private DateOnly? CutOff(YNode? n)
    {
        var s = Text(n, "as_of");
        if (s is null)
        {
            return null;
        }

        if (Dates.TryParse(s, out var day))
        {
            return day;
        }

        Error(DiagnosticCatalog.E443, n!.Span, $"\"as_of\" (ngày chốt số liệu) không phải một ngày có thật: \"{s}\"; viết \"YYYY-MM-DD\" (ví dụ \"2026-03-14\") hoặc \"14/03/2026\"",
            $"\"as_of\" (the data cut-off) is not a real date: \"{s}\"; write \"YYYY-MM-DD\" (e.g. \"2026-03-14\") or \"14/03/2026\"");
        return null;
    }

    private Signer? ReportSigner(YNode? n)
    {
        var f = Map(n, SignerKeys, [], "\"signer\"", "\"signer\"");
        if (f is null)
        {
            return null;
        }

        var title = Text(f.GetValueOrDefault("title"), "title");
        if (title is null)
        {
            Error(DiagnosticCatalog.W440, n!.Span, "người ký thiếu chức vụ (title: \"CHỦ TỊCH\", \"PHÓ CHỦ TỊCH\" …); báo cáo dùng người ký của kế hoạch",
                "the signer has no title (title: \"CHỦ TỊCH\" …); the report uses the plan's signer");
            return null;
        }

        return new Signer(Text(f.GetValueOrDefault("tm"), "tm"), Text(f.GetValueOrDefault("kt"), "kt"), title, Text(f.GetValueOrDefault("name"), "name"),
            new SpanMap(n!.Span, f.ToDictionary(kv => kv.Key, kv => kv.Value.Span, StringComparer.Ordinal)));
    }

    /// <summary>A string or a list of strings: one paragraph (one line) each.</summary>
    private IReadOnlyList<string> Paragraphs(YNode? n, string key) => n is { Kind: YKind.Sequence }
        ? [.. n.Items.Select(i => Text(i, key)).OfType<string>()]
        : Text(n, key) is { } one ? [one] : [];
}
