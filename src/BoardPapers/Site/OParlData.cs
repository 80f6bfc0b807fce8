using System.Globalization;
using System.Text;
using System.Text.Json;
using BoardPapers.Base;

namespace BoardPapers.Site;

/// <summary>
/// The committees as OParl 1.1 open data, static JSON files under oparl/: the System, a Body per council,
/// an Organization per committee, a Meeting per meeting with its agenda items (also as files of their own),
/// a Person and Membership per member, a Paper per report, and the lists the Body names, paginated as the
/// standard says (100 to a page). Every id is the absolute address the file is published at.
/// </summary>
public static class OParlData
{
    private const string Schema = "https://schema.oparl.org/1.1/";
    private const int PageSize = 100;

    /// <summary>Every file of the open data, by its path in the site.</summary>
    public static SortedDictionary<string, byte[]> Write(IReadOnlyList<SiteCommittee> committees, SiteOptions options, Func<SiteMeeting, SitePublished> published)
    {
        ArgumentNullException.ThrowIfNull(options);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        string Url(string path) => options.Url("oparl/" + path);
        void Publish(string path, Action<Utf8JsonWriter> write) => Put(files, $"oparl/{path}", write);

        var bodies = committees.GroupBy(c => c.Organisation ?? options.Title, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        Publish("system.json", j =>
        {
            j.WriteStartObject();
            Head(j, Url("system.json"), "System");
            j.WriteString("oparlVersion", Schema);
            j.WriteString("body", Url("bodies.json"));
            j.WriteString("name", options.Title);
            j.WriteString("website", options.BaseUrl.AbsoluteUri);
            j.WriteString("product", "https://github.com/boardpapers/boardpapers");
            j.WriteEndObject();
        });
        var bodyIds = new List<Action<Utf8JsonWriter>>();
        foreach (var body in bodies)
        {
            var slug = SiteLayout.Slug(body.Key);
            var id = Url($"body/{slug}.json");
            void Body(Utf8JsonWriter j)
            {
                j.WriteStartObject();
                Head(j, id, "Body");
                j.WriteString("system", Url("system.json"));
                j.WriteString("name", body.Key);
                j.WriteString("website", options.BaseUrl.AbsoluteUri);
                foreach (var list in new[] { "organization", "person", "meeting", "paper", "membership" })
                {
                    j.WriteString(list, Url($"body/{slug}/{list}.json"));
                }

                j.WriteStartArray("legislativeTerm");
                j.WriteEndArray();
                j.WriteString("web", options.BaseUrl.AbsoluteUri);
                j.WriteEndObject();
            }

            Publish($"body/{slug}.json", Body);
            bodyIds.Add(Body);
            WriteBody(files, body.ToList(), id, slug, options, published);
        }

        Paged(files, "bodies", bodyIds, Url);
        return files;
    }

    private static void WriteBody(SortedDictionary<string, byte[]> files, List<SiteCommittee> committees, string body, string slug, SiteOptions options, Func<SiteMeeting, SitePublished> published)
    {
        string Url(string path) => options.Url("oparl/" + path);
        var organizations = new List<Action<Utf8JsonWriter>>();
        var meetings = new List<Action<Utf8JsonWriter>>();
        var papers = new List<Action<Utf8JsonWriter>>();
        var memberships = new List<Action<Utf8JsonWriter>>();
        var people = new SortedDictionary<string, (string Name, List<Action<Utf8JsonWriter>> Memberships)>(StringComparer.Ordinal);
        foreach (var committee in committees)
        {
            var organization = Url($"organization/{committee.Slug}.json");
            var membershipIds = Memberships(committee, organization, options, files, memberships, people);

            void Organization(Utf8JsonWriter j)
            {
                j.WriteStartObject();
                Head(j, organization, "Organization");
                j.WriteString("body", body);
                j.WriteString("name", committee.Name);
                j.WriteString("organizationType", "committee");
                j.WriteString("meeting", Url($"organization/{committee.Slug}/meeting.json"));
                j.WriteStartArray("membership");
                membershipIds.ForEach(j.WriteStringValue);
                j.WriteEndArray();
                j.WriteString("web", options.Url(committee.Slug + "/"));
                j.WriteEndObject();
            }

            organizations.Add(Organization);
            Put(files, $"oparl/organization/{committee.Slug}.json", Organization);
            var own = new List<Action<Utf8JsonWriter>>();
            foreach (var m in committee.Meetings)
            {
                var write = Meeting(m, organization, options, published(m), files);
                meetings.Add(write);
                own.Add(write);
                papers.AddRange(Papers(m, body, options, files));
            }

            Paged(files, $"organization/{committee.Slug}/meeting", own, Url);
        }

        var persons = Persons(people, body, options, files);
        foreach (var (list, objects) in new[] { ("organization", organizations), ("meeting", meetings), ("paper", papers), ("membership", memberships), ("person", persons) })
        {
            Paged(files, $"body/{slug}/{list}", objects, Url);
        }
    }

    /// <summary>The meeting's agenda items, each also a file at its id.</summary>
    private static List<Action<Utf8JsonWriter>> AgendaItems(SiteMeeting m, string id, SiteOptions options, SortedDictionary<string, byte[]> files)
    {
        string Url(string path) => options.Url("oparl/" + path);
        var items = m.Meeting.Items.Select((item, index) => (Action<Utf8JsonWriter>)(j =>
        {
            j.WriteStartObject();
            Head(j, Url($"meeting/{m.Slug}/item-{item.Number.ToString(CultureInfo.InvariantCulture)}.json"), "AgendaItem");
            j.WriteString("meeting", id);
            j.WriteString("number", item.Number.ToString(CultureInfo.InvariantCulture));
            j.WriteNumber("order", index);
            if ((item.Title ?? item.Report?.Title) is { } name)
            {
                j.WriteString("name", name);
            }

            j.WriteBoolean("public", item.Exemption is null);
            if (item.Decision is { } decision)
            {
                j.WriteString("resolutionText", decision.Resolved);
            }

            j.WriteEndObject();
        })).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            Put(files, $"oparl/meeting/{m.Slug}/item-{m.Meeting.Items[i].Number.ToString(CultureInfo.InvariantCulture)}.json", items[i]);
        }

        return items;
    }

    /// <summary>The memberships of the committee's latest meeting's members, each a file, each added to its person's; their ids.</summary>
    private static List<string> Memberships(SiteCommittee committee, string organization, SiteOptions options, SortedDictionary<string, byte[]> files, List<Action<Utf8JsonWriter>> memberships, SortedDictionary<string, (string Name, List<Action<Utf8JsonWriter>> Memberships)> people)
    {
        string Url(string path) => options.Url("oparl/" + path);
        var ids = new List<string>();
        foreach (var group in committee.Meetings[^1].Meeting.Membership)
        {
            foreach (var member in group.Members)
            {
                var person = SiteLayout.Slug(member.Name);
                var id = Url($"membership/{committee.Slug}-{person}.json");
                ids.Add(id);
                void Membership(Utf8JsonWriter j)
                {
                    j.WriteStartObject();
                    Head(j, id, "Membership");
                    j.WriteString("person", Url($"person/{person}.json"));
                    j.WriteString("organization", organization);
                    if (member.Role is { } role)
                    {
                        j.WriteString("role", role);
                    }

                    j.WriteBoolean("votingRight", group.Voting);
                    j.WriteEndObject();
                }

                memberships.Add(Membership);
                Put(files, $"oparl/membership/{committee.Slug}-{person}.json", Membership);
                if (!people.TryGetValue(person, out var known))
                {
                    known = (member.Name, []);
                    people[person] = known;
                }

                known.Memberships.Add(Membership);
            }
        }

        return ids;
    }

    /// <summary>Each person with their memberships, each a file.</summary>
    private static List<Action<Utf8JsonWriter>> Persons(SortedDictionary<string, (string Name, List<Action<Utf8JsonWriter>> Memberships)> people, string body, SiteOptions options, SortedDictionary<string, byte[]> files)
    {
        var persons = new List<Action<Utf8JsonWriter>>();
        foreach (var (person, (name, held)) in people)
        {
            void Person(Utf8JsonWriter j)
            {
                j.WriteStartObject();
                Head(j, options.Url($"oparl/person/{person}.json"), "Person");
                j.WriteString("body", body);
                j.WriteString("name", name);
                j.WriteStartArray("membership");
                held.ForEach(membership => membership(j));
                j.WriteEndArray();
                j.WriteEndObject();
            }

            persons.Add(Person);
            Put(files, $"oparl/person/{person}.json", Person);
        }

        return persons;
    }

    private static Action<Utf8JsonWriter> Meeting(SiteMeeting m, string organization, SiteOptions options, SitePublished held, SortedDictionary<string, byte[]> files)
    {
        string Url(string path) => options.Url("oparl/" + path);
        var id = Url($"meeting/{m.Slug}.json");
        var details = m.Meeting.Details;
        var items = AgendaItems(m, id, options, files);

        // Objects a meeting holds are files of their own too, at their ids, so every id can be fetched.
        void Location(Utf8JsonWriter j)
        {
            j.WriteStartObject();
            Head(j, Url($"meeting/{m.Slug}/location.json"), "Location");
            j.WriteString("description", details.Venue);
            j.WriteEndObject();
        }

        Put(files, $"oparl/meeting/{m.Slug}/location.json", Location);
        Action<Utf8JsonWriter>? agenda = null;
        if (held.Agenda)
        {
            var pack = m.Slug + "/index.html";
            agenda = j =>
            {
                j.WriteStartObject();
                Head(j, Url($"meeting/{m.Slug}/agenda.json"), "File");
                j.WriteString("name", $"Agenda: {details.Committee}, {BritishDates.WithWeekday(m.Date)}");
                j.WriteString("fileName", "index.html");
                j.WriteString("mimeType", "text/html");
                j.WriteString("accessUrl", options.Url(pack));
                j.WriteStartArray("meeting");
                j.WriteStringValue(id);
                j.WriteEndArray();
                j.WriteEndObject();
            };
            Put(files, $"oparl/meeting/{m.Slug}/agenda.json", agenda);
        }

        // The printed packs, as the meeting's auxiliary files: what German systems publish as the invitation's PDF.
        var printed = held.Downloads.Select(d => PrintedPack(m, d, id, options, files)).ToList();

        void Write(Utf8JsonWriter j)
        {
            j.WriteStartObject();
            Head(j, id, "Meeting");
            j.WriteString("name", $"{details.Committee}, {BritishDates.WithWeekday(m.Date)}");
            j.WriteString("meetingState", details.Cancelled ? "cancelled" : details.DecisionsPublished is not null ? "held" : "scheduled");
            j.WriteBoolean("cancelled", details.Cancelled);
            j.WriteString("start", Start(m));
            j.WritePropertyName("location");
            Location(j);
            j.WriteStartArray("organization");
            j.WriteStringValue(organization);
            j.WriteEndArray();
            if (agenda is not null)
            {
                j.WritePropertyName("invitation");
                agenda(j);
            }

            if (printed.Count > 0)
            {
                j.WriteStartArray("auxiliaryFile");
                printed.ForEach(write => write(j));
                j.WriteEndArray();
            }

            j.WriteStartArray("agendaItem");
            items.ForEach(write => write(j));
            j.WriteEndArray();
            j.WriteString("web", options.Url(m.Slug + "/"));
            j.WriteEndObject();
        }

        Put(files, $"oparl/meeting/{m.Slug}.json", Write);
        return Write;
    }

    /// <summary>A printed pack as an OParl File, also a file at its id.</summary>
    private static Action<Utf8JsonWriter> PrintedPack(SiteMeeting m, SiteDownload download, string meeting, SiteOptions options, SortedDictionary<string, byte[]> files)
    {
        var path = $"meeting/{m.Slug}/{Path.GetFileNameWithoutExtension(download.Href)}-{Path.GetExtension(download.Href).TrimStart('.')}.json";
        void Write(Utf8JsonWriter j)
        {
            j.WriteStartObject();
            Head(j, options.Url("oparl/" + path), "File");
            j.WriteString("name", $"{download.Text}: {m.Meeting.Details.Committee}, {BritishDates.WithWeekday(m.Date)}");
            j.WriteString("fileName", download.Href);
            j.WriteString("mimeType", download.Href.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            j.WriteNumber("size", download.Bytes);
            j.WriteString("accessUrl", options.Url($"{m.Slug}/{download.Href}"));
            j.WriteStartArray("meeting");
            j.WriteStringValue(meeting);
            j.WriteEndArray();
            j.WriteEndObject();
        }

        Put(files, "oparl/" + path, Write);
        return Write;
    }

    private static List<Action<Utf8JsonWriter>> Papers(SiteMeeting m, string body, SiteOptions options, SortedDictionary<string, byte[]> files)
    {
        var papers = new List<Action<Utf8JsonWriter>>();
        foreach (var item in m.Meeting.Items.Where(i => i.Report is not null))
        {
            var report = item.Report!;
            var path = $"paper/{m.Slug}/item-{item.Number.ToString(CultureInfo.InvariantCulture)}.json";
            void Paper(Utf8JsonWriter j)
            {
                j.WriteStartObject();
                Head(j, options.Url("oparl/" + path), "Paper");
                j.WriteString("body", body);
                j.WriteString("name", report.Title);
                j.WriteString("date", (report.Date ?? m.Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                j.WriteString("paperType", "report");
                j.WriteEndObject();
            }

            papers.Add(Paper);
            Put(files, "oparl/" + path, Paper);
        }

        return papers;
    }

    /// <summary>When the meeting starts, in London time with its offset that day (summer time or not); midnight when its time is not one a calendar can hold.</summary>
    private static string Start(SiteMeeting m)
    {
        // The zone's rules come with NodaTime (as the calendars' do, through Ical.Net), not from the machine's time zone files.
        var local = m.Date.ToDateTime(MeetingStart.Read(m.Meeting.Details.Time) ?? TimeOnly.MinValue);
        var offset = NodaTime.DateTimeZoneProviders.Tzdb[SiteCalendar.Zone].AtLeniently(NodaTime.LocalDateTime.FromDateTime(local)).Offset.ToTimeSpan();
        return new DateTimeOffset(local, offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    /// <summary>An object as a file of its own, at the path its id names.</summary>
    private static void Put(SortedDictionary<string, byte[]> files, string path, Action<Utf8JsonWriter> write) =>
        files[path] = Encoding.UTF8.GetBytes(JsonText.Write(write));

    private static void Head(Utf8JsonWriter j, string id, string type)
    {
        j.WriteString("id", id);
        j.WriteString("type", Schema + type);
    }

    /// <summary>A list as OParl pages it: data, pagination and links, PageSize objects to a page (NAME.json, NAME-2.json ...).</summary>
    private static void Paged(SortedDictionary<string, byte[]> files, string name, List<Action<Utf8JsonWriter>> objects, Func<string, string> url)
    {
        var pages = Math.Max(1, (objects.Count + PageSize - 1) / PageSize);
        string Page(int n) => n == 1 ? $"{name}.json" : $"{name}-{n.ToString(CultureInfo.InvariantCulture)}.json";
        for (var page = 1; page <= pages; page++)
        {
            var current = page;
            files[$"oparl/{Page(page)}"] = Encoding.UTF8.GetBytes(JsonText.Write(j =>
            {
                j.WriteStartObject();
                j.WriteStartArray("data");
                foreach (var write in objects.Skip((current - 1) * PageSize).Take(PageSize))
                {
                    write(j);
                }

                j.WriteEndArray();
                j.WriteStartObject("pagination");
                j.WriteNumber("totalElements", objects.Count);
                j.WriteNumber("elementsPerPage", PageSize);
                j.WriteNumber("currentPage", current);
                j.WriteNumber("totalPages", pages);
                j.WriteEndObject();
                j.WriteStartObject("links");
                j.WriteString("first", url(Page(1)));
                if (current > 1)
                {
                    j.WriteString("prev", url(Page(current - 1)));
                }

                if (current < pages)
                {
                    j.WriteString("next", url(Page(current + 1)));
                }

                j.WriteString("last", url(Page(pages)));
                j.WriteEndObject();
                j.WriteEndObject();
            }));
        }
    }
}
