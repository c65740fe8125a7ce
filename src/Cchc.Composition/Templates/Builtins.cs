using Cchc.Composition.Text;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Cchc.Composition.Templates;

/// <summary>
/// Scriban's built-in functions for one context, each group (array, string, date, …) made the first time a
/// template names it. Scriban's own default set builds every group by reflection on first use, which in the
/// native binary was a quarter of a small plan's build; the shipped templates use only a few groups.
/// Groups are copied from a prototype made once per process, so a template changing one cannot reach another
/// plan's context. No built-in that evaluates text as a template or makes the output depend on the clock or
/// chance is offered.
/// </summary>
internal sealed class Builtins : ScriptObject
{
    private static readonly Dictionary<string, Lazy<ScriptObject>> Groups = new(StringComparer.Ordinal)
    {
        ["array"] = Group(() => new ArrayFunctions()),
        ["date"] = Group(() => new DateTimeFunctions(), "now"),
        ["html"] = Group(() => new HtmlFunctions()),
        ["math"] = Group(() => new MathFunctions(), "random"),
        ["object"] = Group(() => new ObjectFunctions(), "eval", "eval_template"),
        ["regex"] = Group(() => new RegexFunctions()),
        ["string"] = Group(() => new StringFunctions()),
        ["timespan"] = Group(() => new TimeSpanFunctions()),
    };

    public Builtins()
    {
        SetValue("empty", EmptyScriptObject.Default, true);
        SetValue("blank", EmptyScriptObject.Default, true);
        SetValue("include", new IncludeFunction(), true);
        SetValue("include_join", new IncludeJoinFunction(), true);
        SetValue("upper", new TextFunction(VietnameseCase.Upper), true);
        SetValue("cap", new TextFunction(VietnameseCase.Cap), true);
    }

    public override bool Contains(string member) => base.Contains(member) || Groups.ContainsKey(member);

    public override bool CanWrite(string member) => !Groups.ContainsKey(member) && base.CanWrite(member);

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value))
        {
            return true;
        }

        if (!Groups.TryGetValue(member, out var prototype))
        {
            return false;
        }

        value = prototype.Value.Clone(true);
        SetValue(member, value, true);
        return true;
    }

    private static Lazy<ScriptObject> Group(Func<ScriptObject> create, params string[] removed) => new(() =>
    {
        var functions = create();
        if (removed.Length == 0)
        {
            return functions;
        }

        var copy = new ScriptObject();
        foreach (var (member, value) in functions)
        {
            if (!removed.Contains(member))
            {
                copy[member] = value;
            }
        }

        return copy;
    });
}
