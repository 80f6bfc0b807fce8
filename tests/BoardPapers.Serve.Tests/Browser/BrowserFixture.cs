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
    /// A fresh page in its own context (downloads allowed), at a desktop size. The pages' Content-Security-Policy
    /// is enforced, as for a user; the accessibility scan asks to bypass it, because axe-core is a script the
    /// test injects into the page.
    /// </summary>
    public async Task<IPage> NewPage(bool injectsScripts = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Service.Address.ToString(),
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-GB",
            BypassCSP = injectsScripts,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
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
    }
}
