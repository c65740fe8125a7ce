using Cchc.Composition.Text;
using Scriban.Runtime;

namespace Cchc.Composition.Templates;

/// <summary>
/// Builds the values templates see: read-only ScriptObjects and ScriptArrays of strings, numbers and
/// booleans, made explicitly (no .NET object is ever handed to a template). Plan text passes through
/// <see cref="InlineMarkup.Inert"/> so that its newlines cannot split a template's output.
/// </summary>
internal static class ScriptValues
{
    public static ScriptObject Object(params (string Key, object? Value)[] members)
    {
        var o = new ScriptObject();
        foreach (var (key, value) in members)
        {
            o.SetValue(key, value, true);
        }

        o.IsReadOnly = true;
        return o;
    }

    public static ScriptArray Array(IEnumerable<object?> items)
    {
        var a = new ScriptArray();
        foreach (var item in items)
        {
            a.Add(item);
        }

        a.IsReadOnly = true;
        return a;
    }

    /// <summary>Plan text for a template; null stays null (and an empty string counts as absent).</summary>
    public static string? Str(string? text) => string.IsNullOrEmpty(text) ? null : InlineMarkup.Inert(text);
}
