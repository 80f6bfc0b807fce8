using System.Globalization;
using System.Text;
using BoardPapers.Model;

namespace BoardPapers.Site;

/// <summary>
/// Where each committee and meeting goes on the site: committees by name, each meeting under its committee by
/// date ("executive-board/2024-07-24", then "-2" for a second meeting that day), in an order that does not
/// depend on how the folder lists its files.
/// </summary>
public static class SiteLayout
{
    /// <summary>The committees of the meetings given (each with its file relative to the published folder), meetings without a date left out.</summary>
    public static IReadOnlyList<SiteCommittee> Arrange(IEnumerable<(Meeting Meeting, string File)> meetings)
    {
        var committees = new List<SiteCommittee>();
        // The site's own folders are never a committee's: a "Search" committee is search-2/.
        var used = new HashSet<string>(StringComparer.Ordinal) { SiteSearch.IndexFolder, "oparl" };
        foreach (var group in meetings
            .Where(m => m.Meeting.Details.Date is not null)
            .GroupBy(m => m.Meeting.Details.Committee, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var slug = Unique(Slug(group.Key), used);
            var taken = new HashSet<string>(StringComparer.Ordinal);
            var published = group
                .OrderBy(m => m.Meeting.Details.Date)
                .ThenBy(m => m.File, StringComparer.Ordinal)
                .Select(m => new SiteMeeting(m.Meeting, m.File, slug, $"{slug}/{Unique(m.Meeting.Details.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), taken)}"))
                .ToList();
            var first = group.First().Meeting;
            committees.Add(new SiteCommittee(first.Details.Committee, slug, first.Details.Organisation ?? first.Committee?.Organisation, published));
        }

        return committees;
    }

    /// <summary>The committee and meeting a file of the site belongs to ("Executive Board, Wednesday 24 July 2024"), with the meeting's date; nulls for the site's own files.</summary>
    public static (string? Place, DateOnly? Date) PlaceOf(IReadOnlyList<SiteCommittee> committees, string path)
    {
        ArgumentNullException.ThrowIfNull(committees);
        ArgumentNullException.ThrowIfNull(path);
        if (committees.FirstOrDefault(c => path.StartsWith(c.Slug + "/", StringComparison.Ordinal)) is not { } committee)
        {
            return (null, null);
        }

        return committee.Meetings.FirstOrDefault(m => path.StartsWith(m.Slug + "/", StringComparison.Ordinal)) is { } meeting
            ? ($"{committee.Name}, {Base.BritishDates.WithWeekday(meeting.Date)}", meeting.Date)
            : (committee.Name, null);
    }

    /// <summary>A name as a path part: lower-case letters and digits, words joined by hyphens ("Scrutiny Board (Children's Services)" gives "scrutiny-board-childrens-services").</summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(c);
            }
            else if (c is not ('\'' or '\u2019') && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? "committee" : text;
    }

    /// <summary>The municipal year a day falls in, as councils write it ("2024/25": May 2024 to April 2025).</summary>
    public static string MunicipalYear(DateOnly day)
    {
        var start = day.Month >= 5 ? day.Year : day.Year - 1;
        return $"{start.ToString(CultureInfo.InvariantCulture)}/{((start + 1) % 100).ToString("00", CultureInfo.InvariantCulture)}";
    }

    private static string Unique(string slug, HashSet<string> used)
    {
        var candidate = slug;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{slug}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        return candidate;
    }
}
