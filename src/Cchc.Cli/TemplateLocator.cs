namespace Cchc.Cli;

/// <summary>Where the wording templates come from: --templates, else the templates/ folder shipped beside cchc.</summary>
internal static class TemplateLocator
{
    public static string Resolve(string? option) =>
        option ?? Path.Combine(AppContext.BaseDirectory, "templates");
}
