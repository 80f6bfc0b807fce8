using BoardPapers.Base;
using BoardPapers.Updates;

namespace BoardPapers.Jobs;

/// <summary>
/// The officer's quarterly request: a workbook for each lead of a plan (or for the leads named), holding their
/// rows to update, named PLAN.updates.LEAD.xlsx. A plan with no leads, or a lead named who has no rows, is
/// refused in words rather than written as an empty workbook.
/// </summary>
public static class RequestUpdatesJob
{
    /// <summary>The workbooks; <paramref name="returnBy"/> is the deadline the help sheet gives, <paramref name="leads"/> (when any) the leads to ask.</summary>
    public static JobResult Run(Workspace workspace, string planFile, DateOnly? returnBy, IReadOnlyList<string>? leads = null, string? displayPath = null)
    {
        var loaded = RenderPlanJob.Load(workspace, planFile, displayPath);
        if (loaded.HasErrors)
        {
            return JobResult.Problems(loaded.Diagnostics);
        }

        var plan = loaded.Plan!;
        var byLead = LeadRows.Of(plan);
        var shown = displayPath ?? DisplayPath.Of(planFile);
        if (byLead.Count == 0)
        {
            return JobResult.Refused($"{shown} names no leads (no `lead:` on an action, step, recommendation or theme, no `owner:` on an indicator), so there is no one to ask; add the leads to the plan, then ask again");
        }

        var asked = leads is { Count: > 0 } ? byLead.Where(l => leads.Contains(l.Lead, StringComparer.OrdinalIgnoreCase)).ToList() : [.. byLead];
        var unknown = (leads ?? []).Where(l => !byLead.Any(b => string.Equals(b.Lead, l, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
        {
            return JobResult.Refused($"no row of {shown} has {string.Join(" or ", unknown.Select(u => $"`{u}`"))} as its lead; its leads are {string.Join(", ", byLead.Select(b => b.Lead))}");
        }

        var name = Path.GetFileNameWithoutExtension(planFile);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<OutputFile>();
        foreach (var (lead, rows) in asked)
        {
            var slug = FileName(lead);
            for (var n = 2; !slugs.Add(slug); n++)
            {
                slug = $"{FileName(lead)}-{n}";
            }

            files.Add(new OutputFile($"{name}.updates.{slug}.xlsx", LeadWorkbook.Write(plan, lead, rows, returnBy)));
        }

        return new JobResult(loaded.Diagnostics, files);
    }

    /// <summary>A return-by date as the command and the service take it, YYYY-MM-DD; null when it is not one.</summary>
    public static DateOnly? ReturnBy(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null;

    /// <summary>A lead's name as a file name ("Head of Service (North)" is head-of-service-north); "lead" when it has no letters to use.</summary>
    private static string FileName(string lead) => Slug.Of(lead) is { Length: > 0 } slug ? slug : "lead";
}
