using BoardPapers.Base;
using BoardPapers.Validate;
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
        if (await Bounded(context, bytes.Length, () => new PlanLoader().LoadBytes(bytes, "request.yaml")) is not { } loaded)
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

        var template = context.Request.Query["template"].ToString();
        if (await KnownFormat(context, context.Request.Query["format"].ToString() is { Length: > 0 } f ? f : "html") is not { } format)
        {
            return;
        }

        // The plan is read under an admission by its body's size, then rendered under one by the text it expands
        // to: a small body whose aliases expand waits for room as large as what it will cost.
        if (await Bounded(context, bytes.Length, () => new PlanLoader().LoadBytes(bytes, "request.yaml")) is not { } loaded)
        {
            return;
        }

        if (loaded.HasErrors)
        {
            await Problem(context, StatusCodes.Status422UnprocessableEntity, "The plan has errors", loaded.Diagnostics.Count(d => d.Severity == Severity.Error) is var n && n == 1 ? "1 error, at its line and column." : $"{n} errors, each at its line and column.", loaded.Diagnostics);
            return;
        }

        if (await Bounded(context, CostOf(loaded.Plan!, bytes.Length), () => RenderAndWrite(loaded.Plan!, template, format)) is not { } rendered)
        {
            return;
        }

        if (!rendered.Paper.Succeeded)
        {
            var paper = rendered.Paper;
            var unknown = paper.Diagnostics.Any(d => d.Code == Codes.UnknownTemplate);
            await Problem(context, unknown ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity, unknown ? "Unknown template" : "The template failed", paper.Diagnostics[0].Message, paper.Diagnostics);
            return;
        }

        await Send(context, rendered.Document!, $"plan.{template}");
    }
}
