using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Diff;
using Cchc.Docx;
using Cchc.Import.Recognition;
using Cchc.Model;
using Cchc.Validation;
using Cchc.Word;
using Cchc.Yaml;

namespace Cchc.Import.Into;

/// <summary>
/// What <c>import --into</c> gave: the plan's new text (null when refused or nothing to write), the semantic diff
/// of what was applied, and every finding. <see cref="Refused"/>: exit 2, nothing written.
/// </summary>
public sealed record IntoResult(string? Text, PlanDiff? Applied, IReadOnlyList<Diagnostic> Diagnostics, bool Refused)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public bool Changed => Applied is { HasDifferences: true };
}

/// <summary>
/// <c>cchc import EDITED.docx… --into PLAN.yaml</c>: the Word files and the plan are both seen through the
/// importer — the plan as the documents cchc builds from it (the baseline) — so that the semantic diff of the
/// two imports is exactly what the clerk edited in Word. Each change is then written into the plan's own text at
/// the place the plan had it (<see cref="IntoApplier"/>); what has no place is a W125 warning, never dropped.
/// The result is imported once more the same way and must say what the Word file says (else W127).
/// </summary>
public static class IntoImporter
{
    public static IntoResult Apply(IReadOnlyList<string> wordPaths, string planPath, string planText, bool force)
    {
        var loaded = PlanLoader.Load(planText, planPath);
        if (loaded.Package is not { } plan || loaded.HasErrors)
        {
            var errors = loaded.Diagnostics.Where(d => d.IsError).ToList();
            errors.Insert(0, DiagnosticCatalog.E310.At(SourceSpan.None(planPath),
                $"không nạp được {planPath}: sửa các lỗi dưới đây (cchc validate) rồi chạy lại import --into",
                $"{planPath} does not load: fix the errors below (cchc validate), then run import --into again"));
            return new IntoResult(null, null, errors, Refused: true);
        }

        var (documents, read) = PlanImporter.Read(wordPaths);
        if (read.Any(d => d.IsError))
        {
            return new IntoResult(null, null, read, Refused: true);
        }

        var wordName = string.Join(", ", documents.Select(d => d.Context.SourceName));
        var edited = Imported(documents.Select(d => d.Document).ToList(), documents.Select(d => d.Context.SourceName).ToList(), wordName, "w-");
        if (edited.Package is not { } word)
        {
            return new IntoResult(null, null, [.. read, .. edited.Diagnostics.Where(d => d.IsError)], Refused: true);
        }

        if (!force && !SameUnit(plan.Issuer, word.Issuer))
        {
            return new IntoResult(null, null, [DiagnosticCatalog.E311.At(SourceSpan.None(wordName),
                $"{wordName} là văn bản của {word.IssuerFullName}, còn {planPath} là kế hoạch của {plan.IssuerFullName}: không áp dụng; thêm --force nếu đúng là muốn áp dụng",
                $"{wordName} was issued by {word.IssuerFullName} but {planPath} is the plan of {plan.IssuerFullName}: not applied; add --force to apply it anyway")], Refused: true);
        }

        var withDecision = !edited.Supplied;
        var baseline = Baseline(plan, withDecision, wordName, "b-");
        if (baseline is null)
        {
            return new IntoResult(null, null, [DiagnosticCatalog.E310.At(SourceSpan.None(planPath),
                $"không dựng được văn bản từ {planPath} để so sánh (cchc build báo lỗi): sửa kế hoạch trước",
                $"the documents of {planPath} could not be built for comparison (cchc build reports errors): fix the plan first")], Refused: true);
        }

        var changes = PlanDiffer.Compare(baseline.Package!, word);
        var diagnostics = new List<Diagnostic>();
        var text = planText;
        if (changes.HasDifferences)
        {
            var applier = new IntoApplier(plan, planText, baseline, edited, documents.Select(d => (d.Document, d.Context.SourceName)).ToList(), diagnostics);
            text = applier.Apply(changes, PlanDiffer.Compare(plan, baseline.Package!));
        }

        var result = PlanLoader.Load(text, planPath);
        if (result.Package is not { } applied || result.HasErrors)
        {
            diagnostics.Add(DiagnosticCatalog.E312.At(SourceSpan.None(planPath),
                "sửa tại chỗ cho ra YAML không nạp được, nên không ghi gì; hãy báo lỗi này kèm tệp Word và tệp YAML",
                "the in-place edit gave YAML that does not load, so nothing was written; please report this with the Word and YAML files"));
            diagnostics.AddRange(result.Diagnostics.Where(d => d.IsError));
            return new IntoResult(null, null, diagnostics, Refused: true);
        }

        if (changes.HasDifferences && Baseline(applied, withDecision, wordName, "w-") is { } again
            && PlanDiffer.Compare(again.Package!, word) is { HasDifferences: true } remaining)
        {
            diagnostics.Add(DiagnosticCatalog.W127.At(SourceSpan.None(planPath),
                $"sau khi áp dụng, {planPath} vẫn khác {wordName}: {remaining.Summary.Text}; xem lại các chỗ này bằng tay",
                $"after applying, {planPath} still differs from {wordName}: {remaining.Summary.Text}; check these places by hand"));
        }

        diagnostics.AddRange(result.Diagnostics);
        diagnostics.AddRange(PlanValidator.Validate(applied));
        return new IntoResult(text, PlanDiffer.Compare(plan, applied), diagnostics, Refused: false);
    }

    private static bool SameUnit(Issuer a, Issuer b) =>
        string.Equals(Fold(a.Name), Fold(b.Name), StringComparison.Ordinal) && string.Equals(Fold(a.Unit), Fold(b.Unit), StringComparison.Ordinal);

    private static string Fold(string s) => string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>
    /// The plan as the importer sees the documents cchc builds from it; null when they cannot be built. The
    /// check after applying gives it the Word side's id prefix, so that equal tasks have equal ids there.
    /// </summary>
    private static ImportedPlan? Baseline(Package plan, bool withDecision, string wordName, string prefix)
    {
        var composed = Composer.Compose(plan, TemplateSet.Builtin);
        if (composed.HasErrors)
        {
            return null;
        }

        var parts = withDecision && composed.Decision is { } decision ? new[] { decision, composed.Plan } : [composed.Plan];
        var documents = new List<WordDocument>();
        foreach (var part in parts)
        {
            using var buffer = new MemoryStream();
            DocxWriter.Write(part, buffer);
            buffer.Position = 0;
            if (WordReader.Read(buffer, "cchc-build.docx").Document is not { } document)
            {
                return null;
            }

            documents.Add(document);
        }

        var imported = Imported(documents, [.. documents.Select(_ => "cchc-build.docx")], wordName, prefix);
        return imported.Package is null ? null : imported;
    }

    private static ImportedPlan Imported(List<WordDocument> documents, List<string> names, string yamlName, string prefix)
    {
        var contexts = documents.Select((d, i) => (d, new ImportContext(names[i]))).ToList();
        var import = PlanImporter.Import(contexts, yamlName, Recognizers.Default, []);
        var package = import.Yaml is { } yaml && PlanLoader.Load(yaml, yamlName) is { HasErrors: false, Package: { } p } ? SideIds.Apart(p, prefix) : null;
        return new ImportedPlan(import.Yaml ?? "", package, import.Diagnostics, import.Diagnostics.Any(d => d.Is(DiagnosticCatalog.W118)));
    }
}

/// <summary>One side seen through the importer: its YAML text, the loaded model, the findings, whether the Quyết định was supplied.</summary>
internal sealed record ImportedPlan(string Yaml, Package? Package, IReadOnlyList<Diagnostic> Diagnostics, bool Supplied);
