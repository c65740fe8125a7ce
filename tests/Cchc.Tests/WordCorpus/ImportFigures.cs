using System.Text.RegularExpressions;
using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Import;
using Cchc.Model;
using Cchc.Tests.Support;
using Cchc.Tests.Word;
using Cchc.Yaml;

namespace Cchc.Tests.WordCorpus;

/// <summary>A task row as the Word file holds it: what the importer must give back.</summary>
public sealed record ExpectedTask(string Content, string Lead, string Co, string Deadline, IReadOnlyList<string> Products);

/// <summary>
/// What importing one foreign Word file gives, measured the way a clerk would check it: the plan written without
/// error (import and validate), the rebuilt plan's words against the file's words in order, the task rows with
/// all five fields, and the deadlines parsed (not free text) and equal to the cell's text.
/// </summary>
public sealed record ImportFigures(string File, IReadOnlyList<string> Errors, WordRecovery.Result Words, int Tasks,
    int TasksAllFive, int DeadlinesParsed, IReadOnlyList<string> TaskMismatches)
{
    public bool Imported => Errors.Count == 0;

    /// <summary>Imports <paramref name="docx"/> with the library call, rebuilds the plan and measures it against
    /// <paramref name="expectedText"/> and, when given, the rows the file was written with.</summary>
    public static ImportFigures Measure(string docx, string expectedText, IReadOnlyList<ExpectedTask>? expectedTasks)
    {
        var name = Path.GetFileName(docx);
        var result = PlanImporter.Import([docx], "plan.yaml");
        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Span}: {d.Code} {d.Message.Vi}").ToList();
        if (result.Yaml is null || result.Unreadable)
        {
            return new(name, errors.Count > 0 ? errors : ["không ghi được kế hoạch"], WordRecovery.Measure(expectedText, ""), 0, 0, 0, []);
        }

        var loaded = PlanLoader.Load(result.Yaml, "plan.yaml");
        if (loaded.Package is not { } package)
        {
            return new(name, [.. errors, "kế hoạch ghi ra không nạp được"], WordRecovery.Measure(expectedText, ""), 0, 0, 0, []);
        }

        var composed = Composer.Compose(package, TemplateSet.Builtin);
        errors.AddRange(composed.Diagnostics.Where(d => d.IsError).Select(d => $"build: {d.Code} {d.Message.Vi}"));
        var rebuilt = composed.HasErrors ? "" : string.Join("\n", BuiltDocuments.Read(BuiltDocuments.Write(composed.Single)).Paragraphs.Select(p => p.DisplayText));
        var tasks = package.Appendices.OfType<TaskAppendix>().SelectMany(a => a.Groups).SelectMany(g => g.Tasks).ToList();
        var allFive = tasks.Count(t => t.Content.Trim().Length > 0 && t.Lead.Source.Trim().Length > 0 && t.Co is { } co
            && co.Source.Trim().Length > 0 && t.Deadline.Text.Trim().Length > 0 && t.Products.Count > 0);
        var parsed = tasks.Count(t => t.Deadline.Kind != DeadlineKind.FreeText);
        return new(name, errors, WordRecovery.Measure(expectedText, rebuilt), tasks.Count, allFive, parsed,
            expectedTasks is null ? [] : Mismatches(tasks, expectedTasks));
    }

    /// <summary>Each task against the row written: the deadline parsed and equal to the cell, the content's words equal.</summary>
    private static List<string> Mismatches(List<PlanTask> tasks, IReadOnlyList<ExpectedTask> expected)
    {
        var found = new List<string>();
        if (tasks.Count != expected.Count)
        {
            found.Add($"{tasks.Count} nhiệm vụ thay vì {expected.Count}");
        }

        foreach (var (task, row, n) in tasks.Zip(expected).Select((p, n) => (p.First, p.Second, n + 1)))
        {
            if (task.Deadline.Kind == DeadlineKind.FreeText)
            {
                found.Add($"nhiệm vụ {n}: thời hạn \"{task.Deadline.Text}\" không phân tích được");
            }

            if (Spaces(task.Deadline.Text) != Spaces(row.Deadline))
            {
                found.Add($"nhiệm vụ {n}: thời hạn \"{task.Deadline.Text}\" thay vì \"{row.Deadline}\"");
            }

            if (!WordRecovery.Words(task.Content).SequenceEqual(WordRecovery.Words(row.Content)))
            {
                found.Add($"nhiệm vụ {n}: nội dung \"{task.Content}\" thay vì \"{row.Content}\"");
            }

            if (task.Products.Count != row.Products.Count(p => p.Trim().Length > 0))
            {
                found.Add($"nhiệm vụ {n}: {task.Products.Count} sản phẩm thay vì {row.Products.Count}");
            }
        }

        return found;
    }

    private static string Spaces(string text) => Regex.Replace(text.Replace('\u00A0', ' '), @"\s+", " ").Trim();

    public override string ToString() =>
        $"{File}: {(Imported ? "nhập được" : "LỖI")} {Words}, {TasksAllFive}/{Tasks} nhiệm vụ đủ 5 trường, {DeadlinesParsed}/{Tasks} thời hạn phân tích được"
        + string.Concat(Errors.Take(5).Select(e => "\n    " + e)) + string.Concat(TaskMismatches.Take(5).Select(e => "\n    " + e));
}
