using BoardPapers.Base;
using BoardPapers.Jobs;
using BoardPapers.Model;
using BoardPapers.Packs;
using BoardPapers.Writers;
using Microsoft.AspNetCore.Http;
using Scriban.Runtime;

namespace BoardPapers.Serve;

/// <summary>The clerk's part of the service: a meeting's page, its packs as downloads, and the HTML edition to browse.</summary>
public sealed partial class ServeHost
{
    private const string NoMeeting = "The path names no meeting file in the served folder.";

    /// <summary>A meeting: its agenda as the packs will print it, its problems, and a download for each edition and format.</summary>
    private async Task MeetingPage(HttpContext context)
    {
        if (Resolve(context) is not { } file)
        {
            await Problem(context, StatusCodes.Status404NotFound, "No such meeting", NoMeeting);
            return;
        }

        var relative = Relative(file);
        var loaded = BuildPackJob.Load(workspace, file, relative);
        var title = loaded.Meeting is { } m ? $"{m.Details.Committee}, {BritishDates.Format(m.Details.Date) ?? "date to be fixed"}" : relative;
        var composed = loaded.Meeting is null ? null : BuildPackJob.Compose(workspace, loaded.Meeting, PackEdition.Public);
        var blocked = loaded.HasErrors || composed is null || composed.HasErrors;
        var model = new ScriptObject
        {
            ["meeting_title"] = title,
            ["diagnostics"] = ServePages.Lines(paths.Relative(loaded.Diagnostics.Concat(composed?.Diagnostics ?? []))),
            ["blocked"] = blocked,
            ["exempt"] = new ScriptArray(),
            ["editions"] = new ScriptArray(),
            ["pdf"] = PaperFormat.Pdf.Available(),
            ["agenda_src"] = "",
            ["decisions"] = new ScriptArray(),
        };
        if (blocked)
        {
            context.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await WritePage(context, "meeting", $"{title} - BoardPapers", model);
            return;
        }

        model["exempt"] = new ScriptArray(composed!.ExemptParts.Select(part => $"{part.What}: paragraph {part.Paragraph}{(part.Reason is null ? "" : $" ({part.Reason})")}"));
        var editions = new ScriptArray();
        foreach (var edition in Editions())
        {
            var query = $"path={Uri.EscapeDataString(relative)}&edition={edition.Name()}";
            editions.Add(new ScriptObject
            {
                ["label"] = edition == PackEdition.Public ? "Public" : "Members' (exempt information included)",
                ["downloads"] = new ScriptArray(PackFormats.Where(f => f.Available()).Select(f => new ScriptObject
                {
                    ["label"] = f == PaperFormat.Html ? "HTML (zip)" : f.Label(),
                    ["href"] = $"/pack?{query}&format={f.Name()}",
                    ["hint"] = PackHint(f),
                })),
                ["read_href"] = PackIndex(relative, loaded.Meeting!, edition),
            });
        }

        model["editions"] = editions;
        model["decisions"] = !loaded.Meeting!.Items.Any(i => i.Decision is not null)
            ? new ScriptArray()
            : new ScriptArray(DecisionPapers.Select(paper => new ScriptObject
            {
                ["label"] = paper.Key == "notice" ? "Decision notice" : "Minutes' skeleton",
                ["hint"] = paper.Key == "notice" ? "Each decision with its reasons and the call-in deadline." : "Every item a numbered minute, with the resolutions recorded, for the clerk to complete.",
                ["downloads"] = new ScriptArray(PackFormats.Where(f => f.Available()).Select(f => new ScriptObject
                {
                    ["label"] = f.Label(),
                    ["href"] = $"/decisions?path={Uri.EscapeDataString(relative)}&paper={paper.Key}&format={f.Name()}",
                })),
            }));
        model["agenda_src"] = PackIndex(relative, loaded.Meeting!, PackEdition.Public);
        await WritePage(context, "meeting", $"{title} - BoardPapers", model);
    }

    /// <summary>What each download of a pack is for, as the meeting page says under it.</summary>
    private static string PackHint(PaperFormat format) => format switch
    {
        PaperFormat.Docx => "The whole pack as one Word document, its agenda's page ranges filled in.",
        PaperFormat.Pdf => "The whole pack as a tagged PDF, as it prints.",
        _ => "The HTML edition's pages and stylesheet in a zip, to publish on the council's website.",
    };

    /// <summary>A pack's downloads as the meeting page offers them: Word, PDF, then the HTML edition.</summary>
    private static readonly PaperFormat[] PackFormats = [PaperFormat.Docx, PaperFormat.Pdf, PaperFormat.Html];

    /// <summary>A pack as a download: one file, or a zip when there are several (the HTML edition, a supplement, published appendices).</summary>
    private async Task PackDownload(HttpContext context)
    {
        if (await KnownFormat(context, context.Request.Query["format"].ToString()) is not { } format)
        {
            return;
        }

        if (await BuildPack(context, context.Request.Query["edition"].ToString(), format) is not { } built)
        {
            return;
        }

        var (meeting, edition, files) = built;
        if (files.Count == 1)
        {
            var only = files[0];
            await Send(context, only.Bytes, ServedDocument.ContentTypeOf(Path.GetExtension(only.Path)), Path.GetFileName(only.Path));
            return;
        }

        await Send(context, ZipFiles.Of(files), ServedDocument.ContentTypeOf("zip"), $"{PackBuilder.BaseName(meeting, edition, supplement: false)}-{format.Name()}.zip");
    }

    /// <summary>
    /// The HTML edition to read in place: /packs/EDITION/MEETING-PATH/PACK-FILE. The pack's own relative links
    /// (next item, agenda, appendices) resolve under the same prefix; files are looked up among what was
    /// built, never on disk.
    /// </summary>
    private async Task PackView(HttpContext context)
    {
        var page = context.Request.RouteValues["page"] as string ?? "";
        var split = page.IndexOf(".yaml/", StringComparison.Ordinal) is var y and >= 0 ? y + 5 : page.IndexOf(".yml/", StringComparison.Ordinal) is var z and >= 0 ? z + 4 : -1;
        if (split < 0)
        {
            await Problem(context, StatusCodes.Status404NotFound, "No such pack page", "A pack page is /packs/EDITION/MEETING.yaml/FILE.");
            return;
        }

        if (await BuildPack(context, context.Request.RouteValues["edition"] as string ?? "", PaperFormat.Html, page[..split]) is not { } built)
        {
            return;
        }

        var wanted = page[(split + 1)..];
        if (built.Files.FirstOrDefault(f => string.Equals(f.Path, wanted, StringComparison.Ordinal)) is not { } found)
        {
            await Problem(context, StatusCodes.Status404NotFound, "No such pack page", $"The pack has no file {wanted}.");
            return;
        }

        context.Response.ContentType = ServedDocument.ContentTypeOf(Path.GetExtension(found.Path));
        context.Response.ContentLength = found.Bytes.Length;
        await context.Response.Body.WriteAsync(found.Bytes);
    }

    /// <summary>
    /// A meeting's pack in one edition and format: kept from an earlier build of the same files, or built now
    /// under the render limits; null after answering the problem.
    /// </summary>
    private async Task<(Meeting Meeting, PackEdition Edition, IReadOnlyList<OutputFile> Files)?> BuildPack(HttpContext context, string editionName, PaperFormat format, string? path = null)
    {
        if (await PackJobFor(context, editionName, format, path) is not { } asked)
        {
            return null;
        }

        var (meeting, edition, job, kept) = asked;
        JobResult? built;
        try
        {
            built = await job.Built.WaitAsync(options.RenderTimeout, context.RequestAborted);
        }
        catch (TimeoutException)
        {
            await Problem(context, StatusCodes.Status503ServiceUnavailable, "Render took too long", $"A render may take at most {options.RenderTimeout.TotalSeconds:0.#} s. The pack is still being built: ask for it again shortly.");
            return null;
        }

        if (built is null)
        {
            await Problem(context, StatusCodes.Status503ServiceUnavailable, "Too busy", job.Busy ?? "Try again shortly.");
            return null;
        }

        if (built.HasErrors)
        {
            await Problem(context, StatusCodes.Status422UnprocessableEntity, "The pack has errors", "Fix them and build the pack again.", built.Diagnostics);
            return null;
        }

        if (built.Failure is { } failure)
        {
            await Problem(context, StatusCodes.Status500InternalServerError, "Not written", failure);
            return null;
        }

        // Says whether the pack was built for this request or kept from an earlier one (or one running when it came).
        context.Response.Headers["X-BoardPapers-Pack"] = kept ? "kept" : "built";
        return (meeting, edition, built.Files);
    }

    /// <summary>The job building (or that built) a meeting's pack in one edition and format; null after answering the problem.</summary>
    private async Task<(Meeting Meeting, PackEdition Edition, PackJob Job, bool Kept)?> PackJobFor(HttpContext context, string editionName, PaperFormat format, string? path)
    {
        if (Editions().FirstOrDefault(e => e.Name() == editionName) is var edition && edition.Name() != editionName)
        {
            var allowed = options.MembersEdition ? "public or members" : "public (this service does not serve the members' edition)";
            await Problem(context, editionName == "members" ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest, "No such edition", $"edition is {allowed}.");
            return null;
        }

        if (ServedPath.Resolve(options.Folder, path ?? context.Request.Query["path"].ToString()) is not { } file)
        {
            await Problem(context, StatusCodes.Status404NotFound, "No such meeting", NoMeeting);
            return null;
        }

        var loaded = BuildPackJob.Load(workspace, file, Relative(file));
        if (loaded.HasErrors)
        {
            await Problem(context, StatusCodes.Status422UnprocessableEntity, "The meeting has errors", "Fix them and build the pack again.", loaded.Diagnostics);
            return null;
        }

        var meeting = loaded.Meeting!;
        // ?simplex=1 as the command's --simplex: for one-sided printing, no filler pages.
        var request = new PackRequest([edition], new HashSet<PaperFormat> { format }) { Simplex = Simplex(context) };
        var job = packs.GetOrStart(PackFingerprint.Of(file, meeting, BuildPackJob.Options(workspace, request), Templates), () =>
        {
            var completion = new TaskCompletionSource<JobResult?>(TaskCreationOptions.RunContinuationsAsynchronously);
            var started = new PackJob { Built = completion.Task };
            _ = Task.Run(async () =>
            {
                try
                {
                    completion.SetResult(await BuildWithinBudget(started, meeting, request));
                }
                catch (Exception ex)
                {
                    completion.SetException(ex);
                }
            });
            return started;
        }, out var kept);
        return (meeting, edition, job, kept);
    }

    /// <summary>
    /// Builds a pack once there is room for it: a pack reads many files and runs LibreOffice, so it counts as
    /// half the budget. Null (with the reason in the job) when no room came in time.
    /// </summary>
    private async Task<JobResult?> BuildWithinBudget(PackJob job, Meeting meeting, PackRequest request)
    {
        var cost = options.MaxRenderBytes / 2;
        if (!await renders.EnterAsync(cost, options.QueueTimeout, CancellationToken.None))
        {
            job.Busy = $"The renders running leave no room for this pack, and none finished within {options.QueueTimeout.TotalSeconds:0.#} s; try again shortly.";
            return null;
        }

        try
        {
            return BuildPackJob.Build(workspace, meeting, request, job.Report);
        }
        finally
        {
            Finished(cost);
        }
    }

    /// <summary>
    /// Server-sent events while a pack builds, for the meeting page: "progress" with each step ("measuring
    /// pages (LibreOffice)", "converting to PDF"), then "done" with the download's address (the pack is kept,
    /// so the download is instant), or "failed". Problems before the build starts are answered as by /pack.
    /// </summary>
    private async Task PackProgressEvents(HttpContext context)
    {
        if (await KnownFormat(context, context.Request.Query["format"].ToString()) is not { } format)
        {
            return;
        }

        var editionName = context.Request.Query["edition"].ToString();
        if (await PackJobFor(context, editionName, format, null) is not { } asked)
        {
            return;
        }

        var job = asked.Job;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        PackProgress? shown = null;
        try
        {
            while (true)
            {
                if (job.Progress is { } step && step != shown)
                {
                    shown = step;
                    await context.Response.WriteAsync($"event: progress\ndata: {ProgressJson(step)}\n\n", context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                }

                if (job.Built.IsCompleted)
                {
                    break;
                }

                await Task.WhenAny(job.Built, Task.Delay(TimeSpan.FromMilliseconds(200), context.RequestAborted));
            }

            var download = $"/pack?path={Uri.EscapeDataString(context.Request.Query["path"].ToString())}&edition={Uri.EscapeDataString(editionName)}&format={format.Name()}{(Simplex(context) ? "&simplex=1" : "")}";
            var outcome = job.Built.IsCompletedSuccessfully && job.Built.Result is not null
                ? $"event: done\ndata: {JsonText.Line(json => { json.WriteStartObject(); json.WriteString("href", download); json.WriteEndObject(); })}\n\n"
                : $"event: failed\ndata: {JsonText.Line(json => { json.WriteStartObject(); json.WriteString("message", job.Busy ?? "The pack could not be built: download it to see why."); json.WriteString("href", download); json.WriteEndObject(); })}\n\n";
            await context.Response.WriteAsync(outcome, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The page went away; the build goes on and is kept for the download.
        }
    }

    private static string ProgressJson(PackProgress step) => JsonText.Line(json =>
    {
        json.WriteStartObject();
        json.WriteString("pack", step.Pack);
        json.WriteString("step", step.Step);
        json.WriteNumber("done", step.Done);
        json.WriteNumber("total", step.Total);
        json.WriteEndObject();
    });

    private static bool Simplex(HttpContext context) => context.Request.Query["simplex"].ToString() is "1" or "true";

    private IEnumerable<PackEdition> Editions() => options.MembersEdition ? [PackEdition.Public, PackEdition.Members] : [PackEdition.Public];

    private static string EscapePath(string relative) => string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));

    /// <summary>Where a pack's HTML edition is read in place: its agenda page under /packs.</summary>
    private static string PackIndex(string relative, Meeting meeting, PackEdition edition) =>
        $"/packs/{edition.Name()}/{EscapePath(relative)}/{PackBuilder.BaseName(meeting, edition, supplement: false)}/index.html";
}
