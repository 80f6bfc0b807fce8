using BoardPapers.Base;
using BoardPapers.Model;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BoardPapers.Templates;

/// <summary>
/// Renders a plan through a named template to board HTML, sandboxed: the model is explicit script
/// objects, no .NET member is reachable, includes come only from the templates folders, and loops,
/// recursion, expression depth and output size are bounded. Template mistakes come back as
/// diagnostics at the template's file:line:col.
/// </summary>
public sealed class TemplateRenderer(TemplateFolders folders)
{
    /// <summary>Enough for a 10,000-action plan's loops; a runaway loop still stops.</summary>
    public const int LoopLimit = 1_000_000;

    /// <summary>The folders templates are found in.</summary>
    public TemplateFolders Folders { get; } = folders;

    /// <summary>A plan through a plan template.</summary>
    public TemplateResult Render(Plan plan, string templateName, TemplateOptions? options = null)
    {
        var model = new TemplateModel(plan);
        var globals = new ScriptObject
        {
            ["plan"] = model.Plan,
            ["options"] = Options(options ?? TemplateOptions.None),
            ["template"] = templateName,

            // Variables partials read and a template may set; declared so that strict variables accept them.
            ["heading"] = null,
            ["front_matter"] = false,
        };
        return Render(templateName, model.Functions(), globals);
    }

    /// <summary>
    /// Renders a template with a model other than a plan (a meeting's cover, agenda and front sheets), in
    /// the same sandbox: the globals and functions given are all the template can reach.
    /// </summary>
    public TemplateResult Render(string templateName, ScriptObject functions, ScriptObject globals)
    {
        var path = Folders.Find(templateName);
        if (path is null)
        {
            var known = Folders.Names();
            var nearest = NearestName.Find(templateName, known);
            var hint = nearest is null ? "." : $"; did you mean `{nearest}`?";
            return Fail(templateName, new SourcePosition(templateName, 1, 1), Codes.UnknownTemplate,
                $"no template named `{templateName}`{hint} Templates: {string.Join(", ", known)}");
        }

        var template = ParsedTemplates.Get(path);
        if (template.HasErrors)
        {
            var errors = template.Messages
                .Where(m => m.Type == ParserMessageType.Error)
                .Select(m => new Diagnostic(At(m.Span, path), Severity.Error, Codes.TemplateSyntax, "template syntax error: " + m.Message))
                .ToList();
            return new TemplateResult(templateName, null, Diagnostic.Sort(errors));
        }

        var context = CreateContext();
        context.PushGlobal(functions);
        context.PushGlobal(globals);
        try
        {
            var html = template.Render(context);
            if (html.Length >= context.LimitToString)
            {
                return Fail(templateName, new SourcePosition(path, 1, 1), Codes.TemplateRuntime, "template error: the output reached Scriban's size limit and would be cut short");
            }

            return new TemplateResult(templateName, html, []);
        }
        catch (PartialSyntaxError ex)
        {
            return Fail(templateName, At(ex.Span, path), Codes.TemplateSyntax, "template syntax error: " + ex.OriginalMessage);
        }
        catch (ScriptRuntimeException ex)
        {
            return Fail(templateName, At(ex.Span, path), Codes.TemplateRuntime, "template error: " + ex.OriginalMessage);
        }
    }

    private BoardTemplateContext CreateContext()
    {
        var context = new BoardTemplateContext
        {
            TemplateLoader = Folders,
            LoopLimit = LoopLimit,
            RecursiveLimit = 32,
            ObjectRecursionLimit = 16,
            // Scriban truncates output silently at this limit; ours (BoardTemplateContext) stops with an error first.
            LimitToString = BoardTemplateContext.MaxOutputChars + (1024 * 1024),
            StrictVariables = true,
            EnableRelaxedMemberAccess = true,
            MemberFilter = _ => false,
            TemplateLoaderParserOptions = ParsedTemplates.Options,
        };

        // No clock in a template: outputs must be the same bytes for the same plan.
        context.BuiltinObject.Remove("date");

        // A partial's output is HTML the partial already escaped: print it as it is.
        var include = (IScriptCustomFunction)context.BuiltinObject["include"]!;
        context.BuiltinObject.SetValue("include", new RawInclude(include), readOnly: true);
        return context;
    }

    private static ScriptObject Options(TemplateOptions options)
    {
        var so = new ScriptObject();
        foreach (var (name, items) in options.Values)
        {
            so[name] = new ScriptArray(items);
        }

        return so;
    }

    private static SourcePosition At(SourceSpan span, string fallbackFile) =>
        new(DisplayPath.Of(span.FileName ?? fallbackFile), span.Start.Line + 1, span.Start.Column + 1);


    private static TemplateResult Fail(string template, SourcePosition at, string code, string message) =>
        new(template, null, [new Diagnostic(at, Severity.Error, code, message)]);
}
