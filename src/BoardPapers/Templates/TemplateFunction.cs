using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BoardPapers.Templates;

/// <summary>
/// A function templates may call, with a fixed number of arguments (Scriban checks the count). Written out rather than imported from a
/// delegate, because Scriban's delegate import reflects over the method, which ahead-of-time builds cannot promise.
/// </summary>
internal sealed class TemplateFunction(string name, int parameters, Func<TemplateFunction.Arguments, object?> body) : IScriptCustomFunction
{
    public int RequiredParameterCount => parameters;

    public int ParameterCount => parameters;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), $"arg{index + 1}");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        // Point at the function's name in the call, where a template author looks first.
        var span = callerContext is ScriptFunctionCall { Target: { } target } ? target.Span : callerContext?.Span ?? context.CurrentSpan;
        return body(new Arguments(name, context, span, arguments));
    }

    /// <summary>The arguments of one call, converted as the function needs them, with errors at the call's position.</summary>
    public readonly record struct Arguments(string Function, TemplateContext Context, Scriban.Parsing.SourceSpan Span, ScriptArray Values)
    {
        public string? Text(int index) => Values[index] is { } value ? Context.ObjectToString(value) : null;

        public ScriptObject Object(int index) => Values[index] as ScriptObject
            ?? throw new ScriptRuntimeException(Span, $"{Function}: argument {index + 1} must be an object (a row or a column), not {(Values[index] is null ? "null" : Context.ObjectToString(Values[index]))}");
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
