using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BoardPapers.Templates;

/// <summary>
/// Scriban's <c>include</c> returns the partial's output as a string, which our context would escape
/// like plan text. This wraps it so that a partial's (already escaped) output is printed as HTML.
/// </summary>
internal sealed class RawInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(include.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(await include.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));

    private static object? Wrap(object? result) => result is string html ? new RawHtml(html) : result;
}
