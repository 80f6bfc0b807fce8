using BoardPapers.Base;
using BoardPapers.Jobs;
using Microsoft.AspNetCore.Http;

namespace BoardPapers.Serve;

/// <summary>The officer's quarterly request from the service: a plan's workbooks, one per lead, as one zip.</summary>
public sealed partial class ServeHost
{
    /// <summary>
    /// /updates?path=PLAN[&amp;return_by=YYYY-MM-DD][&amp;lead=NAME...]: the workbooks <c>updates request</c>
    /// writes, zipped, the same bytes; a plan with no leads (or a lead no row names) is 400 with why.
    /// </summary>
    private async Task UpdatesRequest(HttpContext context)
    {
        if (Resolve(context) is not { } file)
        {
            await NoSuchPlan(context);
            return;
        }

        DateOnly? returnBy = null;
        if (context.Request.Query["return_by"].ToString() is { Length: > 0 } asked)
        {
            if (RequestUpdatesJob.ReturnBy(asked) is not { } date)
            {
                await Problem(context, StatusCodes.Status400BadRequest, "Not a date", "return_by is a date as YYYY-MM-DD, e.g. 2011-01-14.");
                return;
            }

            returnBy = date;
        }

        var leads = context.Request.Query["lead"].Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!).ToList();
        if (await Bounded(context, CostOf(file), () => RequestUpdatesJob.Run(workspace, file, returnBy, leads, Relative(file))) is not { } result)
        {
            return;
        }

        if (result.HasErrors)
        {
            await Problem(context, StatusCodes.Status422UnprocessableEntity, "The plan has errors", "Fix them, then ask the leads for updates.", result.Diagnostics);
            return;
        }

        if (result.Refusal is { } refusal)
        {
            await Problem(context, StatusCodes.Status400BadRequest, "No one to ask", refusal);
            return;
        }

        await Send(context, ZipFiles.Of(result.Files), ServedDocument.ContentTypeOf("zip"), $"{Path.GetFileNameWithoutExtension(file)}.updates.zip");
    }
}
