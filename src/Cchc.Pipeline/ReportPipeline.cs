using Cchc.Composition.Reports;
using Cchc.Composition.Templates;
using Cchc.Model;
using Cchc.Status;

namespace Cchc.Pipeline;

/// <summary>
/// What <c>cchc report</c> does with its arguments. <see cref="StatusFile"/> null: the plan's sibling
/// <c>.status.yaml</c>, when it exists. <see cref="AsOf"/> overrides the section's <c>as_of:</c> and the period's
/// last day; <see cref="Today"/> is the day "in the future" is measured from.
/// </summary>
public sealed record ReportRequest(string PlanFile, string Period, string? StatusFile, DateOnly? AsOf, string OutputDir, TemplateSet Templates, DateOnly Today);

/// <summary>
/// The report pipeline as one call: load and validate the plan and its status file, sum the status up at the
/// period's cut-off, adapt it to <see cref="ReportFacts"/>, compose and write in memory. Only
/// <see cref="BuildResult.Write"/> touches the disk.
/// </summary>
public static class ReportPipeline
{
    public static BuildResult Build(ReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new BuildResult([InternalError.Guard(request.PlanFile, _ => BuildOne(request), d => new SourceBuild(request.PlanFile, [d], []))]);
    }

    private static SourceBuild BuildOne(ReportRequest request)
    {
        var file = request.PlanFile;
        var checkedPlan = PlanChecker.Check(file);
        var statusPath = request.StatusFile ?? StatusLoader.SiblingOf(file);
        var loaded = request.StatusFile is null && !File.Exists(statusPath) ? null : StatusLoader.Load(statusPath);
        var diagnostics = new List<Diagnostic>([.. checkedPlan.Diagnostics, .. loaded?.Diagnostics ?? []]);
        if (checkedPlan.Package is not { } plan)
        {
            return new SourceBuild(file, diagnostics, []);
        }

        var year = plan.Plan.Period.First;
        if (!ReportPeriod.TryParse(request.Period, year, out var period))
        {
            var meant = ReportPeriod.Suggest(request.Period);
            diagnostics.Add(DiagnosticCatalog.E440.At(SourceSpan.None("--period"),
                $"kỳ báo cáo không đúng dạng \"{request.Period}\"{(meant is null ? "" : $"; có phải ý bạn là \"{meant}\"?")}; viết \"Quý I/{year}\" … \"Quý IV/{year}\", \"6 tháng\", \"9 tháng\" hoặc \"năm\"",
                $"\"{request.Period}\" is not a report period{(meant is null ? "" : $"; did you mean \"{meant}\"?")}; write \"Quý I/{year}\" … \"Quý IV/{year}\", \"6 tháng\", \"9 tháng\" or \"năm\""));
            return new SourceBuild(file, diagnostics, []);
        }

        if (period.Start < plan.Plan.Period.Start || period.End > plan.Plan.Period.End)
        {
            diagnostics.Add(DiagnosticCatalog.E445.At(SourceSpan.None("--period"),
                $"kỳ {period.Label} nằm ngoài thời kỳ kế hoạch {plan.Plan.Period}", $"the period {period.Key} is outside the plan period {plan.Plan.Period}"));
            return new SourceBuild(file, diagnostics, []);
        }

        var status = loaded?.File;
        if (status is not null)
        {
            diagnostics.AddRange(StatusValidator.Validate(plan, status, request.Today));
        }

        var section = status?.Report(period, year);
        if (status is not null && section is null)
        {
            diagnostics.Add(DiagnosticCatalog.W442.At(SourceSpan.None(status.SourcePath),
                $"tệp chưa có mục reports: \"{period.Key}\"; báo cáo để trống số, ngày, nơi nhận và phần đánh giá (…) để cán bộ viết",
                $"the file has no reports: \"{period.Key}\" section; the report leaves the number, date, recipients and assessment blank"));
        }

        if (diagnostics.Any(d => d.IsError))
        {
            return new SourceBuild(file, diagnostics, []);
        }

        var cutOff = request.AsOf ?? section?.AsOf ?? period.CutOff;
        var summary = StatusSummary.Compute(plan, status, cutOff);
        var composed = ReportComposer.Compose(ReportFactsBuilder.Build(plan, summary, period, section), request.Templates);
        diagnostics.AddRange(composed.Diagnostics);
        return composed.HasErrors
            ? new SourceBuild(file, diagnostics, [])
            : new SourceBuild(file, diagnostics, DocumentOutput.Write(composed, file, request.OutputDir, single: false, qualifier: period.Slug));
    }
}
