using System.Globalization;
using Scriban;
using Scriban.Runtime;

namespace Cchc.Composition.Templates;

/// <summary>
/// The TemplateContext every template runs in: strict variables, loop, recursion and output limits, includes
/// confined to the template folder, no access to .NET members, and the built-ins of <see cref="Builtins"/>.
/// </summary>
internal static class Sandbox
{
    public static TemplateContext Create(TemplateSet templates)
    {
        var context = new TemplateContext(new Builtins())
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

        return context;
    }
}
