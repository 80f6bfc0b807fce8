using BoardPapers.Base;
using BoardPapers.Model;
using BoardPapers.Templates;

namespace BoardPapers.Packs;

/// <summary>Plan appendices name templates that exist (BP508): checked by `check` on a meeting and by `pack` before it renders.</summary>
public static class AppendixTemplates
{
    /// <summary>Every appendix of the meeting that names a template the folders do not hold.</summary>
    public static IEnumerable<Diagnostic> Check(Meeting meeting, TemplateFolders folders) =>
        meeting.Items
            .SelectMany(i => i.Report?.Appendices ?? [])
            .Where(a => a.Plan is not null && a.Template is not null && a.ChangesSince is null)
            .Select(a => Problem(a, folders))
            .OfType<Diagnostic>();

    /// <summary>The problem with an appendix's template, or null when it names one (partials, _name, are not papers).</summary>
    public static Diagnostic? Problem(Appendix appendix, TemplateFolders folders)
    {
        var template = appendix.Template ?? "";
        if (folders.Find(template) is not null && !template.StartsWith('_'))
        {
            return null;
        }

        var known = folders.Names();
        var nearest = NearestName.Find(template, known);
        return new Diagnostic(appendix.TemplatePosition, Severity.Error, Codes.AppendixTemplate,
            $"no template named `{template}`{(nearest is null ? "" : $"; did you mean `{nearest}`?")} Templates: {string.Join(", ", known)}");
    }
}
