using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Tests.Support;
using Cchc.Tests.Word;
using Cchc.Yaml;
using DocumentFormat.OpenXml.Packaging;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cchc.Tests.Import;

/// <summary><c>cchc import EDITED.docx --into PLAN.yaml</c> as a clerk runs it: output, files written or not, exit codes.</summary>
public sealed class ImportIntoCommandTests : IDisposable
{
    private const string Plan = "phuong-hai-duong-2026.yaml";
    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-into-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void An_unedited_build_says_no_change_and_leaves_the_file_byte_identical()
    {
        var (yaml, docs) = Setup(edit: false);
        var before = File.ReadAllBytes(yaml);
        var run = CliRun.Of(["import", .. docs, "--into", yaml]);
        Assert.Equal(0, run.Exit);
        Assert.Contains("không có thay đổi", run.Out, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(yaml));
    }

    [Fact]
    public void An_edit_is_printed_as_cchc_diff_prints_it_and_written()
    {
        var (yaml, docs) = Setup(edit: true);
        var original = File.ReadAllText(yaml);
        var dry = CliRun.Of(["import", .. docs, "--into", yaml, "--dry-run"]);
        Assert.Equal(0, dry.Exit);
        Assert.Equal(original, File.ReadAllText(yaml));
        Assert.Contains("--dry-run", dry.Err, StringComparison.Ordinal);

        var run = CliRun.Of(["import", .. docs, "--into", yaml]);
        Assert.Equal(0, run.Exit);
        Assert.Equal(dry.Out, run.Out);
        Assert.Contains("sửa 1 (đổi thời hạn 1)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Quý IV/2026", File.ReadAllText(yaml), StringComparison.Ordinal);
        // The report opens with what cchc diff prints for the plan before and after (its title line aside); the findings follow.
        var old = Path.Combine(_dir, "old.yaml");
        File.WriteAllText(old, original);
        var diff = CliRun.Of("diff", old, yaml, "--color", "never");
        Assert.StartsWith(Body(diff.Out).TrimEnd(), Body(run.Out), StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_of_another_unit_is_refused_unless_forced()
    {
        var (yaml, docs) = Setup(edit: true);
        var original = File.ReadAllText(yaml);
        File.WriteAllText(yaml, original.Replace("name: \"Hải Dương\"", "name: \"Tân Minh\"", StringComparison.Ordinal));
        var other = File.ReadAllText(yaml);
        Assert.NotEqual(original, other);
        var run = CliRun.Of(["import", .. docs, "--into", yaml]);
        Assert.Equal(2, run.Exit);
        Assert.Contains("E311", run.All, StringComparison.Ordinal);
        Assert.Contains("--force", run.All, StringComparison.Ordinal);
        Assert.Equal(other, File.ReadAllText(yaml));
        Assert.Equal(0, CliRun.Of(["import", .. docs, "--into", yaml, "--force"]).Exit);
        Assert.Contains("Quý IV/2026", File.ReadAllText(yaml), StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_that_does_not_load_is_refused_with_its_errors()
    {
        var (yaml, docs) = Setup(edit: true);
        File.WriteAllText(yaml, "plan: [\n");
        var run = CliRun.Of(["import", .. docs, "--into", yaml]);
        Assert.Equal(2, run.Exit);
        Assert.Contains("E310", run.All, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.All, StringComparison.Ordinal);
        Assert.Equal("plan: [\n", File.ReadAllText(yaml));
        Assert.Equal(2, CliRun.Of(["import", .. docs, "--into", Path.Combine(_dir, "missing.yaml")]).Exit);
    }

    private static string Body(string report) => string.Join("\n", report.Split('\n').Where(l => !l.StartsWith("cchc diff:", StringComparison.Ordinal)));

    /// <summary>A copy of the plan and its built documents; with <paramref name="edit"/>, the first task's deadline retyped "Quý IV/2026".</summary>
    private (string Yaml, string[] Docs) Setup(bool edit)
    {
        var source = Path.Combine(RepoPaths.Plans, Plan);
        var yaml = Path.Combine(_dir, Plan);
        File.Copy(source, yaml);
        var loaded = PlanLoader.Load(File.ReadAllText(yaml), yaml);
        var composed = Composer.Compose(loaded.Package!, TemplateSet.Builtin);
        var decision = Path.Combine(_dir, "quyet-dinh.docx");
        var plan = Path.Combine(_dir, "ke-hoach.docx");
        File.WriteAllBytes(decision, BuiltDocuments.Write(composed.Decision!));
        File.WriteAllBytes(plan, BuiltDocuments.Write(composed.Plan));
        if (edit)
        {
            using var word = WordprocessingDocument.Open(plan, isEditable: true);
            var task = loaded.Package!.Appendices.OfType<Cchc.Model.TaskAppendix>().First().Groups[0].Tasks[0];
            var row = word.MainDocumentPart!.Document!.Body!.Descendants<W.TableRow>().First(r => r.Elements<W.TableCell>().ElementAtOrDefault(1)?.InnerText == task.Content);
            var cell = row.Elements<W.TableCell>().ElementAt(4);
            var runs = cell.Descendants<W.Run>().ToList();
            runs.Skip(1).ToList().ForEach(r => r.Remove());
            runs[0].RemoveAllChildren<W.Text>();
            runs[0].AppendChild(new W.Text("Quý IV/2026"));
        }

        return (yaml, [plan, decision]);
    }
}
