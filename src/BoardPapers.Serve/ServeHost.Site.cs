using BoardPapers.Check;
using BoardPapers.Jobs;
using Microsoft.AspNetCore.Http;

namespace BoardPapers.Serve;

/// <summary>The residents' site as `boardpapers site` would publish the served folder, to read before it is published: /site/PATH.</summary>
public sealed partial class ServeHost
{
    /// <summary>/site/[PATH]: a file of the site built from the served folder now, under the render limits; a folder's index.html for a folder.</summary>
    private async Task SiteView(HttpContext context)
    {
        var path = context.Request.RouteValues["path"] as string ?? "";
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }

        var address = new Uri($"{context.Request.Scheme}://{context.Request.Host}/site/");
        var cost = PlanFiles.Expand([options.Folder], out _).Sum(f => new FileInfo(f).Length);
        if (await Bounded(context, cost, () => PublishSiteJob.Run(workspace, options.Folder, new SiteRequest(null, address))) is not { } site)
        {
            return;
        }

        if (!site.Result.Succeeded)
        {
            await Problem(context, site.Result.Refusal is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status404NotFound, "The site cannot be built", site.Result.Refusal ?? "Fix the errors below and it comes back.", paths.Relative(site.Result.Diagnostics));
            return;
        }

        if (site.Result.Files.FirstOrDefault(f => string.Equals(f.Path, path, StringComparison.Ordinal)) is not { } found)
        {
            await Problem(context, StatusCodes.Status404NotFound, "No such page", $"The site has no file {path}.");
            return;
        }

        context.Response.ContentType = Path.GetExtension(found.Path) switch
        {
            ".ics" => "text/calendar; charset=utf-8",
            ".atom" => "application/atom+xml; charset=utf-8",
            ".json" => "application/json; charset=utf-8",
            var other => ServedDocument.ContentTypeOf(other),
        };
        context.Response.ContentLength = found.Bytes.Length;
        await context.Response.Body.WriteAsync(found.Bytes);
    }
}
