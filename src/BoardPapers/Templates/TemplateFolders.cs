using BoardPapers.Base;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BoardPapers.Templates;

/// <summary>
/// Where templates come from: the user's folder first (theirs override ours by name), then ours.
/// Includes resolve by name inside these folders only: no path, no "..", nothing else on disk.
/// </summary>
public sealed class TemplateFolders : ITemplateLoader
{
    /// <summary>The file extension of templates.</summary>
    public const string Extension = ".sbn-html";

    /// <summary>The template a plan is shown through when none is named: its action plan.</summary>
    public const string DefaultPlanTemplate = "action-plan";

    /// <summary>
    /// A council's own folder (when given) over the bundled one: its templates win by name, the bundled ones fill
    /// in the rest. The one way every host overlays templates.
    /// </summary>
    public static IReadOnlyList<string> Overlay(string? own, string bundled) => own is null ? [bundled] : [own, bundled];

    /// <summary>A template is a page of markup; 1 MiB is far past any, and a template read is held in memory.</summary>
    public const long MaxBytes = 1024 * 1024;

    private readonly IReadOnlyList<string> roots;

    /// <summary>Template folders, searched in order: the first that holds a name wins.</summary>
    public TemplateFolders(IEnumerable<string> roots)
    {
        this.roots = [.. roots.Select(Path.GetFullPath)];
    }

    /// <summary>The folders, in search order.</summary>
    public IReadOnlyList<string> Roots => roots;

    /// <summary>Names a user can render: every template file not starting with '_' (partials).</summary>
    public IReadOnlyList<string> Names() =>
        [.. roots.Where(Directory.Exists)
            .SelectMany(r => Directory.EnumerateFiles(r, "*" + Extension).Where(FileDoor.IsFile))
            .Select(f => Path.GetFileName(f)[..^Extension.Length])
            .Where(n => !n.StartsWith('_'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>The file of a template by name, or null. Names are plain words: letters, digits, '-' and '_'.</summary>
    public string? Find(string name)
    {
        if (!IsPlainName(name))
        {
            return null;
        }

        return roots.Select(r => Path.Combine(r, name + Extension)).FirstOrDefault(FileDoor.IsFile);
    }

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var path = Find(templateName) ?? throw new Scriban.Syntax.ScriptRuntimeException(callerSpan,
            $"include \"{templateName}\": no template of that name in the templates folders (names are plain words; includes cannot reach other files)");

        // Scriban's include looks for the path in the render's cache before loading and parsing the file:
        // hand it the partial parsed once for the process. A partial's syntax error is reported where it is
        // in the partial, not only at the include.
        if (!context.CachedTemplates.ContainsKey(path))
        {
            var parsed = ParsedTemplates.Get(path);
            var error = parsed.Messages.FirstOrDefault(m => m.Type == ParserMessageType.Error);
            if (error is not null)
            {
                throw new PartialSyntaxError(error.Span, error.Message);
            }

            context.CachedTemplates[path] = parsed;
        }

        return path;
    }

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        FileDoor.ReadText(templatePath, MaxBytes);

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new((string?)FileDoor.ReadText(templatePath, MaxBytes));

    private static bool IsPlainName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
