using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using BoardPapers.Base;
using Microsoft.AspNetCore.Http;

namespace BoardPapers.Serve;

/// <summary>
/// The service's boundary, applied to every request before any route: only the host names the service was
/// meant to be reached by (a web page that rebinds its own name to this address is refused); no state-changing
/// request from another site (the API needs a YAML or JSON body, which a page cannot send without asking);
/// and headers that keep what is served from being sniffed, framed by others or running anything but our
/// own scripts.
/// </summary>
internal sealed partial class ServeGuard(ServeOptions options)
{
    /// <summary>The media types a POST body may carry: none of them can be sent across sites without a preflight.</summary>
    public static readonly IReadOnlyList<string> BodyTypes = ["application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "application/json"];

    private readonly HashSet<string> hosts = AllowedHosts(options);

    /// <summary>Whether the request may go on; when not, the answer (421, 403 or 415) has been written.</summary>
    public async Task<bool> Admit(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";

        // Nothing runs unless a page says so (WritePage allows a service page's own scripts by their hashes).
        headers.ContentSecurityPolicy = Policy("", sandboxed: false);

        var host = context.Request.Host.Host.Trim('[', ']').ToLowerInvariant();
        if (!hosts.Contains(host))
        {
            await Refuse(context, StatusCodes.Status421MisdirectedRequest, "Not this service's name",
                $"This service answers to {string.Join(", ", hosts.Order(StringComparer.Ordinal))}; start it with --allowed-host NAME to be reached by another name.");
            return false;
        }

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            if (CrossSite(context))
            {
                await Refuse(context, StatusCodes.Status403Forbidden, "Cross-site request refused", "A request that changes or computes something must come from this service's own pages or a program, not from another site.");
                return false;
            }

            var type = context.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
            if (type is null || !BodyTypes.Contains(type))
            {
                await Refuse(context, StatusCodes.Status415UnsupportedMediaType, "Send the plan as YAML",
                    $"Give the body's type: Content-Type: application/yaml (or {string.Join(", ", BodyTypes.Skip(1))}).");
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The Content-Security-Policy for a page: nothing but its own inline scripts (each allowed by its hash)
    /// and styles, images and frames from this service; framed only by this service. Framed previews of
    /// papers are sandboxed: a paper's HTML runs nothing.
    /// </summary>
    public static string Policy(string html, bool sandboxed, IReadOnlySet<string>? shipped = null)
    {
        // Only a script the service's own page templates hold, word for word, is allowed: a script that reached
        // a page any other way (an injection a future change let through) matches no hash and never runs.
        var scripts = InlineScript().Matches(html)
            .Select(m => Hash(m.Groups[1].Value))
            .Where(h => shipped is not null && shipped.Contains(h))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var policy = $"default-src 'none'; script-src {(scripts.Count == 0 ? "'none'" : string.Join(' ', scripts))}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";
        return sandboxed ? policy + "; sandbox allow-same-origin" : policy;
    }

    /// <summary>The names the service answers to: loopback names and addresses, the address it listens on, and those given.</summary>
    private static HashSet<string> AllowedHosts(ServeOptions options)
    {
        var hosts = new HashSet<string>(StringComparer.Ordinal) { "localhost", "127.0.0.1", "::1" };
        if (IPAddress.TryParse(options.Host, out var address) && !address.Equals(IPAddress.Any) && !address.Equals(IPAddress.IPv6Any))
        {
            hosts.Add(address.ToString().ToLowerInvariant());
        }

        foreach (var name in options.AllowedHosts)
        {
            hosts.Add(name.Trim('[', ']').ToLowerInvariant());
        }

        return hosts;
    }

    /// <summary>Whether the browser says the request comes from another site, by Sec-Fetch-Site or by an Origin that is not this service's.</summary>
    private static bool CrossSite(HttpContext context)
    {
        var fetchSite = context.Request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite is "cross-site" or "same-site")
        {
            return true;
        }

        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return false;
        }

        return !Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            || !string.Equals($"{uri.Host}:{uri.Port}", $"{context.Request.Host.Host.Trim('[', ']')}:{context.Request.Host.Port ?? 80}", StringComparison.OrdinalIgnoreCase);
    }

    private static Task Refuse(HttpContext context, int status, string title, string detail)
    {
        // A body left unread leaves the connection unusable: the client is told not to reuse it.
        if (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            context.Response.Headers.Connection = "close";
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        return context.Response.WriteAsync(ServeJson.Problem(status, title, detail, null));
    }

    /// <summary>
    /// The hashes of the scripts the page templates hold (`_serve-*`) and the site's search script, as CSP names them: only scripts with no
    /// template code inside, whose text is the same on every page. Read once when the service starts.
    /// </summary>
    public static IReadOnlySet<string> ShippedScripts(Templates.TemplateFolders templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        // The site's search page carries its script word for word from the build, not from a template.
        var hashes = new HashSet<string>(StringComparer.Ordinal) { Hash(Site.SiteSearch.Script) };
        foreach (var root in templates.Roots.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(root, "_serve-*" + Templates.TemplateFolders.Extension).Where(FileDoor.IsFile))
            {
                foreach (Match script in InlineScript().Matches(FileDoor.ReadText(file, Templates.TemplateFolders.MaxBytes)))
                {
                    if (!script.Groups[1].Value.Contains("{{", StringComparison.Ordinal))
                    {
                        hashes.Add(Hash(script.Groups[1].Value));
                    }
                }
            }
        }

        return hashes;
    }

    private static string Hash(string script) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'";

    [GeneratedRegex(@"<script(?:\s[^>]*)?>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();
}
