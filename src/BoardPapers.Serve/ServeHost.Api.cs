using BoardPapers.Base;
using BoardPapers.Jobs;
using Microsoft.AspNetCore.Http;

namespace BoardPapers.Serve;

/// <summary>
/// The JSON API: POST a plan to /api/check for its diagnostics, or to /api/render for a paper in any format;
/// problems come back as problem+json with their positions.
/// </summary>
public sealed partial class ServeHost
{
    private async Task ApiCheck(HttpContext context)
    {
        if (await ReadBody(context) is not { } bytes)
        {
            return;
        }

        // Reading a plan costs memory in proportion to its size: it waits its turn like a render.
        if (await Bounded(context, bytes.Length, () => RenderPlanJob.Load(workspace, bytes, "request.yaml")) is not { } loaded)
        {
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(ServeJson.Diagnostics(loaded.Diagnostics));
    }

    private async Task ApiRender(HttpContext context)
    {
        if (await ReadBody(context) is not { } bytes)
        {
            return;
        }

        if (await KnownFormat(context, context.Request.Query["format"].ToString() is { Length: > 0 } f ? f : "html") is not { } format
            || await AskedRender(context, [format], null, defaultTemplate: null) is not { } request)
        {
            return;
        }

        // The plan is read under an admission by its body's size, then rendered under one by the text it expands
        // to: a small body whose aliases expand waits for room as large as what it will cost.
        if (await Bounded(context, bytes.Length, () => RenderPlanJob.Load(workspace, bytes, "request.yaml")) is not { } loaded)
        {
            return;
        }

        if (loaded.HasErrors)
        {
            await Problem(context, StatusCodes.Status422UnprocessableEntity, "The plan has errors", loaded.Diagnostics.Count(d => d.Severity == Severity.Error) is var n && n == 1 ? "1 error, at its line and column." : $"{n} errors, each at its line and column.", loaded.Diagnostics);
            return;
        }

        if (await Bounded(context, CostOf(loaded.Plan!, bytes.Length), () => RenderPlanJob.Render(workspace, loaded.Plan!, request)) is not { } rendered)
        {
            return;
        }

        await (rendered.Result.Succeeded ? Send(context, rendered.Result.Files[0]) : RenderProblem(context, rendered));
    }
}
