using System.Globalization;
using Cchc.Composition.Text;
using Scriban;
using Scriban.Runtime;

namespace Cchc.Composition.Templates;

/// <summary>
/// The TemplateContext every template runs in: strict variables, loop, recursion and output limits, includes
/// confined to the template folder, no access to .NET members, and no built-in that evaluates text as a
/// template or makes the output depend on the clock or chance.
/// </summary>
internal static class Sandbox
{
    private static readonly (string Object, string Member)[] Removed =
        [("object", "eval"), ("object", "eval_template"), ("date", "now"), ("math", "random")];

    public static TemplateContext Create(TemplateSet templates)
    {
        var context = new TemplateContext
        {
            StrictVariables = true,
            LoopLimit = 1000,
            RecursiveLimit = 32,
            OutputLimit = 1_000_000,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            MemberFilter = _ => false,
            NewLine = "\n",
            TemplateLoader = new ConfinedTemplateLoader(templates),
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        foreach (var (name, template) in templates.Parsed)
        {
            context.CachedTemplates[name] = template;
        }

        foreach (var group in Removed.GroupBy(r => r.Object))
        {
            if (context.BuiltinObject[group.Key] is ScriptObject functions)
            {
                var copy = new ScriptObject();
                foreach (var (member, value) in functions)
                {
                    if (!group.Any(r => r.Member == member))
                    {
                        copy[member] = value;
                    }
                }

                context.BuiltinObject.SetValue(group.Key, copy, true);
            }
        }

        context.BuiltinObject.SetValue("upper", new TextFunction(VietnameseCase.Upper), true);
        context.BuiltinObject.SetValue("cap", new TextFunction(VietnameseCase.Cap), true);
        return context;
    }
}
