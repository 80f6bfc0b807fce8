using System.Text.RegularExpressions;

namespace BoardPapers.Markup;

/// <summary>
/// The one rule for where links and images in a paper may point, used by check and by every writer:
/// links to web pages (https:, http:), e-mail (mailto:), phone numbers (tel:), and places in the same
/// document or folder; images only from files beside the plan. Anything else prints as text.
/// </summary>
public static partial class LinkPolicy
{
    private static readonly string[] LinkSchemes = ["https", "http", "mailto", "tel"];

    /// <summary>Why a link may not point at <paramref name="address"/>, or null when it may.</summary>
    public static string? LinkProblem(string? address)
    {
        var url = Normalised(address);
        if (url.Length == 0 || url[0] == '#')
        {
            return null;
        }

        if (SchemeOf(url) is { } scheme)
        {
            if (!LinkSchemes.Contains(scheme))
            {
                return $"a link to `{scheme}:` is not allowed (it can run code or open local files); links may use https:, http:, mailto: or tel:";
            }

            if (scheme.StartsWith("http", StringComparison.Ordinal)
                && (!Uri.TryCreate(url, UriKind.Absolute, out var web) || web.Host.Length == 0))
            {
                return "this web address cannot be read (check the name after `//`)";
            }

            return Uri.TryCreate(url, UriKind.Absolute, out _) ? null : "this address cannot be read";
        }

        var colon = url.IndexOfAny([':', '/', '?', '#']);
        if (colon > 0 && url[colon] == ':')
        {
            return $"`{url[..colon]}:` is not a kind of address a paper may link to; links may use https:, http:, mailto: or tel:";
        }

        if (url.StartsWith("//", StringComparison.Ordinal) || url.Contains('\\'))
        {
            return "write the full address, starting https:// (a link starting // or holding \\ can open a network share)";
        }

        if (url[0] == '/')
        {
            return "a link to a path on a computer (starting /) is not allowed: it names a file only that computer has; link to a web address (https://...) or a heading in the paper (#...)";
        }

        if (LeavesFolder(url))
        {
            return "this link leads outside the plan's folder (through ..); link to a file in the plan's folder or below it, or to a web address (https://...)";
        }

        return Uri.TryCreate(url, UriKind.Relative, out _) ? null : "this address cannot be read";
    }

    /// <summary>Whether a link may point at <paramref name="address"/>.</summary>
    public static bool AllowsLink(string? address) => LinkProblem(address) is null;

    /// <summary>
    /// Whether an allowed address is a file beside the paper (a relative path): a web page published with its
    /// files links to it, but a Word file or PDF has no files beside it (a PDF would turn it into file:///
    /// and the path of the folder it was made in), so there it prints as text.
    /// </summary>
    public static bool IsRelativeFile(string? address)
    {
        var url = Normalised(address);
        return url.Length > 0 && url[0] != '#' && SchemeOf(url) is null;
    }

    /// <summary>Whether a relative path climbs above the folder it starts in ("../x", "a/../../x", "%2e%2e/x").</summary>
    private static bool LeavesFolder(string url)
    {
        var path = url.Split('?', '#')[0];
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return true;
        }

        var depth = 0;
        foreach (var part in decoded.Split('/'))
        {
            depth += part switch
            {
                ".." => -1,
                "" or "." => 0,
                _ => 1,
            };
            if (depth < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Why an image may not come from <paramref name="source"/>, or null when it may: a relative path inside the plan's folder.</summary>
    public static string? ImageProblem(string? source)
    {
        var url = Normalised(source);
        if (url.Length == 0)
        {
            return "the image has no file name";
        }

        if (SchemeOf(url) is { } scheme)
        {
            return $"an image from `{scheme}:` is not allowed (a remote or local-file image loads when the paper is opened); put the image file beside the plan and name it by its relative path";
        }

        if (url[0] is '/' or '\\' or '#' || url.Contains('\\') || url.Split('/').Contains(".."))
        {
            return "an image must be a file in the plan's folder or below it, named by its relative path (no leading / and no ..)";
        }

        return null;
    }

    /// <summary>Whether an image may come from <paramref name="source"/>.</summary>
    public static bool AllowsImage(string? source) => ImageProblem(source) is null;

    // Browsers drop tabs and line breaks anywhere in an address and spaces and controls around it,
    // so "java&#9;script:" is javascript:. Judge the address as a browser would read it.
    private static string Normalised(string? address) =>
        Ignored().Replace(address ?? "", "").Trim(Controls);

    private static string? SchemeOf(string url) =>
        Scheme().Match(url) is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : null;

    private static readonly char[] Controls = [.. Enumerable.Range(0, 33).Select(c => (char)c)];

    [GeneratedRegex("[\t\n\r]")]
    private static partial Regex Ignored();

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.\\-]*):")]
    private static partial Regex Scheme();
}
