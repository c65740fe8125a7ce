using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Cchc.Composition.Templates;

/// <summary>An include that names something outside the template folder.</summary>
internal sealed class TemplateRefusedException(SourceSpan span, string name)
    : ScriptRuntimeException(span, $"include \"{name}\" refused")
{
    public string Name { get; } = name;
}

/// <summary>An include of a template that the folder does not have.</summary>
internal sealed class TemplateNotFoundException(SourceSpan span, string name)
    : ScriptRuntimeException(span, $"include \"{name}\" not found")
{
    public string Name { get; } = name;
}

/// <summary>
/// Resolves <c>include</c> against the templates read when the set was loaded, never against the file
/// system: absolute names and ".." are refused, and nothing outside the folder can be reached.
/// </summary>
internal sealed class ConfinedTemplateLoader(TemplateSet templates) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = Normalize(templateName);
        if (name is null)
        {
            throw new TemplateRefusedException(callerSpan, templateName);
        }

        return templates.Contains(name) ? name : throw new TemplateNotFoundException(callerSpan, templateName);
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        templates.Source(templatePath) ?? throw new TemplateNotFoundException(callerSpan, templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));

    /// <summary>"common/x.sbn" for a relative name inside the folder; null for anything that could leave it.</summary>
    internal static string? Normalize(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Contains('\0', StringComparison.Ordinal) || Path.IsPathRooted(name)
            || name.StartsWith('/') || name.StartsWith('\\') || name.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var segments = name.Split('/', '\\').Where(s => s.Length > 0 && s != ".").ToArray();
        return segments.Length == 0 || segments.Contains("..") ? null : string.Join('/', segments);
    }
}
