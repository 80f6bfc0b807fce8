using BoardPapers.Base;
using BoardPapers.Jobs;
using BoardPapers.Templates;
using BoardPapers.Writers;
using BoardPapers.Writers.Html;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scriban.Runtime;

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
    private readonly Workspace workspace;
    private readonly ServedPaths paths;
    private readonly IReadOnlySet<string> shippedScripts;
    private readonly ServePages pages;
    private readonly RenderBudget renders;
    private readonly FolderWatcher watcher;
    private readonly PackCache packs = new(256L * 1024 * 1024);
    private readonly FolderWatcher.Listener changes;
    private readonly CancellationTokenSource stopping = new();

    private ServeHost(ServeOptions options)
    {
        this.options = options;
        ServedRoot = FileRoot.At(options.Folder);

        // Papers are written as the command writes them, with the render limit on PDF conversion.
        workspace = Workspace.With(options.Templates, new PaperWriterOptions { ReferenceDoc = options.ReferenceDoc, PdfArchive = options.PdfArchive, PdfTimeout = options.RenderTimeout }, ServedRoot);
        paths = new ServedPaths(options.Folder, options.Templates);
        shippedScripts = ServeGuard.ShippedScripts(Templates);
        pages = new ServePages(Templates);
        renders = new RenderBudget(options.MaxConcurrentRenders, options.MaxRenderBytes);
        watcher = new FolderWatcher(options.Folder);

        // Any change in the folder may change a pack: the kept ones are dropped (their fingerprints also cover files outside it).
        changes = watcher.Listen();
        _ = Task.Run(async () =>
        {
            try
            {
                await foreach (var _ in changes.Changes.ReadAllAsync(stopping.Token))
                {
                    packs.Clear();
                }
            }
            catch (OperationCanceledException)
            {
                // The service is stopping.
            }
        });
    }

    public void Dispose()
    {
        stopping.Cancel();
        stopping.Dispose();
        changes.Dispose();
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
        var guard = new ServeGuard(options);
        app.Use(async (context, next) =>
        {
            if (await guard.Admit(context))
            {
                await next(context);
            }
        });
        app.MapGet("/", new RequestDelegate(host.Home));
        app.MapGet("/assets/" + DesignSystem.StylesheetName, new RequestDelegate(Stylesheet));
        app.MapGet("/plan", new RequestDelegate(host.PlanPage));
        app.MapGet("/preview", new RequestDelegate(host.Preview));
        app.MapGet("/download", new RequestDelegate(host.Download));
        app.MapGet("/events", new RequestDelegate(host.Events));
        app.MapGet("/status", new RequestDelegate(host.Status));
        app.MapGet("/meeting", new RequestDelegate(host.MeetingPage));
        app.MapGet("/pack", new RequestDelegate(host.PackDownload));
        app.MapGet("/pack/progress", new RequestDelegate(host.PackProgressEvents));
        app.MapGet("/packs/{edition}/{**page}", new RequestDelegate(host.PackView));
        app.MapGet("/updates", new RequestDelegate(host.UpdatesRequest));
        app.MapPost("/updates/apply", new RequestDelegate(host.UpdatesApply));
        app.MapPost("/import", new RequestDelegate(host.ImportUpload));
        app.MapGet("/calendar", new RequestDelegate(host.CalendarPage));
        app.MapGet("/forward-plan", new RequestDelegate(host.ForwardPlanDownload));
        app.MapGet("/decisions", new RequestDelegate(host.DecisionsDownload));
        app.MapGet("/site/{**path}", new RequestDelegate(host.SiteView));
        app.MapGet("/diff", new RequestDelegate(host.DiffPage));
        app.MapGet("/diff/paper", new RequestDelegate(host.DiffPaper));
        app.MapPost("/api/check", new RequestDelegate(host.ApiCheck));
        app.MapPost("/api/render", new RequestDelegate(host.ApiRender));
        return app;
    }

    /// <summary>The design system's stylesheet, every page's: built into the service, kept by the browser for an hour.</summary>
    private static Task Stylesheet(HttpContext context)
    {
        var css = DesignSystem.Utf8;
        context.Response.ContentType = ServedDocument.ContentTypeOf("css");
        context.Response.Headers.CacheControl = "public, max-age=3600";
        context.Response.ContentLength = css.Length;
        return context.Response.Body.WriteAsync(css).AsTask();
    }

    /// <summary>A paper's downloads as the plan and diff pages offer them: Word, HTML, PDF.</summary>
    private static readonly PaperFormat[] PaperDownloads = [PaperFormat.Docx, PaperFormat.Html, PaperFormat.Pdf];

    /// <summary>
    /// Runs a render under the concurrency, cost and time limits; null (and a 503 answered) when a limit is
    /// hit. <paramref name="cost"/> is about the bytes it reads: a large plan runs with fewer others.
    /// </summary>
    private async Task<T?> Bounded<T>(HttpContext context, long cost, Func<T> render)
        where T : class
    {
        if (!await renders.EnterAsync(cost, options.QueueTimeout, context.RequestAborted))
        {
            await Problem(context, StatusCodes.Status503ServiceUnavailable, "Too busy", $"The renders running leave no room for this one, and none finished within {options.QueueTimeout.TotalSeconds:0.#} s; try again shortly.");
            return null;
        }

        var work = Task.Run(render);

        // The room is given back when the work ends, not when the request stops waiting for it: a render
        // that overran still uses the machine, and the limit is on work, not on requests.
        _ = work.ContinueWith(_ => Finished(cost), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
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

    /// <summary>
    /// Gives a render's room back. After a large one, the heap it grew is handed back to the system too:
    /// otherwise a service that once rendered a 10 MB plan holds a gigabyte for good.
    /// </summary>
    private void Finished(long cost)
    {
        renders.Leave(cost);
        if (cost >= LargeRender && renders.Used == 0)
        {
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    private const long LargeRender = 2 * 1024 * 1024;

    /// <summary>What rendering a file costs the budget: its size (a plan's memory grows with it).</summary>
    private static long CostOf(string file) => new FileInfo(file).Length;

    /// <summary>
    /// A render's cost: the plan's text with its aliases expanded, or its file's size when that is more. A small
    /// body can expand to far more text, so it is admitted by what it expands to, not by what it weighs.
    /// </summary>
    private static long CostOf(Model.Plan plan, long fileBytes) => Math.Max(fileBytes, plan.TextSize);


    /// <summary>The format a request names, when it can be written here; null after answering 400 (unknown) or 501 (PDF without LibreOffice).</summary>
    private async Task<PaperFormat?> KnownFormat(HttpContext context, string name)
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

    /// <summary>The template folders, the council's over the bundled ones.</summary>
    private TemplateFolders Templates => workspace.Templates;

    /// <summary>A job's file as a download under its own name.</summary>
    private static Task Send(HttpContext context, OutputFile file) =>
        Send(context, file.Bytes, ServedDocument.ContentTypeOf(Path.GetExtension(file.Path)), Path.GetFileName(file.Path));

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
    /// <summary>An uploaded file's name, only ever shown: as the browser gave it, without folders, clipped (<paramref name="otherwise"/> when empty or too long).</summary>
    private static string UploadName(string given, string otherwise) =>
        Path.GetFileName(given.Replace('\\', '/')) is { Length: > 0 and <= 120 } shown ? shown : otherwise;

    /// <summary>Whether a request comes from the machine the service runs on: only there is anything written.</summary>
    private static bool FromThisMachine(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address && System.Net.IPAddress.IsLoopback(address);

    private string Relative(string file) => Path.GetRelativePath(options.Folder, file).Replace('\\', '/');

    private string? Resolve(HttpContext context) => ServedPath.Resolve(options.Folder, context.Request.Query["path"].ToString());

    /// <summary>What a served meeting may name: files inside the served folder only (its links followed once, at start).</summary>
    private FileRoot ServedRoot { get; }

    /// <summary>A page from its template (_serve-PAGE) and model; a broken page template is answered 500 with its diagnostics.</summary>
    private Task WritePage(HttpContext context, string page, string title, ScriptObject model)
    {
        var (html, problems) = pages.Render(page, title, model);
        if (html is null)
        {
            return Problem(context, StatusCodes.Status500InternalServerError, "A page template failed", problems[0].Message, problems);
        }

        context.Response.ContentType = PaperFormat.Html.ContentType();
        context.Response.Headers.ContentSecurityPolicy = ServeGuard.Policy(html, sandboxed: false, shippedScripts);
        return context.Response.WriteAsync(html);
    }
}
