using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Model.Documents;
using Scriban;
using Scriban.Runtime;
using Xunit;
using static Cchc.Tests.Composition.DocumentText;

namespace Cchc.Tests.Composition;

/// <summary>
/// A template has Scriban's built-in functions, made when first named: every name and member of Scriban's own
/// default set, less the few the sandbox withholds (evaluating text, the clock, chance).
/// </summary>
public sealed class TemplateBuiltinsTests : IDisposable
{
    private static readonly HashSet<string> Withheld = ["object.eval", "object.eval_template", "date.now", "math.random"];

    private readonly TemplateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Every_name_and_member_of_Scribans_default_set_is_offered_except_the_withheld()
    {
        var scriban = new TemplateContext().BuiltinObject;
        var ours = new Builtins();
        var context = new TemplateContext(ours);
        foreach (var name in scriban.GetMembers())
        {
            Assert.True(ours.Contains(name), $"'{name}' is missing.");
            Assert.True(ours.TryGetValue(context, default, name, out var value), $"'{name}' gives nothing.");
            if (scriban[name] is ScriptObject { Count: > 0 } group)
            {
                var expected = group.GetMembers().Where(m => !Withheld.Contains(name + "." + m)).Order(StringComparer.Ordinal);
                Assert.Equal(expected, ((ScriptObject)value!).GetMembers().Order(StringComparer.Ordinal));
            }
        }
    }

    [Fact]
    public void Templates_use_the_built_in_groups()
    {
        var set = _folder.Write("plan/doc-type.sbn",
            "{{ 'kế hoạch' | string.upcase }}|{{ [3, 1, 2] | array.sort | array.join ',' }}|{{ 2.567 | math.round 1 }}|{{ '1.5' | string.to_float }}|{{ 'a<b' | html.escape }}|{{ 'x1y2' | regex.replace '[0-9]' '' }}|{{ upper 'hải dương' }}")
            .Load();
        var result = Composer.Compose(SpecExample.Package(), set);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["KẾ HOẠCH|1,2,3|2.6|1.5|a&lt;b|xy|HẢI DƯƠNG"], Texts(result.Plan.Sections[0], ParaStyle.DocType));
    }

    [Fact]
    public void The_clock_reads_as_nothing()
    {
        var result = Composer.Compose(SpecExample.Package(), _folder.Write("plan/doc-type.sbn", "[{{ date.now }}]").Load());
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["[]"], Texts(result.Plan.Sections[0], ParaStyle.DocType));
    }

    [Theory]
    [InlineData("{{ math.random 1 10 }}")]
    [InlineData("{{ object.eval '1 + 1' }}")]
    public void Chance_and_evaluation_are_not_offered(string text)
    {
        var result = Composer.Compose(SpecExample.Package(), _folder.Write("plan/doc-type.sbn", text).Load());
        Assert.Equal("T002", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_template_cannot_replace_a_group_for_the_next_one()
    {
        _folder.Write("decision/doc-type.sbn", "{{ string = 'khác' }}QUYẾT ĐỊNH");
        var set = _folder.Write("decision/heading.sbn", "{{ 'quyết định:' | string.upcase }}").Load();
        var result = Composer.Compose(SpecExample.Package(), set);
        Assert.Equal(["QUYẾT ĐỊNH:"], Texts(result.Decision!.Sections[0], ParaStyle.DecisionHeading));
    }
}
