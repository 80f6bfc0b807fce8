using System.Security.Cryptography;
using System.Text;
using BoardPapers.Base;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace BoardPapers.Site;

/// <summary>
/// A committee's meetings as an iCalendar feed (RFC 5545, written by Ical.Net) a resident subscribes to: each
/// meeting an event in Europe/London time, its UID taken from the meeting's file so that it survives a moved
/// time or venue, its SEQUENCE raised from the last published feed's when the meeting moved, cancelled
/// meetings marked so. Nothing depends on the clock: DTSTAMP is the day the meeting's agenda was published
/// (else its own day), so the same files give the same feed.
/// </summary>
public static class SiteCalendar
{
    /// <summary>The time zone every meeting is in.</summary>
    public const string Zone = "Europe/London";

    /// <summary>The feed of <paramref name="meetings"/>; <paramref name="previous"/> is the feed as last published (its SEQUENCEs are carried on), or null.</summary>
    public static string Write(string name, IEnumerable<SiteMeeting> meetings, SiteOptions options, string? previous)
    {
        ArgumentNullException.ThrowIfNull(options);
        var before = Previous(previous);
        var calendar = new Ical.Net.Calendar { ProductId = "-//BoardPapers//Committee calendar//EN" };
        calendar.AddProperty("X-WR-CALNAME", name);
        var ordered = meetings.OrderBy(m => m.Date).ThenBy(m => m.Slug, StringComparer.Ordinal).ToList();

        // The zone's rules from the first meeting's year on, so every reader places the times alike.
        var from = ordered.Count > 0 ? ordered[0].Date : new DateOnly(2000, 1, 1);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(Zone, new DateTime(from.Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), includeHistoricalData: false));
        foreach (var m in ordered)
        {
            var details = m.Meeting.Details;
            var start = MeetingStart.Read(details.Time) is { } time
                ? new CalDateTime(m.Date, time, Zone)
                : new CalDateTime(m.Date);
            var uid = Uid(m.File, options);
            var where = details.Venue;
            var sequence = before.TryGetValue(uid, out var last)
                ? last.Start != start.ToString() || last.Location != where || last.Cancelled != details.Cancelled ? last.Sequence + 1 : last.Sequence
                : 0;
            var stamp = details.Published ?? m.Date;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = uid,
                Summary = details.Cancelled ? $"Cancelled: {details.Committee}" : details.Committee,
                Location = where,
                Start = start,
                DtStamp = new CalDateTime(stamp, new TimeOnly(0, 0), "UTC"),
                Sequence = sequence,
                Status = details.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
                Url = new Uri(options.Url(m.Slug + "/")),
                Description = Agenda(m),
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>A meeting's UID: from its file's path in the published folder and the site's address, so the same meeting is the same event after any rebuild.</summary>
    public static string Uid(string file, SiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(file.Replace('\\', '/')));
        return $"{Convert.ToHexStringLower(hash)[..24]}@{options.BaseUrl.Host}";
    }

    private static string Agenda(SiteMeeting m)
    {
        var titles = m.Meeting.Items.Select(i => i.Title ?? i.Report?.Title).OfType<string>().ToList();
        var when = $"{m.Meeting.Details.Committee}, {BritishDates.WithWeekday(m.Date)}, {m.Meeting.Details.Time}";
        return titles.Count == 0 ? when : $"{when}\n\n" + string.Join("\n", titles.Select(t => "- " + t));
    }

    /// <summary>What the last published feed said of each event, by UID: its start, place, state and SEQUENCE.</summary>
    private static Dictionary<string, (string Start, string? Location, bool Cancelled, int Sequence)> Previous(string? previous)
    {
        var events = new Dictionary<string, (string, string?, bool, int)>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(previous))
        {
            return events;
        }

        try
        {
            foreach (var e in Ical.Net.Calendar.Load(previous)?.Events.ToList() ?? [])
            {
                if (e.Uid is { } uid && e.Start is { } start)
                {
                    events[uid] = (start.ToString(), e.Location, e.Status == EventStatus.Cancelled, e.Sequence);
                }
            }
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or NullReferenceException)
        {
            // A feed that cannot be read (edited by hand, truncated) is treated as none: every SEQUENCE starts again.
            events.Clear();
        }

        return events;
    }
}
