using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Cchc.Composition.Templates;

/// <summary>
/// A one-argument string function for templates (<c>upper</c>, <c>cap</c>), implemented directly so that no
/// reflection is needed to bind it (the build is Native-AOT clean).
/// </summary>
internal sealed class TextFunction(Func<string, string> apply) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "text");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        apply(arguments.Count > 0 ? context.ObjectToString(arguments[0]) ?? string.Empty : string.Empty);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
