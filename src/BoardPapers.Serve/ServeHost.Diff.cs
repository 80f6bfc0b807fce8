using BoardPapers.Base;
using BoardPapers.Diff;
using BoardPapers.Jobs;
using BoardPapers.Load;
using BoardPapers.Writers;
using Microsoft.AspNetCore.Http;
using Scriban.Runtime;

namespace BoardPapers.Serve;

/// <summary>
/// The reviewer's part of the service: pick two git revisions of a plan (or the file as saved now) and see
/// the changes paper. Revisions are only ever ones git listed for the file, so nothing from a request
/// reaches git's command line but a commit id it gave us.
/// </summary>
public sealed partial class ServeHost
{
    private const string WorkingCopy = "working";
    private const int MostRevisions = 200;

    private async Task DiffPage(HttpContext context)
    {
        if (Resolve(context) is not { } file)
        {
            await NoSuchPlan(context);
            return;
        }

        var relative = Relative(file);
        var revisions = Revisions(relative, out var why);
        var from = context.Request.Query["from"].ToString();
        var to = context.Request.Query["to"].ToString();
        if (from.Length == 0 && to.Length == 0 && revisions.Count > 0)
        {
            // The file as saved against the last commit when it has changed since (what the next report will
            // say); else the last commit against the one before it (what the last report said), never an empty paper.
            (from, to) = revisions.Count == 1 || SavedDiffers(file, relative, revisions[0].Id)
                ? (revisions[0].Id, WorkingCopy)
                : (revisions[1].Id, revisions[0].Id);
        }

        var listed = Listed(revisions, from, to);
        var query = $"path={Uri.EscapeDataString(relative)}&from={from}&to={to}";
        var model = new ScriptObject
        {
            ["file"] = relative,
            ["plan_href"] = $"/plan?path={Uri.EscapeDataString(relative)}",
            ["why"] = why,
            ["revisions"] = new ScriptArray(revisions.Select(r => new ScriptObject { ["id"] = r.Id, ["label"] = r.Label })),
            ["from"] = from,
            ["to"] = to,
            ["unlisted"] = !listed,
            ["downloads"] = ServePages.Links([.. PaperDownloads.Where(f => f.Available()).Select(f => (f == PaperFormat.Docx ? "Word, with the text changes as tracked changes" : f.Label(), $"/diff/paper?{query}&format={f.Name()}"))]),
            ["view_src"] = $"/diff/paper?{query}&format=view",
        };
        if (revisions.Count > 0 && !listed)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await WritePage(context, "diff", $"Compare versions of {relative} - BoardPapers", model);
    }

    /// <summary>Whether the file as saved differs from its version in a commit (git names the commit; it is one git listed).</summary>
    private bool SavedDiffers(string file, string relative, string commit)
    {
        try
        {
            return !PlanVersions.Show($"{commit}:./{relative}", options.Folder).AsSpan().SequenceEqual(FileDoor.Read(file, LoadLimits.Default.MaxFileBytes));
        }
        catch (Exception ex) when (ex is PlanVersionException or IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>The changes paper between two versions: shown in the diff page's frame (view), or as a download (html, docx, pdf).</summary>
    private async Task DiffPaper(HttpContext context)
    {
        if (Resolve(context) is not { } file)
        {
            await NoSuchPlan(context);
            return;
        }

        // view: the paper shown in the page's frame, as HTML; otherwise a download in the format named.
        var asked = context.Request.Query["format"].ToString();
        var view = asked is "" or "view";
        var format = PaperFormat.Html;
        if (!view)
        {
            if (await KnownFormat(context, asked) is not { } known)
            {
                return;
            }

            format = known;
        }

        var relative = Relative(file);
        var from = context.Request.Query["from"].ToString();
        var to = context.Request.Query["to"].ToString();
        var revisions = Revisions(relative, out var why);
        if (revisions.Count == 0)
        {
            await Problem(context, StatusCodes.Status404NotFound, "No versions", why);
            return;
        }

        if (!Listed(revisions, from, to))
        {
            await Problem(context, StatusCodes.Status400BadRequest, "Unknown revision", "from is a commit git lists for this file; to is one too, or working for the file as saved now.");
            return;
        }

        // git reads REV:./PATH from the served folder; the paper names the short commit id.
        var older = PlanVersion.FromGit(from, $"./{relative}", $"{from[..7]}:{relative}");
        var newer = to == WorkingCopy ? new PlanVersion(relative) : PlanVersion.FromGit(to, $"./{relative}", $"{to[..7]}:{relative}");
        var name = $"{Path.GetFileNameWithoutExtension(file)}.changes-{from[..7]}-{(to == WorkingCopy ? "working" : to[..7])}";
        var outcome = await Bounded(context, 2 * CostOf(file), () => ComparePlansJob.Run(workspace, older, newer, format, name, options.Folder));
        if (outcome is null)
        {
            return;
        }

        var result = outcome.Result;
        if (!result.Succeeded)
        {
            var title = outcome.Comparison is null ? "A version could not be read" : outcome.Paper is null ? "A version has errors" : result.Failure is null ? "The changes template failed" : "Not written";
            var message = result.Refusal ?? result.Failure ?? (outcome.Paper is null ? "Each version must load to be compared." : result.Diagnostics[0].Message);
            await Problem(context, StatusCodes.Status422UnprocessableEntity, title, message, result.Diagnostics.Count > 0 ? result.Diagnostics : null);
            return;
        }

        if (view)
        {
            context.Response.ContentType = PaperFormat.Html.ContentType();
            context.Response.Headers.ContentSecurityPolicy = ServeGuard.Policy("", sandboxed: true);
            await context.Response.Body.WriteAsync(result.Files[0].Bytes);
            return;
        }

        await Send(context, result.Files[0]);
    }

    /// <summary>The commits that touched the file, newest first (at most 200); none, with why, outside git.</summary>
    private List<PlanRevision> Revisions(string relative, out string why) => [.. PlanRevisions.Of(options.Folder, relative, MostRevisions, out why)];

    /// <summary>Whether both versions are ones git listed for the file (the newer may also be the working copy).</summary>
    private static bool Listed(List<PlanRevision> revisions, string from, string to) =>
        revisions.Any(r => r.Id == from) && (to == WorkingCopy || revisions.Any(r => r.Id == to));
}
