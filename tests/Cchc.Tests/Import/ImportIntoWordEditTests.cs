using Cchc.Import.Into;
using Cchc.Model;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Import;

/// <summary>
/// build → retype part of a paragraph with python-docx (tests/tools/edit_docx.py: the runs joined into one, as
/// Word leaves them) → import --into: a changed căn cứ, signer name, Số and body paragraph, for every plan in
/// plans/. The YAML changes only in the lines of that value, the reloaded plan holds the edit, and the document
/// rebuilt from it shows the edited text. Added and deleted lines: <see cref="ImportIntoAddedRemovedTests"/>.
/// </summary>
public sealed class ImportIntoWordEditTests : IDisposable
{
    private readonly ClerkEdit _edit = new();

    public void Dispose() => _edit.Dispose();

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

    /// <summary>An indicator's "100%" retyped "95%": its text, and the target the importer reads from it, change there only.</summary>
    [SkippableTheory]
    [MemberData(nameof(Plans))]
    public void A_retyped_indicator_target_is_its_text_and_its_target_value(string plan)
    {
        var text = File.ReadAllText(plan);
        // Under a "chỉ tiêu" section: the reader takes a goals section's indicators for list items, whose targets it does not read.
        var indicator = Indicators(Load(text, plan).Plan.Body.Where(n => n.Role == NodeRole.Indicators)).FirstOrDefault(i => i.Id is not null
            && i.Text.Contains("100%", StringComparison.Ordinal) && i.Targets is [{ Value: 100 }] && !i.Text.Contains('*', StringComparison.Ordinal));
        Skip.If(indicator is null, "the plan has no indicator of 100% with an id in a chỉ tiêu section");
        var edited = Edit(plan, "ke-hoach", indicator!.Text, indicator.Text.Replace("100%", "95%", StringComparison.Ordinal));
        var after = Indicators(Load(edited, plan).Plan.Body).Single(i => i.Id == indicator.Id);
        Assert.Equal(indicator.Text.Replace("100%", "95%", StringComparison.Ordinal), after.Text);
        Assert.Equal(95m, after.Targets[0].Value);
        AssertChangedWithin(text, edited, indicator.Spans.Of("text").Line, indicator.Targets[0].Spans.Of("value").Line);
    }

    /// <summary>Words of an indicator's text retyped (for every plan's indicators with an id, spread over the plan): its text only.</summary>
    [SkippableTheory]
    [MemberData(nameof(Plans))]
    public void A_retyped_indicator_is_its_text_only(string plan)
    {
        var text = File.ReadAllText(plan);
        var candidates = Indicators(Load(text, plan).Plan.Body).Where(i => i.Id is not null && i.Targets.Count == 0 && i.Text.Split(' ').Length > 10
            && i.Text.IndexOfAny(['*', '\\', '%']) < 0).ToList();
        Skip.If(candidates.Count == 0, "the plan has no indicator with an id and no target");
        foreach (var indicator in new[] { candidates[0], candidates[^1] }.Distinct())
        {
            var words = indicator.Text.Split(' ');
            var retyped = indicator.Text.Replace(string.Join(' ', words[2..6]), string.Join(' ', words[2..6].Reverse()), StringComparison.Ordinal);
            var edited = Edit(plan, "ke-hoach", indicator.Text, retyped);
            Assert.Equal(retyped, Indicators(Load(edited, plan).Plan.Body).Single(i => i.Id == indicator.Id).Text);
            AssertChangedWithin(text, edited, indicator.Spans.Of("text"));
        }
    }

    private static IEnumerable<Indicator> Indicators(IEnumerable<Node> nodes) =>
        nodes.SelectMany(n => n.Content.OfType<IndicatorListBlock>().SelectMany(b => b.Entries)
            .SelectMany(e => e is IndicatorGroup g ? g.Indicators : e is Indicator i ? [i] : [])
            .Concat(Indicators(n.Content.OfType<NodeBlock>().Select(b => b.Node))));

    /// <summary>A change with no place in the YAML (an article's text) is not applied, and the clerk is told where it is in both files.</summary>
    [SkippableTheory]
    [MemberData(nameof(Plans))]
    public void A_change_it_cannot_place_is_a_warning_with_both_places_and_nothing_is_applied(string plan)
    {
        var text = File.ReadAllText(plan);
        Skip.If(Load(text, plan).Decision is null, "the plan has no Quyết định");
        var article = Rebuilt(Load(text, plan)).Split('\n').First(l => l.StartsWith("Điều 2.", StringComparison.Ordinal));
        var words = article.Split(' ');
        var result = EditResult(plan, "quyet-dinh", string.Join(' ', words[2..5]), string.Join(' ', words[2..5].Reverse()));
        Assert.False(result.Changed);
        Assert.Equal(text, result.Text);
        // The importer may also see the default articles' executors change: one warning each, the articles' among them.
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "W125" && d.Message.Vi.Contains("decision.articles", StringComparison.Ordinal));
        Assert.Matches(@"\[quyet-dinh-sua\.docx\((¶\d+|bảng \d+, dòng \d+, cột \d+)\)\]", warning.Message.Vi);
        Assert.True(warning.Span.IsKnown);
        Assert.Contains(result.Diagnostics, d => d.Code == "W127");
    }

    private static IEnumerable<ParagraphBlock> Paragraphs(IEnumerable<Node> nodes) =>
        nodes.SelectMany(n => n.Content.OfType<ParagraphBlock>().Concat(Paragraphs(n.Content.OfType<NodeBlock>().Select(b => b.Node))));

    /// <summary>Builds the plan, edits one of its documents with python-docx, applies it --into a copy of the YAML and returns the new YAML.</summary>
    private string Edit(string plan, string which, string find, string replace) => _edit.Applied(plan, File.ReadAllText(plan), which, find, replace);

    private IntoResult EditResult(string plan, string which, string find, string replace) => _edit.Apply(plan, File.ReadAllText(plan), which, find, replace);

    private static void AssertChangedWithin(string before, string after, int first, int last) => ClerkEdit.AssertChangedWithin(before, after, first, last);

    private static void AssertChangedWithin(string before, string after, SourceSpan value) =>
        ClerkEdit.AssertChangedWithin(before, after, value.Line, value.EndColumn == 1 ? value.EndLine - 1 : value.EndLine);

    private static string Rebuilt(Package package) => ClerkEdit.Rebuilt(package);

    private static Package Load(string text, string name) => ClerkEdit.Load(text, name);
}
