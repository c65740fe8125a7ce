using System.Text.RegularExpressions;
using Cchc.Model;

namespace Cchc.Validation;

/// <summary>The documents as a package: E011, E012, E013, W107.</summary>
internal static partial class PackageRules
{
    [GeneratedRegex(@"^Như Điều\s*([0-9]+)?", RegexOptions.IgnoreCase)]
    private static partial Regex AsArticle();

    public static IEnumerable<Diagnostic> Articles(PlanIndex ix)
    {
        var d = ix.Package.Decision;
        if (d is not null)
        {
            var count = d.Articles?.Count ?? 3;
            foreach (var r in d.Recipients)
            {
                var m = AsArticle().Match(r.To);
                if (m.Success && (!m.Groups[1].Success || !(int.TryParse(m.Groups[1].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= count)))
                {
                    yield return DiagnosticCatalog.E011.At(r.Span, $"\"{r.To}\": Quyết định chỉ có {count} Điều", $"\"{r.To}\": the decision has only {count} articles");
                }
            }

            if (d.Articles is null && d.Executors is null)
            {
                yield return DiagnosticCatalog.E013.At(d.Spans.Node,
                    "Quyết định không ghi các Điều (articles) nên cần \"executors\" (những người chịu trách nhiệm thi hành) để viết Điều 3",
                    "the decision has no articles, so it needs \"executors\" for the default Điều 3");
            }
        }

        foreach (var r in ix.Package.Plan.Recipients.Where(r => AsArticle().IsMatch(r.To)))
        {
            yield return DiagnosticCatalog.E011.At(r.Span, $"\"{r.To}\": Kế hoạch không có Quyết định nên không có Điều nào để dẫn chiếu",
                $"\"{r.To}\": there is no decision, so no article to refer to");
        }
    }

    public static IEnumerable<Diagnostic> Completeness(PlanIndex ix)
    {
        if (ix.Package.Decision is { } d)
        {
            var missing = new List<string>();
            if (d.Title.Length == 0)
            {
                missing.Add("title");
            }

            if (d.Bases.Count == 0)
            {
                missing.Add("bases");
            }

            if (d.Recipients.Count == 0)
            {
                missing.Add("recipients");
            }

            if (d.Archive.Count == 0)
            {
                missing.Add("archive");
            }

            if (d.Signer is null)
            {
                missing.Add("signer");
            }

            if (missing.Count > 0)
            {
                yield return DiagnosticCatalog.E012.At(d.Spans.Node, $"Quyết định thiếu: {string.Join(", ", missing)}", $"the decision lacks: {string.Join(", ", missing)}");
            }
        }
        else
        {
            var p = ix.Package.Plan;
            var missing = new List<string>();
            if (p.Symbol is null)
            {
                missing.Add("symbol");
            }

            if (p.Recipients.Count == 0)
            {
                missing.Add("recipients");
            }

            if (p.Archive.Count == 0)
            {
                missing.Add("archive");
            }

            if (p.Signer is null)
            {
                missing.Add("signer");
            }

            if (missing.Count > 0)
            {
                yield return DiagnosticCatalog.E012.At(p.Spans.Node,
                    $"Kế hoạch không kèm Quyết định nên phải tự có số, nơi nhận và chữ ký; còn thiếu: {string.Join(", ", missing)}",
                    $"a plan without a decision must carry its own number, recipients and signature; missing: {string.Join(", ", missing)}");
            }
        }
    }

    public static IEnumerable<Diagnostic> DraftMarkers(PlanIndex ix)
    {
        var issued = ix.Package.Decision is { } d
            ? (Spans: d.Spans, d.Number, d.Date, d.Signer, What: ("Quyết định", "the decision"))
            : (Spans: ix.Package.Plan.Spans, ix.Package.Plan.Number, ix.Package.Plan.Date, ix.Package.Plan.Signer, What: ("Kế hoạch", "the plan"));
        var (vi, en) = issued.What;
        if (issued.Signer is { Name: null } s)
        {
            yield return DiagnosticCatalog.W107.At(s.Spans.Node, $"bản dự thảo: {vi} chưa có họ tên người ký", $"draft: {en} has no signer name");
        }

        if (issued.Number is null)
        {
            yield return DiagnosticCatalog.W107.At(issued.Spans.Of("number"), $"bản dự thảo: {vi} chưa có số (sẽ để trống \"Số:      /…\")", $"draft: {en} has no number yet");
        }

        if (issued.Date is { } date && date.Date is not { IsComplete: true })
        {
            yield return DiagnosticCatalog.W107.At(date.Span, $"bản dự thảo: ngày ban hành của {vi} chưa đủ ngày, tháng", $"draft: the date of {en} is partial");
        }
    }
}
