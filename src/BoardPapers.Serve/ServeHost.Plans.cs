using System.Globalization;
using BoardPapers.Base;
using BoardPapers.Check;
using BoardPapers.Jobs;
using BoardPapers.Templates;
using BoardPapers.Writers;
using Microsoft.AspNetCore.Http;
using Scriban.Runtime;

namespace BoardPapers.Serve;

/// <summary>
/// The officer's part of the service: the home page, a plan's page with its live preview, the events and
/// status the page's script asks for, and plan downloads in every format.
/// </summary>
public sealed partial class ServeHost
{
    /// <summary>Every plan (its title, what it holds, its state) and every meeting in the folder, each linked to its page.</summary>
    private async Task Home(HttpContext context)
    {
        // Only what the routes serve: no hidden files, nothing reached through a link.
        var files = PlanFiles.Expand([options.Folder], out _).Where(f => ServedPath.Resolve(options.Folder, Relative(f)) is not null).ToList();
        var report = CheckFilesJob.Run(workspace, files, strict: false);
        var plans = new List<ScriptObject>();
        var meetings = new ScriptArray();
        foreach (var result in report.Files)
        {
            var relative = Relative(result.File);
            var (state, rank, colour) = State(result);
            if (result.Kind == CheckedKind.Committee)
            {
                // A committee file is no page of its own: its meetings name its errors (BP705), and the calendar uses it.
                continue;
            }

            if (result.Kind == CheckedKind.Meeting)
            {
                var details = result.Meeting?.Details;
                meetings.Add(new ScriptObject
                {
                    ["href"] = $"/meeting?path={Uri.EscapeDataString(relative)}",
                    ["committee"] = details?.Committee ?? relative,
                    ["date"] = BritishDates.Format(details?.Date) ?? "-",
                    ["file"] = relative,
                    ["state"] = state,
                    ["state_colour"] = colour,
                });
                continue;
            }

            var summary = result.Plan is null ? null : PlanSummary.Of(result.Plan);
            plans.Add(new ScriptObject
            {
                ["href"] = $"/plan?path={Uri.EscapeDataString(relative)}",
                ["title"] = summary?.Title ?? relative,
                ["file"] = relative,
                ["recommendations"] = summary?.Recommendations.ToString(CultureInfo.InvariantCulture) ?? "-",
                ["actions"] = summary?.Actions.ToString(CultureInfo.InvariantCulture) ?? "-",
                ["indicators"] = summary?.Indicators.ToString(CultureInfo.InvariantCulture) ?? "-",
                ["state"] = state,
                ["state_rank"] = rank,
                ["state_colour"] = colour,
            });
        }

        var listing = PlanListing.From(context.Request.Query["q"].ToString(), context.Request.Query["sort"].ToString(), context.Request.Query["order"].ToString());
        await WritePage(context, "home", "BoardPapers", new ScriptObject
        {
            ["folder"] = Path.GetFileName(Path.GetFullPath(options.Folder).TrimEnd(Path.DirectorySeparatorChar)) is { Length: > 0 } name ? name : "/", // its name: where the server keeps it is not the visitor's business
            ["plans"] = new ScriptArray(listing.Apply(plans)),
            ["plan_count"] = plans.Count,
            ["meetings"] = meetings,
            ["query"] = listing.Query,
            ["sort"] = listing.Sort,
            ["order"] = listing.Order,
            ["columns"] = listing.Headings(),
            ["clear_href"] = listing.ClearHref,
        });
    }

    /// <summary>
    /// A file's state in a word or two (valid, N errors, N warnings), its rank when sorted (valid first, then
    /// by warnings, then by errors) and its tag's colour.
    /// </summary>
    private static (string State, int Rank, string Colour) State(CheckedFile result)
    {
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
        return errors > 0 ? ($"{errors} {(errors == 1 ? "error" : "errors")}", 1_000_000 + errors, "red")
            : warnings > 0 ? ($"{warnings} {(warnings == 1 ? "warning" : "warnings")}", warnings, "yellow")
            : ("valid", 0, "green");
    }

    private async Task PlanPage(HttpContext context)
    {
        if (Resolve(context) is not { } file)
        {
            await NoSuchPlan(context);
            return;
        }

        var relative = Relative(file);
        var template = TemplateAsked(context);
        var loaded = RenderPlanJob.Load(workspace, file, relative);
        // Templates that print something for this plan first; the rest (an exception report of a plan with no legend) after, saying why.
        var names = new ScriptArray();
        var others = new ScriptArray();
        foreach (var name in Templates.Names())
        {
            var query = $"path={Uri.EscapeDataString(relative)}&template={Uri.EscapeDataString(name)}";
            var empty = loaded.Plan is { } plan ? TemplateFit.NothingToPrint(plan, name) : null;
            (empty is null || name == template ? names : others).Add(new ScriptObject
            {
                ["name"] = name,
                ["shown"] = name == template,
                ["href"] = $"/plan?{query}",
                ["downloads"] = ServePages.Links([.. PaperDownloads.Where(f => f.Available()).Select(f => (f.Label(), $"/download?{query}&format={f.Name()}"))]),
                ["empty"] = empty,
            });
        }

        var model = new ScriptObject
        {
            ["plan_title"] = loaded.Plan?.Title ?? relative,
            ["diff_href"] = $"/diff?path={Uri.EscapeDataString(relative)}",
            ["updates_href"] = $"/updates?path={Uri.EscapeDataString(relative)}",
            ["apply_href"] = $"/updates/apply?path={Uri.EscapeDataString(relative)}",
            ["templates"] = names,
            ["other_templates"] = others,
            ["diagnostics"] = ServePages.Lines(paths.Relative(loaded.Diagnostics)),
            ["has_errors"] = loaded.HasErrors,
            ["preview_title"] = $"Preview of {relative} through {template}",
            ["preview_src"] = $"/preview?path={Uri.EscapeDataString(relative)}&template={Uri.EscapeDataString(template)}",
            ["plan_path"] = relative,
            ["template_name"] = template,
        };
        await WritePage(context, "plan", $"{loaded.Plan?.Title ?? relative} - BoardPapers", model);
    }

    private async Task Preview(HttpContext context)
    {
        var (rendered, problem) = await RenderFile(context, PaperFormat.Html);
        if (rendered is null)
        {
            // A preview is shown in a frame: its problems come as a page, not as JSON.
            if (Resolve(context) is not null && !context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                await WritePage(context, "message", "Not rendered", new ScriptObject { ["heading"] = "Not rendered", ["text"] = "The plan or its template has errors: the diagnostics are listed above the preview." });
                return;
            }

            await problem!();
            return;
        }

        // A paper shown in a frame runs nothing and reaches nothing of the page around it.
        var page = rendered.Result.Files[0];
        context.Response.ContentType = PaperFormat.Html.ContentType();
        context.Response.Headers.ContentSecurityPolicy = ServeGuard.Policy("", sandboxed: true);
        await context.Response.Body.WriteAsync(page.Bytes);
    }

    /// <summary>Server-sent events: "changed" each time the plan's file is written, a comment every 15 s to keep the connection open.</summary>
    private async Task Events(HttpContext context)
    {
        if (Resolve(context) is not { } file)
        {
            await NoSuchPlan(context);
            return;
        }

        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        using var listener = watcher.Listen();
        await context.Response.WriteAsync(": watching\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        var count = 0;
        try
        {
            while (!context.RequestAborted.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
                wait.CancelAfter(TimeSpan.FromSeconds(15));
                string? changed = null;
                try
                {
                    changed = await listener.Changes.ReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
                {
                    await context.Response.WriteAsync(": still watching\n\n", context.RequestAborted);
                }

                if (changed is not null && string.Equals(Path.GetFullPath(changed), file, StringComparison.Ordinal))
                {
                    await context.Response.WriteAsync($"event: changed\ndata: {++count}\n\n", context.RequestAborted);
                }

                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
    }

    /// <summary>Whether the plan loads and renders through the template now, with every diagnostic: what the live page shows after a save.</summary>
    private async Task Status(HttpContext context)
    {
        if (Resolve(context) is not { } file)
        {
            await NoSuchPlan(context);
            return;
        }

        var loaded = RenderPlanJob.Load(workspace, file, Relative(file));
        var diagnostics = loaded.Diagnostics.ToList();
        if (!loaded.HasErrors)
        {
            if (await AskedRender(context, [], file) is not { } request
                || await Bounded(context, CostOf(loaded.Plan!, CostOf(file)), () => RenderPlanJob.Render(workspace, loaded.Plan!, request, file)) is not { } rendered)
            {
                return;
            }

            diagnostics.AddRange(rendered.Paper?.Diagnostics ?? []);
        }

        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(ServeJson.Diagnostics(ServePages.ErrorsFirst(paths.Relative(diagnostics)), loaded.Plan?.Title));
    }

    private async Task Download(HttpContext context)
    {
        if (await KnownFormat(context, context.Request.Query["format"].ToString()) is not { } format)
        {
            return;
        }

        var (rendered, problem) = await RenderFile(context, format);
        if (rendered is null)
        {
            await problem!();
            return;
        }

        await Send(context, rendered.Result.Files[0]);
    }

    /// <summary>Renders the plan a request names (path, template, options) and writes it in a format: the result, or how to answer the problem.</summary>
    private async Task<(RenderedPlan? Rendered, Func<Task>? Problem)> RenderFile(HttpContext context, PaperFormat format)
    {
        if (Resolve(context) is not { } file)
        {
            return (null, () => NoSuchPlan(context));
        }

        var loaded = RenderPlanJob.Load(workspace, file, Relative(file));
        if (loaded.HasErrors)
        {
            return (null, () => Problem(context, StatusCodes.Status422UnprocessableEntity, "The plan has errors", "Fix them and the preview comes back.", loaded.Diagnostics));
        }

        if (await AskedRender(context, [format], file) is not { } request
            || await Bounded(context, CostOf(loaded.Plan!, CostOf(file)), () => RenderPlanJob.Render(workspace, loaded.Plan!, request, file)) is not { } rendered)
        {
            return (null, () => Task.CompletedTask);
        }

        return rendered.Result.Succeeded ? (rendered, null) : (null, () => RenderProblem(context, rendered));
    }

    /// <summary>
    /// What a request asks to render, as the command's options: ?template=NAME (the plan page's default when
    /// none), ?option=NAME=a,b (repeatable, as --option) and ?history=1 (as --history). The files are named
    /// after the plan file; null after answering 400 when an option cannot be read.
    /// </summary>
    private async Task<RenderPlanRequest?> AskedRender(HttpContext context, IReadOnlyList<PaperFormat> formats, string? file, string? defaultTemplate = TemplateFolders.DefaultPlanTemplate)
    {
        var query = context.Request.Query;
        var options = new TemplateOptions();
        foreach (var text in query["option"])
        {
            if (TemplateOptions.Parse(text ?? "") is not { } option)
            {
                await Problem(context, StatusCodes.Status400BadRequest, "Unknown option", $"option takes NAME=value[,value...], not `{text}`.");
                return null;
            }

            options.Set(option.Name, option.Items);
        }

        var template = TemplateAsked(context, defaultTemplate);
        var name = file is null ? "plan" : Path.GetFileNameWithoutExtension(file);
        return new RenderPlanRequest(template, formats, name) { Options = options, History = query["history"].ToString() is "1" or "true" };
    }

    /// <summary>The template a request names (?template=), or the default when it names none.</summary>
    private static string TemplateAsked(HttpContext context, string? defaultTemplate = TemplateFolders.DefaultPlanTemplate) =>
        context.Request.Query["template"].ToString() is { Length: > 0 } named ? named : defaultTemplate ?? "";

    /// <summary>Why a render gave no paper: an option it could not use, an unknown template (400), a template that failed (422), or a writer that failed (500).</summary>
    private Task RenderProblem(HttpContext context, RenderedPlan rendered)
    {
        var result = rendered.Result;
        if (result.Refusal is { } refusal)
        {
            return Problem(context, StatusCodes.Status400BadRequest, "Not rendered", refusal);
        }

        if (result.HasErrors)
        {
            var unknown = result.Diagnostics.Any(d => d.Code == Codes.UnknownTemplate);
            return Problem(context, unknown ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity, unknown ? "Unknown template" : "The template failed", result.Diagnostics[0].Message, result.Diagnostics);
        }

        return Problem(context, StatusCodes.Status500InternalServerError, "Not written", result.Failure ?? "The paper could not be written.");
    }

    private Task NoSuchPlan(HttpContext context) =>
        Problem(context, StatusCodes.Status404NotFound, "No such plan", "The path names no plan file in the served folder.");

    private Task Problem(HttpContext context, int status, string title, string detail, IReadOnlyList<Diagnostic>? diagnostics = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        return context.Response.WriteAsync(ServeJson.Problem(status, paths.Relative(title), paths.Relative(detail), diagnostics is null ? null : paths.Relative(diagnostics)));
    }
}
