using BoardPapers.Check;
using BoardPapers.Jobs;
using Microsoft.AspNetCore.Http;

namespace BoardPapers.Serve;

/// <summary>The clerk's notices as downloads: the forward plan of the served folder, and a meeting's decision notice and minutes' skeleton.</summary>
public sealed partial class ServeHost
{
    /// <summary>The papers of /decisions?paper=, as the job names their files.</summary>
    private static readonly Dictionary<string, string> DecisionPapers = new(StringComparer.Ordinal)
    {
        ["notice"] = "decision-notice",
        ["minutes"] = "minutes",
    };

    /// <summary>/forward-plan?format=docx|pdf|html: the forward plan of every meeting and committee file in the served folder.</summary>
    private async Task ForwardPlanDownload(HttpContext context)
    {
        if (await KnownFormat(context, context.Request.Query["format"].ToString()) is not { } format)
        {
            return;
        }

        var files = PlanFiles.Expand([options.Folder], out _);
        var cost = files.Sum(f => new FileInfo(f).Length);
        if (await Bounded(context, cost, () => NoticePapersJob.ForwardPlan(workspace, [options.Folder], new NoticePaperRequest([format], ""))) is not { } written)
        {
            return;
        }

        await SendNotice(context, written, "forward-plan", "The forward plan cannot be written");
    }

    /// <summary>/decisions?path=MEETING&amp;paper=notice|minutes&amp;format=docx|pdf|html: a meeting's decision notice or minutes' skeleton.</summary>
    private async Task DecisionsDownload(HttpContext context)
    {
        if (Resolve(context) is not { } file)
        {
            await Problem(context, StatusCodes.Status404NotFound, "No such meeting", NoMeeting);
            return;
        }

        if (!DecisionPapers.TryGetValue(context.Request.Query["paper"].ToString(), out var paper))
        {
            await Problem(context, StatusCodes.Status400BadRequest, "Unknown paper", "paper is notice (the decision notice) or minutes (the minutes' skeleton).");
            return;
        }

        if (await KnownFormat(context, context.Request.Query["format"].ToString()) is not { } format)
        {
            return;
        }

        var name = Path.GetFileNameWithoutExtension(file) + ".";
        if (await Bounded(context, CostOf(file), () => NoticePapersJob.Decisions(workspace, file, new NoticePaperRequest([format], name))) is not { } written)
        {
            return;
        }

        await SendNotice(context, written, name + paper, "The decisions cannot be written");
    }

    /// <summary>The paper a notice job wrote, or its problems (422) or refusal (404).</summary>
    private async Task SendNotice(HttpContext context, JobResult written, string name, string title)
    {
        if (written.Refusal is { } refusal)
        {
            await Problem(context, StatusCodes.Status404NotFound, title, paths.Relative(refusal));
            return;
        }

        if (!written.Succeeded)
        {
            await Problem(context, StatusCodes.Status422UnprocessableEntity, title, written.Failure ?? "Fix the errors below and try again.", paths.Relative(written.Diagnostics));
            return;
        }

        await Send(context, written.Files.First(f => Path.GetFileNameWithoutExtension(f.Path) == name));
    }
}
