using System.Globalization;
using Cchc.Model;

namespace Cchc.Validation;

/// <summary>Deadlines: E006 (does not parse), E007 (outside the plan period), E008 (no such date), W111 (free text).</summary>
internal static class DeadlineRules
{
    public static IEnumerable<Diagnostic> Check(PlanIndex ix)
    {
        var period = ix.Package.Plan.Period;
        var deadlines = ix.Tasks.Select(t => t.Task.Deadline)
            .Concat(ix.Indicators.Select(i => i.Indicator.Deadline).OfType<Deadline>());
        foreach (var d in deadlines)
        {
            if (d.IsExplicitText)
            {
                yield return DiagnosticCatalog.W111.At(d.Span, $"thời hạn \"{d.Text}\" được ghi tự do ({{text: …}}), cchc không kiểm tra và không tự chuyển năm được",
                    $"deadline \"{d.Text}\" is free text ({{text: …}}): it is neither checked nor rolled over");
                continue;
            }

            switch (d.ParseError)
            {
                case DeadlineParseError.Syntax:
                    yield return DiagnosticCatalog.E006.At(d.Span,
                        $"không hiểu thời hạn \"{d.Text}\"; các dạng được hiểu: \"Thường xuyên\", \"Cả năm 2026\", \"Quý I/2026\", \"Tháng 11/2026\", \"Trước ngày 15/01/2026\", \"6 tháng đầu năm 2026\", \"Tháng 01/2026 đến tháng 5/2026\", \"Theo …\"/\"Khi …\"; nếu cố ý ghi tự do, viết {{text: \"…\"}}",
                        $"cannot parse the deadline \"{d.Text}\"; write it in one of the documented forms, or as {{text: \"…\"}} for deliberate free text");
                    continue;
                case DeadlineParseError.QuarterOrder:
                    yield return DiagnosticCatalog.E006.At(d.Span, $"thời hạn \"{d.Text}\": các quý phải tăng dần (ví dụ \"Quý III, IV/2026\")",
                        $"deadline \"{d.Text}\": quarters must be strictly increasing");
                    continue;
                case DeadlineParseError.EmptyRange:
                    yield return DiagnosticCatalog.E006.At(d.Span, $"thời hạn \"{d.Text}\": mốc đầu ở sau mốc cuối", $"deadline \"{d.Text}\": the start is after the end");
                    continue;
                case DeadlineParseError.InvalidDate:
                    yield return DiagnosticCatalog.E008.At(d.Span, $"thời hạn \"{d.Text}\" có ngày hoặc tháng không có thật", $"deadline \"{d.Text}\" has a day or month that does not exist");
                    continue;
            }

            // With no readable period (reported by the loader) there is nothing to check the interval against.
            if (!d.HasInterval || !ix.Package.Plan.PeriodKnown)
            {
                continue;
            }

            var interval = d.Resolve(period);
            if (interval is null)
            {
                yield return DiagnosticCatalog.E007.At(d.Span,
                    $"\"{d.Text}\" không ghi năm mà kế hoạch kéo dài nhiều năm ({period}); ghi rõ năm, ví dụ \"Cả năm {period.First}\"",
                    $"\"{d.Text}\" names no year but the plan spans several years ({period})");
            }
            else if (interval.Value.Start < period.Start || interval.Value.End > period.End || interval.Value.End < interval.Value.Start)
            {
                yield return DiagnosticCatalog.E007.At(d.Span,
                    $"thời hạn \"{d.Text}\" ({Show(interval.Value.Start)}–{Show(interval.Value.End)}) nằm ngoài thời kỳ kế hoạch {period}",
                    $"deadline \"{d.Text}\" ({Show(interval.Value.Start)}–{Show(interval.Value.End)}) is outside the plan period {period}");
            }
        }
    }

    private static string Show(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
