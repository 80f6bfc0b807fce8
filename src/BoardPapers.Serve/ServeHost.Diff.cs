using System.Text;
using BoardPapers.Base;
using BoardPapers.Diff;
using BoardPapers.Load;
using BoardPapers.Templates;
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
            ["downloads"] = ServePages.Links([.. PaperDownloads.Where(f => f.Available()).Select(f => (f == PaperFormat.Docx ? "Word, with the text changes as tracked changes" : FormatLabel(f), $"/diff/paper?{query}&format={f.Name()}"))]),
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
        var outcome = await Bounded(context, 2 * CostOf(file), () => ComparePlans(older, newer, format));
        if (outcome is null)
        {
            return;
        }

        if (outcome.Document is null)
        {
            var title = outcome.Problems.Count > 0 ? "A version has errors" : outcome.Paper is null ? "A version could not be read" : "The changes template failed";
            await Problem(context, StatusCodes.Status422UnprocessableEntity, title, outcome.Message, outcome.Problems.Count > 0 ? outcome.Problems : outcome.Paper?.Diagnostics);
            return;
        }

        if (view)
        {
            context.Response.ContentType = outcome.Document.ContentType;
            context.Response.Headers.ContentSecurityPolicy = ServeGuard.Policy("", sandboxed: true);
            await context.Response.Body.WriteAsync(outcome.Document.Bytes);
            return;
        }

        await Send(context, outcome.Document, name);
    }

    /// <summary>Loads both versions, renders the changes paper and writes it in the format (under the render limits); the versions' problems when either does not load.</summary>
    private ComparedVersions ComparePlans(PlanVersion older, PlanVersion newer, PaperFormat format)
    {
        try
        {
            var compared = PlanComparison.Compare(older, newer, options.Folder);
            if (!compared.Succeeded)
            {
                return new ComparedVersions(null, null, compared.Problems, "Each version must load to be compared.");
            }

            var paper = compared.Paper(new TemplateRenderer(templates));
            return paper.Succeeded
                ? new ComparedVersions(paper, Writer.Write(paper.Paper!, format), [], compared.Changes!.Summary)
                : new ComparedVersions(paper, null, [], paper.Diagnostics[0].Message);
        }
        catch (PlanVersionException ex)
        {
            return new ComparedVersions(null, null, [], ex.Message);
        }
    }

    /// <summary>The commits that touched the file, newest first (at most 200); none, with why, outside git.</summary>
    private List<PlanRevision> Revisions(string relative, out string why)
    {
        why = "";
        try
        {
            var (code, output, error) = PlanVersions.Git(["log", $"--max-count={MostRevisions}", "--format=%H%x09%as%x09%an%x09%s", "--", relative], options.Folder);
            if (code != 0)
            {
                why = $"There are no versions to compare: the served folder is not in a git repository ({error.Trim().Split('\n')[0]}).";
                return [];
            }

            var revisions = Encoding.UTF8.GetString(output).Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.Split('\t'))
                .Where(parts => parts.Length == 4 && parts[0].Length == 40 && parts[0].All(char.IsAsciiHexDigitLower))
                .Select(parts => new PlanRevision(parts[0], $"{parts[1]} · {parts[0][..7]} · {parts[2]} · {parts[3]}"))
                .ToList();
            if (revisions.Count == 0)
            {
                why = "There are no versions to compare: git has no commit of this file yet.";
            }

            return revisions;
        }
        catch (PlanVersionException ex)
        {
            why = $"There are no versions to compare: {ex.Message}.";
            return [];
        }
    }

    /// <summary>Whether both versions are ones git listed for the file (the newer may also be the working copy).</summary>
    private static bool Listed(List<PlanRevision> revisions, string from, string to) =>
        revisions.Any(r => r.Id == from) && (to == WorkingCopy || revisions.Any(r => r.Id == to));
}
