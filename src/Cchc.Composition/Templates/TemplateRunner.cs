using Cchc.Model;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Cchc.Composition.Templates;

/// <summary>
/// Renders one template of the set with the exported model and returns its lines. A failing template
/// yields no lines and a diagnostic with the template's file, line and column; it never throws.
/// </summary>
/// <remarks>
/// One sandboxed context serves every render of a composition: making one (Scriban copies its built-in
/// functions into each) cost more than rendering a plan's templates. Each render gets fresh scopes for the
/// template's own variables, and a render that fails discards the context with whatever it left behind.
/// </remarks>
internal sealed class TemplateRunner(TemplateSet templates, ScriptObject globals, List<Diagnostic> diagnostics)
{
    private TemplateContext? _context;

    /// <summary>The non-blank lines of the output, trimmed; each becomes one paragraph or entry.</summary>
    public IReadOnlyList<string> Lines(string name, ScriptObject? locals = null) =>
        TryLines(name, locals, out var lines) ? lines : [];

    /// <summary>The output as one line (its lines joined with a space).</summary>
    public string Line(string name, ScriptObject? locals = null) => string.Join(' ', Lines(name, locals));

    /// <summary>The file a template came from, for diagnostics about its output.</summary>
    public string PathOf(string name) => templates.PathOf(name);

    /// <summary>False when the template is missing or failed (already reported).</summary>
    public bool TryLines(string name, ScriptObject? locals, out IReadOnlyList<string> lines)
    {
        lines = [];
        if (!templates.TryGet(name, out var template))
        {
            return false;
        }

        var path = templates.PathOf(name);
        var context = _context ?? Sandbox.Create(templates);
        _context = null;
        var scopes = locals is null ? 2 : 3;
        context.PushGlobal(globals);
        if (locals is not null)
        {
            context.PushGlobal(locals);
        }

        // The template's own assignments land here, never in the exported (read-only) model.
        context.PushGlobal(new ScriptObject());
        try
        {
            lines = template.Render(context)
                .Split('\n')
                .Select(l => l.Trim())
                .Where(l => l.Length > 0)
                .ToArray();
            for (var i = 0; i < scopes; i++)
            {
                context.PopGlobal();
            }

            _context = context;
            return true;
        }
        catch (TemplateRefusedException e)
        {
            Report(TemplateDiagnostics.Refused(TemplateDiagnostics.Span(e.Span, path), e.Name));
        }
        catch (TemplateNotFoundException e)
        {
            Report(TemplateDiagnostics.Missing(TemplateDiagnostics.Span(e.Span, path), e.Name));
        }
        catch (ScriptParserRuntimeException e)
        {
            foreach (var m in e.ParserMessages)
            {
                Report(TemplateDiagnostics.Syntax(TemplateDiagnostics.Span(m.Span, path), m.Message));
            }
        }
        catch (ScriptRuntimeException e)
        {
            Report(TemplateDiagnostics.Runtime(TemplateDiagnostics.Span(e.Span, path), e.OriginalMessage));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Report(TemplateDiagnostics.Runtime(SourceSpan.None(path), e.Message));
        }

        return false;
    }

    /// <summary>Adds a problem found in a template's output, once.</summary>
    public void Report(Diagnostic diagnostic)
    {
        if (!diagnostics.Contains(diagnostic))
        {
            diagnostics.Add(diagnostic);
        }
    }
}
