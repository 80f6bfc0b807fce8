using BoardPapers.Base;
using BoardPapers.Model;
using BoardPapers.Templates;

namespace BoardPapers.Packs;

/// <summary>
/// Plan appendices name templates that exist (BP508), checked by `check` on a meeting and by `pack` before it
/// renders; and `check` warns when a template prints nothing for its plan (BP510), which would make an empty appendix.
/// </summary>
public static class AppendixTemplates
{
    /// <summary>Every appendix of the meeting that names a template the folders do not hold, or one that prints nothing for its plan.</summary>
    public static IEnumerable<Diagnostic> Check(Meeting meeting, TemplateFolders folders)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var plans = new Dictionary<string, Plan?>(StringComparer.Ordinal);
        foreach (var appendix in meeting.Items.SelectMany(i => i.Report?.Appendices ?? []).Where(a => a.Plan is not null && a.Template is not null && a.ChangesSince is null))
        {
            if (Problem(appendix, folders) is { } problem)
            {
                yield return problem;
                continue;
            }

            if (!plans.TryGetValue(appendix.Plan!, out var plan))
            {
                var loaded = new Validate.PlanLoader().LoadFile(appendix.Plan!, DisplayPath.Of(appendix.Plan!));
                plan = loaded.HasErrors ? null : loaded.Plan;
                plans[appendix.Plan!] = plan;
            }

            if (plan is not null && TemplateFit.NothingToPrint(plan, appendix.Template!) is { } why)
            {
                var fitting = folders.Names().Where(n => !n.StartsWith('_') && TemplateFit.NothingToPrint(plan, n) is null).ToList();
                yield return new Diagnostic(appendix.TemplatePosition, Severity.Warning, Codes.AppendixPrintsNothing,
                    $"template `{appendix.Template}` prints nothing for this plan: {why}, so the appendix would be empty; pick a template that fits it ({string.Join(", ", fitting)})");
            }
        }
    }

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
