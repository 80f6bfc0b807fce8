using System.Globalization;
using System.Text;
using BoardPapers.Check;
using BoardPapers.Jobs;
using Microsoft.AspNetCore.Http;

namespace BoardPapers.Serve;

/// <summary>The residents' site as `boardpapers site` would publish the served folder, to read before it is published: /site/PATH.</summary>
public sealed partial class ServeHost
{
    private readonly Lock siteLock = new();
    private (string Key, IReadOnlyDictionary<string, byte[]> Files)? builtSite;

    /// <summary>
    /// /site/[PATH]: a file of the site built from the served folder, under the render limits; a folder's
    /// index.html for a folder. The site is kept until a file of the folder or the templates changes (or it is
    /// reached at another address). The preview leaves out the printed packs (the meeting pages build those):
    /// converting every meeting's pack to PDF would keep a reader waiting.
    /// </summary>
    private async Task SiteView(HttpContext context)
    {
        var path = context.Request.RouteValues["path"] as string ?? "";
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }

        var address = new Uri($"{context.Request.Scheme}://{context.Request.Host}/site/");
        var key = SiteKey(address);
        IReadOnlyDictionary<string, byte[]>? files;
        lock (siteLock)
        {
            files = builtSite is { } held && held.Key == key ? held.Files : null;
        }

        if (files is null)
        {
            var cost = PlanFiles.Expand([options.Folder], out _).Sum(f => new FileInfo(f).Length);
            if (await Bounded(context, cost, () => PublishSiteJob.Run(workspace, options.Folder, new SiteRequest(null, address) { Packs = new HashSet<Writers.PaperFormat>() })) is not { } site)
            {
                return;
            }

            if (!site.Result.Succeeded)
            {
                await Problem(context, site.Result.Refusal is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status404NotFound, "The site cannot be built", site.Result.Refusal ?? "Fix the errors below and it comes back.", paths.Relative(site.Result.Diagnostics));
                return;
            }

            files = site.All;
            lock (siteLock)
            {
                builtSite = (key, files);
            }
        }

        if (!files.TryGetValue(path, out var bytes))
        {
            await Problem(context, StatusCodes.Status404NotFound, "No such page", $"The site has no file {path}.");
            return;
        }

        context.Response.ContentType = Path.GetExtension(path) switch
        {
            ".ics" => "text/calendar; charset=utf-8",
            ".atom" => "application/atom+xml; charset=utf-8",
            ".json" => "application/json; charset=utf-8",
            var other => ServedDocument.ContentTypeOf(other),
        };
        if (path.EndsWith(".html", StringComparison.Ordinal))
        {
            // The search page's own script runs, allowed by its hash; no other script does.
            context.Response.Headers.ContentSecurityPolicy = ServeGuard.Policy(Encoding.UTF8.GetString(bytes), sandboxed: false, shippedScripts);
        }

        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes);
    }

    /// <summary>What the site was built from: the address, and every file of the folder and the templates with its size and time.</summary>
    private string SiteKey(Uri address)
    {
        var key = new StringBuilder(address.AbsoluteUri).Append('\n');
        foreach (var root in new[] { options.Folder }.Concat(Templates.Roots).Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden }).Order(StringComparer.Ordinal))
            {
                var info = new FileInfo(file);
                key.Append(file).Append('|').Append(info.Length.ToString(CultureInfo.InvariantCulture)).Append('|').Append(info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())));
    }
}
