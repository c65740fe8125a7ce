using Cchc.Composition.Templates;

namespace Cchc.Cli;

/// <summary>
/// Where the wording comes from: --templates DIR; else a templates/ folder in the current directory (a plan
/// repository's own copy, or this repository's, edited without recompiling); else the defaults built into cchc.
/// </summary>
internal static class TemplateLocator
{
    public static TemplateSet Resolve(string? option)
    {
        if (option is not null)
        {
            return TemplateSet.Load(option);
        }

        var local = Path.Combine(Directory.GetCurrentDirectory(), "templates");
        return Directory.Exists(Path.Combine(local, "decision")) ? TemplateSet.Load(local) : TemplateSet.Builtin;
    }
}
