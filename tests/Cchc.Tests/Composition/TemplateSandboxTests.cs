using Cchc.Composition;
using Cchc.Model;
using Cchc.Model.Documents;
using Xunit;
using static Cchc.Tests.Composition.DocumentText;

namespace Cchc.Tests.Composition;

/// <summary>
/// Templates run sandboxed: nothing outside the template folder is read, plan text is never executed,
/// and every failure is a diagnostic with file, line and column rather than an exception.
/// </summary>
public sealed class TemplateSandboxTests : IDisposable
{
    private readonly TemplateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (ComposeResult Result, Diagnostic Diagnostic) ComposeWith(string template, string text)
    {
        var set = _folder.Write(template, text).Load();
        var result = Composer.Compose(SpecExample.Package(), set);
        return (result, Assert.Single(result.Diagnostics));
    }

    private static void AssertAt(Diagnostic d, string code, string file, int line, int column)
    {
        Assert.Equal((code, file, line, column), (d.Code, d.Span.File, d.Span.Line, d.Span.Column));
        Assert.True(d.IsError);
        Assert.NotEmpty(d.Message.Vi);
        Assert.NotEmpty(d.Message.En);
    }

    [Fact]
    public void Including_an_absolute_path_is_refused_without_reading_it()
    {
        var (result, d) = ComposeWith("decision/doc-type.sbn", "QUYẾT ĐỊNH{{ include '/etc/passwd' }}");
        AssertAt(d, "T004", _folder.PathOf("decision/doc-type.sbn"), 1, 14);
        Assert.DoesNotContain(AllText(result.Single), t => t.Contains("root:", StringComparison.Ordinal));
    }

    [Fact]
    public void Including_a_file_above_the_folder_is_refused()
    {
        File.WriteAllText(Path.Combine(_folder.Root, "secret.sbn"), "BÍ MẬT");
        var (result, d) = ComposeWith("plan/doc-type.sbn", "KẾ HOẠCH\n{{ include 'common/../../secret.sbn' }}");
        AssertAt(d, "T004", _folder.PathOf("plan/doc-type.sbn"), 2, 4);
        Assert.DoesNotContain(AllText(result.Single), t => t.Contains("BÍ MẬT", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_inside_the_folder_to_a_file_outside_it_is_not_a_template()
    {
        var outside = Path.Combine(_folder.Root, "outside.txt");
        File.WriteAllText(outside, "NGOÀI THƯ MỤC");
        File.CreateSymbolicLink(_folder.PathOf("common/link.sbn"), outside);
        var (result, d) = ComposeWith("plan/doc-type.sbn", "{{ include 'common/link.sbn' }}");
        AssertAt(d, "T003", _folder.PathOf("plan/doc-type.sbn"), 1, 4);
        Assert.DoesNotContain(AllText(result.Single), t => t.Contains("NGOÀI", StringComparison.Ordinal));
    }

    [Fact]
    public void Including_a_template_of_the_folder_works()
    {
        var set = _folder.Write("common/type-word.sbn", "KẾ HOẠCH").Write("plan/doc-type.sbn", "{{ include 'common/type-word.sbn' }}").Load();
        var result = Composer.Compose(SpecExample.Package(), set);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["KẾ HOẠCH"], Texts(result.Plan.Sections[0], ParaStyle.DocType));
    }

    [Fact]
    public void An_endless_loop_stops_at_the_loop_limit()
    {
        var (_, d) = ComposeWith("decision/heading.sbn", "QUYẾT ĐỊNH:\n{{ while true }}x{{ end }}");
        AssertAt(d, "T002", _folder.PathOf("decision/heading.sbn"), 2, 4);
        Assert.Contains("limit", d.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Endless_recursion_stops_at_the_recursion_limit()
    {
        var (_, d) = ComposeWith("decision/heading.sbn", "{{ func f; f; end; f }}");
        Assert.Equal("T002", d.Code);
        Assert.Contains("recursive", d.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_variable_is_reported_where_it_is_used()
    {
        var (result, d) = ComposeWith("common/signer.sbn", "{{ signer.title }}\n  {{ chu_ky }}");
        AssertAt(d, "T002", _folder.PathOf("common/signer.sbn"), 2, 6);
        Assert.Contains("chu_ky", d.Message.En, StringComparison.Ordinal);
        Assert.Empty(Single<SignatureBlock>(result.Decision!.Sections[0]).AuthorityLines);
    }

    [Fact]
    public void A_syntax_error_is_reported_when_the_folder_is_loaded()
    {
        var set = _folder.Write("decision/bases.sbn", "Căn cứ\n{{ for base in bases }}").Load();
        var d = Assert.Single(set.Diagnostics);
        Assert.Equal(("T001", _folder.PathOf("decision/bases.sbn"), 2), (d.Code, d.Span.File, d.Span.Line));
        Assert.True(d.Span.Column > 1);
        var result = Composer.Compose(SpecExample.Package(), set);
        Assert.Equal([d], result.Diagnostics);
        Assert.True(result.HasErrors);
        Assert.Empty(Texts(result.Decision!.Sections[0], ParaStyle.Basis));
    }

    [Fact]
    public void A_missing_template_and_a_missing_folder_are_reported()
    {
        File.Delete(_folder.PathOf("appendix/label.sbn"));
        var d = Assert.Single(_folder.Load().Diagnostics);
        Assert.Equal(("T003", _folder.PathOf("appendix/label.sbn")), (d.Code, d.Span.File));

        var none = Cchc.Composition.Templates.TemplateSet.Load(Path.Combine(_folder.Root, "khong-co"));
        Assert.Equal("T003", Assert.Single(none.Diagnostics).Code);
        Assert.True(Composer.Compose(SpecExample.Package(), none).HasErrors);
    }

    [Fact]
    public void Templates_cannot_evaluate_text_as_a_template()
    {
        var (result, d) = ComposeWith("plan/doc-type.sbn", "{{ object.eval_template '{{ 1+1 }}' }}");
        AssertAt(d, "T002", _folder.PathOf("plan/doc-type.sbn"), 1, 4);
        Assert.Equal([string.Empty], Texts(result.Plan.Sections[0], ParaStyle.DocType));
    }

    [Fact]
    public void Templates_cannot_change_the_model()
    {
        var (result, d) = ComposeWith("decision/doc-type.sbn", "{{ issuer.name = 'Khác' }}QUYẾT ĐỊNH");
        Assert.Equal("T002", d.Code);
        Assert.Equal(["CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HẢI DƯƠNG"], Texts(result.Decision!.Sections[0], ParaStyle.Authority));
    }

    [Fact]
    public void Templates_see_only_the_exported_values_not_the_model_objects()
    {
        var set = _folder.Write("plan/doc-type.sbn", "[{{ issuer.spans }}|{{ plan.body }}|{{ issuer.name.length }}]").Load();
        var result = Composer.Compose(SpecExample.Package(), set);
        Assert.Equal(["[||]"], Texts(result.Plan.Sections[0], ParaStyle.DocType));
    }

    [Fact]
    public void Template_code_in_plan_text_renders_literally()
    {
        var package = SpecExample.Package();
        var decision = package.Decision! with
        {
            Executors = "{{ 1+1 }} và {{ include '/etc/passwd' }}",
            Proposer = "{{ object.eval_template 'x' }}",
        };
        var plan = package.Plan with { Title = "Kế hoạch {{ 1+1 }}" };
        var result = Composer.Compose(package with { Decision = decision, Plan = plan }, Cchc.Composition.Templates.TemplateSet.Builtin);

        Assert.Empty(result.Diagnostics);
        var articles = Texts(result.Decision!.Sections[0], ParaStyle.Article);
        Assert.Equal("Điều 1. Ban hành kèm theo Quyết định này “Kế hoạch Kế hoạch {{ 1+1 }}”.", articles[0]);
        Assert.Equal("Điều 3. {{ 1+1 }} và {{ include '/etc/passwd' }} chịu trách nhiệm thi hành Quyết định này./.", articles[2]);
        Assert.Equal("Theo đề nghị của {{ object.eval_template 'x' }}.", Texts(result.Decision.Sections[0], ParaStyle.Basis)[^1]);
    }

    [Fact]
    public void A_variable_a_template_sets_is_gone_when_the_next_template_renders()
    {
        // doc-type renders before the heading; both run in the composition's one context.
        _folder.Write("decision/doc-type.sbn", "{{ kieu = 'QUYẾT ĐỊNH' }}{{ kieu }}");
        var (result, d) = ComposeWith("decision/heading.sbn", "{{ kieu }}:");
        AssertAt(d, "T002", _folder.PathOf("decision/heading.sbn"), 1, 4);
        Assert.Equal(["QUYẾT ĐỊNH"], Texts(result.Decision!.Sections[0], ParaStyle.DocType));
    }

    [Fact]
    public void A_template_that_fails_midway_leaves_nothing_behind_for_the_next()
    {
        var (result, d) = ComposeWith("decision/doc-type.sbn", "{{ for i in 1..3 }}{{ dang_do = i }}{{ khong_co }}{{ end }}");
        AssertAt(d, "T002", _folder.PathOf("decision/doc-type.sbn"), 1, 40);
        var unchanged = Composer.Compose(SpecExample.Package(), Cchc.Composition.Templates.TemplateSet.Builtin).Decision!.Sections[0];
        var decision = result.Decision!.Sections[0];
        Assert.Equal(["QUYẾT ĐỊNH:"], Texts(decision, ParaStyle.DecisionHeading));
        Assert.Equal(Texts(unchanged, ParaStyle.Article), Texts(decision, ParaStyle.Article));
        Assert.Equal(Texts(unchanged, ParaStyle.Basis), Texts(decision, ParaStyle.Basis));
    }

    [Fact]
    public void A_newline_in_plan_text_cannot_split_a_template_line()
    {
        var package = SpecExample.Package();
        var decision = package.Decision! with { Executors = "Chánh Văn phòng,\n**Điều 4.** Giả mạo" };
        var result = Composer.Compose(package with { Decision = decision }, Cchc.Composition.Templates.TemplateSet.Builtin);
        var articles = Paragraphs(result.Decision!.Sections[0], ParaStyle.Article).ToArray();
        Assert.Equal(3, articles.Length);
        Assert.Contains(Run.LineBreak, articles[2].Runs);
    }
}
