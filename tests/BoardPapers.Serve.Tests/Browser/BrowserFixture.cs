using BoardPapers.Testing;
using Microsoft.Playwright;

namespace BoardPapers.Serve.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser), headless, against the real service
/// over a copy of the sample plans. Screenshots go to artifacts/screenshots at the repository's root.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Where tools/install-test-deps.sh puts Chromium; BOARDPAPERS_CHROMIUM names another.</summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("BOARDPAPERS_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    /// <summary>How long a browser assertion waits for the page to catch up (a save, a render, a frame loading).</summary>
    public static readonly LocatorAssertionsToContainTextOptions Soon = new() { Timeout = 20_000 };

    private RunningService? service;
    private IPlaywright? playwright;

    public string Root { get; } = Directory.CreateTempSubdirectory("boardpapers-browser-").FullName;

    public const string JarPlan = "leicester-jar-action-plan-2008.yaml";

    public const string Meeting = "meetings/scrutiny-childrens-services-2010-12-16/meeting.yaml";

    public string Plans => Path.Combine(Root, "plans");

    public RunningService Service => service!;

    public IBrowser Browser { get; private set; } = null!;

    public static string Screenshots { get; } = Path.Combine(RepoPaths.Root, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"The browser tests drive Debian's Chromium at {ChromiumPath}: run tools/install-test-deps.sh (or set BOARDPAPERS_CHROMIUM).");
        }

        RepoPaths.CopyPlansTo(Plans);
        CommitTwoVersions();
        service = await RunningService.Start(Plans);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Without the background-networking flags Chromium keeps trying Google's hosts on a closed network.
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>The plans as committed, then a second commit where the JAR plan's Looked after children grade falls: the diff page's versions.</summary>
    private void CommitTwoVersions()
    {
        Git("init", "-q", "-b", "main");
        Git("config", "user.email", "officer@example.org");
        Git("config", "user.name", "Plan Officer");
        Git("config", "commit.gpgsign", "false");
        Git("add", "-A");
        Git("commit", "-q", "-m", "Plans as agreed");
        var jar = Path.Combine(Plans, JarPlan);
        File.WriteAllText(jar, File.ReadAllText(jar).Replace("{ ref: G2, title: Looked after children, statuses: { grade: \"3\" } }", "{ ref: G2, title: Looked after children, statuses: { grade: \"2\" } }", StringComparison.Ordinal));
        Git("commit", "-q", "-am", "Quarter 2 update");
    }

    private void Git(params string[] arguments)
    {
        var (code, _, error) = BoardPapers.Diff.PlanVersions.Git(arguments, Root);
        if (code != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)}: {error}");
        }
    }

    /// <summary>
    /// A fresh page in its own context (downloads allowed), at a desktop size unless a width is given (375: a
    /// phone). The pages' Content-Security-Policy is enforced, as for a user; the accessibility scan asks to
    /// bypass it, because axe-core is a script the test injects into the page. Every request the page makes
    /// is seen first: one to anywhere but this machine is refused and recorded (<see cref="RemoteRequestsOf"/>),
    /// which the tests assert is empty (a page must fetch nothing from elsewhere: no fonts, no scripts, no images).
    /// </summary>
    public async Task<IPage> NewPage(bool injectsScripts = false, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Service.Address.ToString(),
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            Locale = "en-GB",
            BypassCSP = injectsScripts,
        });
        var seen = new List<string>();
        lock (remote)
        {
            remote[context] = seen;
        }

        await context.RouteAsync("**/*", async route =>
        {
            if (IsLocal(route.Request.Url))
            {
                await route.ContinueAsync();
                return;
            }

            lock (remote)
            {
                seen.Add($"{route.Request.Url} (from {route.Request.Frame.Url})");
            }

            await route.AbortAsync("blockedbyclient");
        });
        return await context.NewPageAsync();
    }

    private readonly Dictionary<IBrowserContext, List<string>> remote = [];

    /// <summary>Every request a page made to anywhere but this machine (each refused).</summary>
    public IReadOnlyList<string> RemoteRequestsOf(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        lock (remote)
        {
            return [.. remote[page.Context]];
        }
    }

    /// <summary>Forgets a page's requests: for the test that makes one on purpose, to prove they are caught.</summary>
    public void Forget(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        lock (remote)
        {
            remote.Remove(page.Context);
        }
    }

    /// <summary>Whether a request stays on this machine: the service on loopback, or a data: or blob: address.</summary>
    public static bool IsLocal(string url) =>
        !Uri.TryCreate(url, UriKind.Absolute, out var uri)
        || uri.Scheme is "data" or "blob" or "about"
        || (uri.Scheme is "http" or "https" or "ws" or "wss" && (uri.IsLoopback || uri.Host == "localhost"));

    public async Task DisposeAsync()
    {
        // Any browser test whose pages fetched from elsewhere fails the run here, whatever it asserted itself.
        List<string> fetched;
        lock (remote)
        {
            fetched = [.. remote.Values.SelectMany(v => v)];
        }


        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (service is not null)
        {
            await service.DisposeAsync();
        }

        Directory.Delete(Root, recursive: true);
        if (fetched.Count > 0)
        {
            throw new InvalidOperationException($"pages asked for {fetched.Count} things from outside this machine:\n{string.Join('\n', fetched)}");
        }
    }
}
