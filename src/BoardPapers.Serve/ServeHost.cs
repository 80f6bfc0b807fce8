using System.Globalization;
using System.Text;
using BoardPapers.Base;
using BoardPapers.Check;
using BoardPapers.Load;
using BoardPapers.Papers;
using BoardPapers.Templates;
using BoardPapers.Validate;
using BoardPapers.Writers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BoardPapers.Serve;

/// <summary>
/// The service: a thin ASP.NET Core host over the core library. Pages for officers, clerks and reviewers
/// (server-rendered HTML), and a JSON API. Handlers are plain request delegates (no reflection-bound
/// parameters), so the host builds ahead of time like the command. Every path from a request goes through
/// <see cref="ServedPath"/>; renders are bounded in number and time.
/// </summary>
public sealed partial class ServeHost : IDisposable
{
    private readonly ServeOptions options;
    private readonly TemplateFolders templates;
    private readonly SemaphoreSlim renders;
    private readonly FolderWatcher watcher;

    private ServeHost(ServeOptions options)
    {
        this.options = options;
        templates = new TemplateFolders(options.Templates);
        renders = new SemaphoreSlim(options.MaxConcurrentRenders);
        watcher = new FolderWatcher(options.Folder);
    }

    public void Dispose()
    {
        renders.Dispose();
        watcher.Dispose();
    }

    /// <summary>The web application, configured but not started: bound to the host and port given (port 0: any free port).</summary>
    public static WebApplication Build(ServeOptions options)
    {
        var host = new ServeHost(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Services.Configure<KestrelServerOptions>(k => k.Limits.MaxRequestBodySize = options.MaxBodyBytes);
        builder.WebHost.UseUrls($"http://{(options.Host.Contains(':', StringComparison.Ordinal) ? $"[{options.Host}]" : options.Host)}:{options.Port}");
        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(host.Dispose);
        app.MapGet("/", new RequestDelegate(host.Home));
        app.MapGet("/plan", new RequestDelegate(host.PlanPage));
        app.MapGet("/preview", new RequestDelegate(host.Preview));
        app.MapGet("/download", new RequestDelegate(host.Download));
        app.MapGet("/events", new RequestDelegate(host.Events));
        app.MapGet("/status", new RequestDelegate(host.Status));
        app.MapGet("/meeting", new RequestDelegate(host.MeetingPage));
        app.MapGet("/pack", new RequestDelegate(host.PackDownload));
        app.MapGet("/packs/{edition}/{**page}", new RequestDelegate(host.PackView));
        app.MapGet("/diff", new RequestDelegate(host.DiffPage));
        app.MapGet("/diff/paper", new RequestDelegate(host.DiffPaper));
        app.MapPost("/api/check", new RequestDelegate(host.ApiCheck));
        app.MapPost("/api/render", new RequestDelegate(host.ApiRender));
        return app;
    }

    /// <summary>Every plan (its title, what it holds, its state) and every meeting in the folder, each linked to its page.</summary>
    private async Task Home(HttpContext context)
    {
        var files = PlanFiles.Expand([options.Folder], out _);
        var report = CheckReport.Run(files, strict: false, templates: templates);
        var body = new StringBuilder("<h1>Plans and meetings</h1>\n");
        body.Append("<p>Serving ").Append(HtmlText.Escape(Path.GetFullPath(options.Folder))).Append(". States are checked each time this page loads.</p>\n");
        body.Append("<h2>Plans</h2>\n<table>\n<thead><tr><th scope=\"col\">Plan</th><th scope=\"col\">File</th><th scope=\"col\">Recommendations</th><th scope=\"col\">Actions</th><th scope=\"col\">Indicators</th><th scope=\"col\">State</th></tr></thead>\n<tbody>\n");
        var meetings = new List<LoadResult>();
        foreach (var result in report.Files)
        {
            if (CheckReport.IsMeeting(result.File))
            {
                meetings.Add(result);
                continue;
            }

            var relative = Relative(result.File);
            var summary = result.Plan is null ? null : PlanSummary.Of(result.Plan);
            body.Append($"<tr><td><a href=\"/plan?path={Uri.EscapeDataString(relative)}\">{HtmlText.Escape(summary?.Title ?? relative)}</a></td><td>{HtmlText.Escape(relative)}</td>")
                .Append($"<td>{summary?.Recommendations.ToString(CultureInfo.InvariantCulture) ?? "-"}</td><td>{summary?.Actions.ToString(CultureInfo.InvariantCulture) ?? "-"}</td><td>{summary?.Indicators.ToString(CultureInfo.InvariantCulture) ?? "-"}</td><td>{State(result)}</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n<h2>Meetings</h2>\n");
        if (meetings.Count == 0)
        {
            body.Append("<p>No meeting files (a YAML file with a top-level <code>meeting:</code>) in this folder.</p>\n");
        }
        else
        {
            body.Append("<table>\n<thead><tr><th scope=\"col\">Meeting</th><th scope=\"col\">Date</th><th scope=\"col\">File</th><th scope=\"col\">State</th></tr></thead>\n<tbody>\n");
            foreach (var result in meetings)
            {
                var relative = Relative(result.File);
                var details = new MeetingLoader().LoadFile(result.File).Meeting?.Details;
                body.Append($"<tr><td><a href=\"/meeting?path={Uri.EscapeDataString(relative)}\">{HtmlText.Escape(details?.Committee ?? relative)}</a></td><td>{HtmlText.Escape(BritishDates.Format(details?.Date) ?? "-")}</td><td>{HtmlText.Escape(relative)}</td><td>{State(result)}</td></tr>\n");
            }

            body.Append("</tbody>\n</table>\n");
        }

        await WritePage(context, "BoardPapers", body.ToString());
    }

    /// <summary>A file's state in a word or two: valid, N errors, N warnings.</summary>
    private static string State(LoadResult result)
    {
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
        return errors > 0 ? $"{errors} {(errors == 1 ? "error" : "errors")}" : warnings > 0 ? $"{warnings} {(warnings == 1 ? "warning" : "warnings")}" : "valid";
    }

    private async Task PlanPage(HttpContext context)
    {
        if (Resolve(context) is not { } file)
        {
            await NoSuchPlan(context);
            return;
        }

        var relative = Relative(file);
        var template = context.Request.Query["template"].ToString() is { Length: > 0 } t ? t : "action-plan";
        var loaded = new PlanLoader().LoadFile(file, relative);
        var pdf = PaperFormat.Pdf.Available();
        var body = new StringBuilder($"<h1>{HtmlText.Escape(loaded.Plan?.Title ?? relative)}</h1>\n<p><a href=\"/\">All plans and meetings</a> · <a href=\"/diff?path={Uri.EscapeDataString(relative)}\">Compare versions of this plan</a></p>\n");
        body.Append("<h2>Templates</h2>\n<ul>\n");
        foreach (var name in templates.Names())
        {
            var query = $"path={Uri.EscapeDataString(relative)}&amp;template={Uri.EscapeDataString(name)}";
            body.Append(name == template
                ? $"<li><strong>{HtmlText.Escape(name)}</strong> (shown below). Download: <a href=\"/download?{query}&amp;format=docx\">Word</a>, <a href=\"/download?{query}&amp;format=html\">HTML</a>{(pdf ? $", <a href=\"/download?{query}&amp;format=pdf\">PDF</a>" : "")}</li>\n"
                : $"<li><a href=\"/plan?{query}\">{HtmlText.Escape(name)}</a></li>\n");
        }

        body.Append("</ul>\n");
        body.Append("<h2>Diagnostics</h2>\n<ul id=\"diagnostics\" aria-live=\"polite\">\n");
        foreach (var d in loaded.Diagnostics)
        {
            body.Append("<li>").Append(HtmlText.Escape(d.ToString())).Append("</li>\n");
        }

        body.Append(loaded.Diagnostics.Count == 0 ? "<li>No problems found.</li>\n</ul>\n" : "</ul>\n");
        body.Append($"<p id=\"stale\" role=\"status\"{(loaded.HasErrors ? "" : " hidden")}><strong>The preview below is not up to date:</strong> the file has errors. It shows the last good rendering, and refreshes as soon as the file is sound again.</p>\n");
        body.Append($"<h2>Preview</h2>\n<iframe id=\"preview\" title=\"Preview of {HtmlText.Escape(relative)} through {HtmlText.Escape(template)}\" src=\"/preview?path={Uri.EscapeDataString(relative)}&amp;template={Uri.EscapeDataString(template)}\"></iframe>\n");
        body.Append(LiveScript.For(relative, template));
        await WritePage(context, $"{loaded.Plan?.Title ?? relative} - BoardPapers", body.ToString());
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
                await WritePage(context, "Not rendered", "<h1>Not rendered</h1>\n<p>The plan or its template has errors: the diagnostics are listed above the preview.</p>\n");
                return;
            }

            await problem!();
            return;
        }

        context.Response.ContentType = rendered.Document!.ContentType;
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
            var template = context.Request.Query["template"].ToString() is { Length: > 0 } t ? t : "action-plan";
            var rendered = await Bounded(context, () => RenderAndWrite(loaded.Plan!, template, null));
            if (rendered is null)
            {
                return;
            }

            diagnostics.AddRange(rendered.Paper.Diagnostics);
        }

        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(ServeJson.Diagnostics(diagnostics));
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

    private async Task ApiCheck(HttpContext context)
    {
        if (await ReadBody(context) is not { } bytes)
        {
            return;
        }

        var loaded = new PlanLoader().LoadBytes(bytes, "request.yaml");
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

        var loaded = new PlanLoader().LoadBytes(bytes, "request.yaml");
        if (loaded.HasErrors)
        {
            await Problem(context, StatusCodes.Status422UnprocessableEntity, "The plan has errors", loaded.Diagnostics.Count(d => d.Severity == Severity.Error) is var n && n == 1 ? "1 error, at its line and column." : $"{n} errors, each at its line and column.", loaded.Diagnostics);
            return;
        }

        var rendered = await Bounded(context, () => RenderAndWrite(loaded.Plan!, template, format));
        if (rendered is null)
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

        var template = context.Request.Query["template"].ToString() is { Length: > 0 } t ? t : "action-plan";
        var rendered = await Bounded(context, () => RenderAndWrite(loaded.Plan!, template, format));
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

    /// <summary>Runs a render under the concurrency and time limits; null (and a 503 answered) when a limit is hit.</summary>
    private async Task<T?> Bounded<T>(HttpContext context, Func<T> render)
        where T : class
    {
        if (!await renders.WaitAsync(options.QueueTimeout, context.RequestAborted))
        {
            await Problem(context, StatusCodes.Status503ServiceUnavailable, "Too busy", $"{options.MaxConcurrentRenders} renders are running and none finished within {options.QueueTimeout.TotalSeconds:0.#} s; try again shortly.");
            return null;
        }

        var work = Task.Run(render);

        // The slot is given back when the work ends, not when the request stops waiting for it: a render
        // that overran still uses the machine, and the limit is on work, not on requests.
        _ = work.ContinueWith(_ => ReleaseSlot(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        try
        {
            return await work.WaitAsync(options.RenderTimeout, context.RequestAborted);
        }
        catch (TimeoutException)
        {
            await Problem(context, StatusCodes.Status503ServiceUnavailable, "Render took too long", $"A render may take at most {options.RenderTimeout.TotalSeconds:0.#} s.");
            return null;
        }
    }

    private void ReleaseSlot()
    {
        try
        {
            renders.Release();
        }
        catch (ObjectDisposedException)
        {
            // The service stopped while the render ran.
        }
    }

    /// <summary>The format a request names, when it can be written here; null after answering 400 (unknown) or 501 (PDF without LibreOffice).</summary>
    private static async Task<PaperFormat?> KnownFormat(HttpContext context, string name)
    {
        if (PaperFormats.Find(name) is not { } format)
        {
            await Problem(context, StatusCodes.Status400BadRequest, "Unknown format", $"format is one of {PaperFormats.Names}.");
            return null;
        }

        if (!format.Available())
        {
            await Problem(context, StatusCodes.Status501NotImplemented, "PDF is not available", PaperFormats.PdfInstallHint + " (on the machine the service runs on).");
            return null;
        }

        return format;
    }

    /// <summary>A paper's file as a download under a base name (its extension added).</summary>
    private static Task Send(HttpContext context, PaperFile document, string name) =>
        Send(context, document.Bytes, document.ContentType, document.FileName(name));

    /// <summary>Bytes as a download under a file name.</summary>
    private static async Task Send(HttpContext context, byte[] bytes, string contentType, string fileName)
    {
        context.Response.ContentType = contentType;
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes);
    }

    /// <summary>The request body, within the size limit; null after answering 413 when it is too large.</summary>
    private async Task<byte[]?> ReadBody(HttpContext context)
    {
        if (context.Request.ContentLength > options.MaxBodyBytes)
        {
            await TooLarge(context);
            return null;
        }

        try
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            return buffer.ToArray();
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await TooLarge(context);
            return null;
        }
    }

    /// <summary>
    /// 413, and the connection closed after it: the rest of the body is never read, so the connection cannot
    /// carry another request, and the header tells the client not to try.
    /// </summary>
    private Task TooLarge(HttpContext context)
    {
        context.Response.Headers.Connection = "close";
        return Problem(context, StatusCodes.Status413PayloadTooLarge, "Too large", $"A request body may be at most {options.MaxBodyBytes} bytes.");
    }

    /// <summary>A served file's path as the pages show it: from the served folder, with forward slashes.</summary>
    private string Relative(string file) => Path.GetRelativePath(options.Folder, file).Replace('\\', '/');

    private string? Resolve(HttpContext context) => ServedPath.Resolve(options.Folder, context.Request.Query["path"].ToString());

    private static Task NoSuchPlan(HttpContext context) =>
        Problem(context, StatusCodes.Status404NotFound, "No such plan", "The path names no plan file in the served folder.");

    private static Task Problem(HttpContext context, int status, string title, string detail, IReadOnlyList<Diagnostic>? diagnostics = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        return context.Response.WriteAsync(ServeJson.Problem(status, title, detail, diagnostics));
    }

    private static Task WritePage(HttpContext context, string title, string body)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(UiPage.Write(title, body));
    }
}
