namespace BoardPapers.Site;

/// <summary>Where the site is published (its absolute address, for calendars, feeds and open data) and what it is called.</summary>
public sealed record SiteOptions(Uri BaseUrl, string Title)
{
    /// <summary>The absolute address of a path inside the site.</summary>
    public string Url(string path) => new Uri(BaseUrl, path).AbsoluteUri;
}
