using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using BoardPapers.Base;

namespace BoardPapers.Site;

/// <summary>
/// What the committee published, as an Atom feed (RFC 4287): each agenda when it was published, each
/// supplement of late items, each decision notice. Ids are the site's addresses with a fragment per
/// publication, so they never change; updated dates are the days written in the meeting files, never the clock.
/// </summary>
public static class SiteFeed
{
    /// <summary>The feed of every publication of <paramref name="committees"/>, newest first.</summary>
    public static byte[] Write(IEnumerable<SiteCommittee> committees, SiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var items = new List<SyndicationItem>();
        foreach (var m in committees.SelectMany(c => c.Meetings))
        {
            var details = m.Meeting.Details;
            var page = new Uri(options.Url(m.Slug + "/"));
            var when = $"{details.Committee}, {BritishDates.WithWeekday(m.Date)}";
            if (details.Published is { } published)
            {
                items.Add(Item(page, "agenda", $"Agenda published: {when}", $"The agenda and reports for the meeting of {when}, at {details.Venue}.", published));
            }

            if (details.Published is not null && m.Meeting.Items.Any(i => i.Late))
            {
                items.Add(Item(page, "supplement", $"Supplementary agenda: {when}", "Items admitted to the agenda after it was published, by the day of the meeting.", m.Date));
            }

            if (details.DecisionsPublished is { } decided)
            {
                items.Add(Item(new Uri(options.Url(m.Slug + "/decision-notice.html")), "decisions", $"Decisions: {when}", "The decisions taken, with the deadline for calling them in.", decided));
            }
        }

        items = [.. items.OrderByDescending(i => i.LastUpdatedTime).ThenBy(i => i.Id, StringComparer.Ordinal)];
        var feed = new SyndicationFeed(options.Title, "Agendas, supplements and decisions as they are published.", options.BaseUrl, options.Url("feed.atom"), items.Count > 0 ? items[0].LastUpdatedTime : new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), items);
        feed.Links.Add(new SyndicationLink(new Uri(options.Url("feed.atom")), "self", null, "application/atom+xml", 0));
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return stream.ToArray();
    }

    private static SyndicationItem Item(Uri page, string what, string title, string summary, DateOnly day)
    {
        var updated = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return new SyndicationItem(title, summary, page, page.AbsoluteUri + "#" + what, updated) { PublishDate = updated };
    }
}
