using System.Globalization;
using BoardPapers.Base;
using BoardPapers.Check;
using BoardPapers.Papers;
using BoardPapers.Templates;
using BoardPapers.Validate;
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
        var report = CheckReport.Run(files, strict: false, templates: templates, root: ServedRoot);
        var plans = new List<ScriptObject>();
        var meetings = new ScriptArray();
        foreach (var result in report.Files)
        {
            var relative = Relative(result.File);
            var (state, rank, colour) = State(result);
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
        var template = context.Request.Query["template"].ToString() is { Length: > 0 } t ? t : TemplateFolders.DefaultPlanTemplate;
        var loaded = new PlanLoader().LoadFile(file, relative);
        // Templates that print something for this plan first; the rest (an exception report of a plan with no legend) after, saying why.
        var names = new ScriptArray();
        var others = new ScriptArray();
        foreach (var name in templates.Names())
        {
            var query = $"path={Uri.EscapeDataString(relative)}&template={Uri.EscapeDataString(name)}";
            var empty = loaded.Plan is { } plan ? TemplateFit.NothingToPrint(plan, name) : null;
            (empty is null || name == template ? names : others).Add(new ScriptObject
            {
                ["name"] = name,
                ["shown"] = name == template,
                ["href"] = $"/plan?{query}",
                ["downloads"] = ServePages.Links([.. PaperDownloads.Where(f => f.Available()).Select(f => (FormatLabel(f), $"/download?{query}&format={f.Name()}"))]),
                ["empty"] = empty,
            });
        }

        var model = new ScriptObject
        {
            ["plan_title"] = loaded.Plan?.Title ?? relative,
            ["diff_href"] = $"/diff?path={Uri.EscapeDataString(relative)}",
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
        context.Response.ContentType = rendered.Document!.ContentType;
        context.Response.Headers.ContentSecurityPolicy = ServeGuard.Policy("", sandboxed: true);
        await context.Response.Body.WriteAsync(rendered.Document.Bytes);
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

        var loaded = new PlanLoader().LoadFile(file, Relative(file));
        var diagnostics = loaded.Diagnostics.ToList();
        if (!loaded.HasErrors)
        {
            var template = context.Request.Query["template"].ToString() is { Length: > 0 } t ? t : TemplateFolders.DefaultPlanTemplate;
            var rendered = await Bounded(context, CostOf(loaded.Plan!, CostOf(file)), () => RenderAndWrite(loaded.Plan!, template, null));
            if (rendered is null)
            {
                return;
            }

            diagnostics.AddRange(rendered.Paper.Diagnostics);
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

        await Send(context, rendered.Document!, $"{Path.GetFileNameWithoutExtension(Resolve(context)!)}.{rendered.Paper.Template}");
    }

    /// <summary>Renders the plan a request names (path, template) and writes it in a format: the result, or how to answer the problem.</summary>
    private async Task<(RenderedDocument? Rendered, Func<Task>? Problem)> RenderFile(HttpContext context, PaperFormat format)
    {
        if (Resolve(context) is not { } file)
        {
            return (null, () => NoSuchPlan(context));
        }

        var loaded = new PlanLoader().LoadFile(file, Relative(file));
        if (loaded.HasErrors)
        {
            return (null, () => Problem(context, StatusCodes.Status422UnprocessableEntity, "The plan has errors", "Fix them and the preview comes back.", loaded.Diagnostics));
        }

        var template = context.Request.Query["template"].ToString() is { Length: > 0 } t ? t : TemplateFolders.DefaultPlanTemplate;
        var rendered = await Bounded(context, CostOf(loaded.Plan!, CostOf(file)), () => RenderAndWrite(loaded.Plan!, template, format));
        if (rendered is null)
        {
            return (null, () => Task.CompletedTask);
        }

        var paper = rendered.Paper;
        return paper.Succeeded
            ? (rendered, null)
            : (null, () => Problem(context, StatusCodes.Status422UnprocessableEntity, "The template failed", paper.Diagnostics[0].Message, paper.Diagnostics));
    }

    /// <summary>The render's whole work, run under the limits: the template, then the document in the format asked for.</summary>
    private RenderedDocument RenderAndWrite(Model.Plan plan, string template, PaperFormat? format)
    {
        var paper = new PaperRenderer(new TemplateRenderer(templates)).Render(plan, template);
        return new RenderedDocument(paper, paper.Succeeded && format is { } f ? Writer.Write(paper.Paper!, f) : null);
    }

    /// <summary>Papers are written as the command writes them, with the render limit on PDF conversion.</summary>
    private PaperWriter Writer => new(new PaperWriterOptions { PdfTimeout = options.RenderTimeout });

    private Task NoSuchPlan(HttpContext context) =>
        Problem(context, StatusCodes.Status404NotFound, "No such plan", "The path names no plan file in the served folder.");

    private Task Problem(HttpContext context, int status, string title, string detail, IReadOnlyList<Diagnostic>? diagnostics = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        return context.Response.WriteAsync(ServeJson.Problem(status, paths.Relative(title), paths.Relative(detail), diagnostics is null ? null : paths.Relative(diagnostics)));
    }
}
