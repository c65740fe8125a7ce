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
/// build → retype part of a paragraph with python-docx (tests/tools/edit_docx.py: the runs joined into one, as
/// Word leaves them) → import --into: a changed căn cứ, signer name, Số and body paragraph, for every plan in
/// plans/. The YAML changes only in the lines of that value, the reloaded plan holds the edit, and the document
/// rebuilt from it shows the edited text.
/// </summary>
public sealed class ImportIntoWordEditTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-into-py-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static IEnumerable<object[]> Plans() => RepoPaths.PlanFiles.Select(f => new object[] { f });

    [SkippableTheory]
    [MemberData(nameof(Plans))]
    public void A_changed_signer_name_is_that_value_only(string plan)
    {
        var package = Load(File.ReadAllText(plan), plan);
        var (signer, inDecision) = package.Decision?.Signer is { Name: { Length: > 0 } } d ? (d, true) : (package.Plan.Signer, false);
        Skip.If(signer?.Name is not { Length: > 0 }, "the plan's signature has no name yet (a draft)");
        var edited = Edit(plan, inDecision ? "quyet-dinh" : "ke-hoach", signer.Name!, "Nguyễn Văn Bình");
        var after = Load(edited, plan);
        Assert.Equal("Nguyễn Văn Bình", (inDecision ? after.Decision!.Signer : after.Plan.Signer)!.Name);
        AssertChangedWithin(File.ReadAllText(plan), edited, signer!.Spans.Of("name"));
    }

    [SkippableTheory]
    [MemberData(nameof(Plans))]
    public void A_changed_number_is_that_value_only(string plan)
    {
        var package = Load(File.ReadAllText(plan), plan);
        var decision = package.Decision;
        Skip.If(decision is null, "the plan has no Quyết định");
        var written = decision!.Number is { } n ? $"Số: {n}/" : $"Số:{package.Style.Blank}/";
        var edited = Edit(plan, "quyet-dinh", written, "Số: 123/");
        Assert.Equal("123", Load(edited, plan).Decision!.Number);
        AssertChangedWithin(File.ReadAllText(plan), edited, decision.Spans.Of("number"));
    }

    [SkippableTheory]
    [MemberData(nameof(Plans))]
    public void A_changed_legal_basis_is_that_reference_only(string plan)
    {
        var package = Load(File.ReadAllText(plan), plan);
        var basis = package.Decision?.Bases.FirstOrDefault(b => b.Title is { Length: > 10 } && b.Also.Count == 0);
        Skip.If(basis is null, "the plan has no căn cứ with a title");
        var edited = Edit(plan, "quyet-dinh", basis!.Title!, basis.Title + " đã được sửa đổi");
        var index = package.Decision!.Bases.ToList().IndexOf(basis);
        Assert.Equal(basis.Title + " đã được sửa đổi", Load(edited, plan).Decision!.Bases[index].Title);
        AssertChangedWithin(File.ReadAllText(plan), edited, basis.Spans.Of("title"));
    }

    [SkippableTheory]
    [MemberData(nameof(Plans))]
    public void A_changed_body_paragraph_is_that_paragraph_only(string plan)
    {
        var text = File.ReadAllText(plan);
        var package = Load(text, plan);
        var paragraph = Paragraphs(package.Plan.Body).First(p => p.Text.Split(' ').Length > 15 && !p.Text.Contains('*', StringComparison.Ordinal));
        var words = paragraph.Text.Split(' ');
        var find = string.Join(' ', words[3..8]);
        var edited = Edit(plan, "ke-hoach", find, string.Join(' ', words[3..8].Reverse()));
        var expected = paragraph.Text.Replace(find, string.Join(' ', words[3..8].Reverse()), StringComparison.Ordinal);
        Assert.Contains(expected, Rebuilt(Load(edited, plan)));
        AssertChangedWithin(text, edited, paragraph.Span);
    }

    [SkippableTheory]
    [MemberData(nameof(Plans))]
    public void A_retyped_heading_is_its_title_only(string plan)
    {
        var text = File.ReadAllText(plan);
        var heading = Load(text, plan).Plan.Body.First(n => n.Title is { Length: > 3 });
        var edited = Edit(plan, "ke-hoach", heading.Title!, heading.Title + " CHUNG");
        Assert.Equal(heading.Title + " CHUNG", Load(edited, plan).Plan.Body.First(n => n.Title is { Length: > 3 }).Title);
        AssertChangedWithin(text, edited, heading.Spans.Of("title"));
    }

    /// <summary>A change with no place in the YAML (a Nơi nhận line) is not applied, and the clerk is told where it is in both files.</summary>
    [SkippableTheory]
    [MemberData(nameof(Plans))]
    public void A_change_it_cannot_place_is_a_warning_with_both_places_and_nothing_is_applied(string plan)
    {
        var text = File.ReadAllText(plan);
        var recipient = Load(text, plan).Decision?.Recipients is [var first, ..] ? first : null;
        Skip.If(recipient is null, "the plan has no Quyết định with a Nơi nhận");
        var result = EditResult(plan, "quyet-dinh", "- " + recipient!.To, "- Ban Tuyên giáo và Dân vận");
        Assert.False(result.Changed);
        Assert.Equal(text, result.Text);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "W125");
        Assert.Contains("decision.recipients", warning.Message.Vi, StringComparison.Ordinal);
        Assert.Matches(@"\[quyet-dinh-sua\.docx\((¶\d+|bảng \d+, dòng \d+, cột \d+)\)\]", warning.Message.Vi);
        Assert.True(warning.Span.IsKnown);
        Assert.Contains(result.Diagnostics, d => d.Code == "W127");
    }

    private static IEnumerable<ParagraphBlock> Paragraphs(IEnumerable<Node> nodes) =>
        nodes.SelectMany(n => n.Content.OfType<ParagraphBlock>().Concat(Paragraphs(n.Content.OfType<NodeBlock>().Select(b => b.Node))));

    /// <summary>Builds the plan, edits one of its documents with python-docx, applies it --into a copy of the YAML and returns the new YAML.</summary>
    private string Edit(string plan, string which, string find, string replace)
    {
        var result = EditResult(plan, which, find, replace);
        Assert.True(result.Changed);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError || d.Code is "W125" or "W127");
        return result.Text!;
    }

    private IntoResult EditResult(string plan, string which, string find, string replace)
    {
        var python = Python.Require("docx", "python3-docx");
        var text = File.ReadAllText(plan);
        var composed = Composer.Compose(Load(text, plan), TemplateSet.Builtin);
        var paths = new List<string>();
        foreach (var (document, name) in new[] { (composed.Decision, "quyet-dinh"), (composed.Plan, "ke-hoach") })
        {
            if (document is null)
            {
                continue;
            }

            var path = Path.Combine(_dir, name + ".docx");
            File.WriteAllBytes(path, BuiltDocuments.Write(document));
            if (name == which)
            {
                var edited = Path.Combine(_dir, name + "-sua.docx");
                var (exit, _, stderr) = Python.Tool(python, "edit_docx.py", path, edited, find, replace);
                Assert.True(exit == 0, $"edit_docx.py: {exit} {stderr} (\"{find}\")");
                path = edited;
            }

            paths.Add(path);
        }

        var result = IntoImporter.Apply(paths, plan, text, force: false);
        Assert.False(result.Refused, string.Join("\n", result.Diagnostics.Select(d => d.Message.Vi)));
        return result;
    }

    /// <summary>Every line outside the value's own lines is byte-identical.</summary>
    private static void AssertChangedWithin(string before, string after, SourceSpan value)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var last = value.EndColumn == 1 ? value.EndLine - 1 : value.EndLine;
        Assert.True(prefix + 1 >= value.Line && a.Length - suffix <= Math.Max(last, value.Line),
            $"changed lines {prefix + 1}–{a.Length - suffix}, the value is at {value.Line}–{last}\n{LineDiff.Describe(before, after)}");
    }

    private static string Rebuilt(Package package)
    {
        var composed = Composer.Compose(package, TemplateSet.Builtin);
        return string.Join("\n", BuiltDocuments.Read(BuiltDocuments.Write(composed.Plan)).Paragraphs.Select(p => p.DisplayText));
    }

    private static Package Load(string text, string name)
    {
        var loaded = PlanLoader.Load(text, name);
        Assert.False(loaded.HasErrors);
        return loaded.Package!;
    }
}
