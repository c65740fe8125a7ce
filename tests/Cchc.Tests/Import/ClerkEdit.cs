using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Import.Into;
using Cchc.Model;
using Cchc.Tests.Support;
using Cchc.Tests.Word;
using Cchc.Yaml;
using Xunit;

namespace Cchc.Tests.Import;

/// <summary>
/// A plan built to its documents, one of them edited with python-docx as a clerk edits it in Word
/// (tests/tools/edit_docx.py: retype, a paragraph added after another or deleted, a table cell retyped), and the
/// edit applied <c>--into</c> the plan's YAML; and what a reviewer checks of the YAML's line diff.
/// </summary>
internal sealed class ClerkEdit : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-into-py-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <param name="which">"quyet-dinh" or "ke-hoach": the document edited.</param>
    /// <param name="edit">edit_docx.py's arguments after IN and OUT.</param>
    public IntoResult Apply(string planPath, string planText, string which, params string[] edit)
    {
        var python = Python.Require("docx", "python3-docx");
        var paths = WriteBuilt(Load(planText, planPath), _dir, (name, path) =>
        {
            if (name != which)
            {
                return path;
            }

            var edited = Path.Combine(_dir, name + "-sua.docx");
            var (exit, _, stderr) = Python.Tool(python, "edit_docx.py", [path, edited, .. edit]);
            Assert.True(exit == 0, $"edit_docx.py: {exit} {stderr} ({string.Join(" | ", edit)})");
            return edited;
        });

        var result = IntoImporter.Apply(paths, planPath, planText, force: false);
        Assert.False(result.Refused, string.Join("\n", result.Diagnostics.Select(d => d.Message.Vi)));
        return result;
    }

    /// <summary>Applied, with no error and nothing left unapplied or different (W125, W127): the new YAML.</summary>
    public string Applied(string planPath, string planText, string which, params string[] edit)
    {
        var result = Apply(planPath, planText, which, edit);
        Assert.True(result.Changed, string.Join("\n", result.Diagnostics.Select(d => d.Message.Vi)));
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError || d.Code is "W125" or "W127");
        return result.Text!;
    }

    /// <summary>
    /// The plan's documents written into <paramref name="dir"/> as cchc builds them ("quyet-dinh", "ke-hoach"); each
    /// goes through <paramref name="edit"/> (its name and path), which gives the path of the file to import.
    /// </summary>
    public static List<string> WriteBuilt(Package plan, string dir, Func<string, string, string> edit)
    {
        var composed = Composer.Compose(plan, TemplateSet.Builtin);
        var paths = new List<string>();
        foreach (var (document, name) in new[] { (composed.Decision, "quyet-dinh"), (composed.Plan, "ke-hoach") })
        {
            if (document is not null)
            {
                var path = Path.Combine(dir, name + ".docx");
                File.WriteAllBytes(path, BuiltDocuments.Write(document));
                paths.Add(edit(name, path));
            }
        }

        return paths;
    }

    public static Package Load(string text, string name)
    {
        var loaded = PlanLoader.Load(text, name);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics.Where(d => d.IsError).Select(d => d.Message.Vi)));
        return loaded.Package!;
    }

    /// <summary>The document text cchc builds from the plan, one paragraph a line: the Quyết định's, then the Kế hoạch's.</summary>
    public static string Rebuilt(Package package)
    {
        var composed = Composer.Compose(package, TemplateSet.Builtin);
        return string.Join("\n", new[] { composed.Decision, composed.Plan }.OfType<Cchc.Model.Documents.Document>()
            .SelectMany(d => BuiltDocuments.Read(BuiltDocuments.Write(d)).Paragraphs).Select(p => p.DisplayText));
    }

    /// <summary>Every line outside lines <paramref name="first"/>–<paramref name="last"/> (1-based) is byte-identical.</summary>
    public static void AssertChangedWithin(string before, string after, int first, int last)
    {
        var (prefix, suffix, a) = Common(before, after);
        Assert.True(prefix + 1 >= first && a.Length - suffix <= Math.Max(last, first),
            $"changed lines {prefix + 1}–{a.Length - suffix}, the value is at {first}–{last}\n{LineDiff.Describe(before, after)}");
    }

    /// <summary>
    /// Lines were only inserted, in one place, between lines <paramref name="from"/> and <paramref name="to"/> of
    /// <paramref name="before"/> (1-based, "before line n"; where the inserted block may slide over equal lines, one
    /// of its places is there).
    /// </summary>
    public static void AssertInsertedBetween(string before, string after, int from, int to)
    {
        var (prefix, suffix, a) = Common(before, after);
        var b = after.Split('\n');
        Assert.True(prefix + suffix == a.Length && b.Length > a.Length, $"not a pure insertion\n{LineDiff.Describe(before, after)}");
        var tail = 0;
        while (tail < a.Length && a[^(tail + 1)] == b[^(tail + 1)])
        {
            tail++;
        }

        Assert.True(a.Length - tail + 1 <= to && from <= prefix + 1,
            $"inserted before line {a.Length - tail + 1}–{prefix + 1}, expected before a line in {from}–{to}\n{LineDiff.Describe(before, after)}");
    }

    /// <summary>
    /// Lines were only deleted, in one place, all of them within lines <paramref name="first"/>–<paramref name="last"/>
    /// (1-based; where the deleted block may slide over equal lines, one of its places is there).
    /// </summary>
    public static void AssertDeletedWithin(string before, string after, int first, int last)
    {
        var (prefix, suffix, a) = Common(before, after);
        var b = after.Split('\n');
        Assert.True(prefix + suffix == b.Length && b.Length < a.Length, $"not a pure deletion\n{LineDiff.Describe(before, after)}");
        var tail = 0;
        while (tail < b.Length && a[^(tail + 1)] == b[^(tail + 1)])
        {
            tail++;
        }

        var count = a.Length - b.Length;
        var (earliest, latest) = (a.Length - tail - count + 1, prefix + 1);
        Assert.True(Math.Max(earliest, first) <= Math.Min(latest, last - count + 1),
            $"deleted {count} lines starting at line {earliest}–{latest}, expected within {first}–{last}\n{LineDiff.Describe(before, after)}");
    }

    private static (int Prefix, int Suffix, string[] A) Common(string before, string after)
    {
        var a = before.Split('\n');
        var (prefix, suffix) = LineDiff.CommonEnds(a, after.Split('\n'));
        return (prefix, suffix, a);
    }
}
