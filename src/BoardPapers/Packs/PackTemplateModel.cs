using System.Globalization;
using BoardPapers.Base;
using BoardPapers.Model;
using BoardPapers.Templates;
using Scriban.Runtime;

namespace BoardPapers.Packs;

/// <summary>
/// The meeting as the pack's templates see it (_pack-cover, _pack-front-sheet, _pack-exempt-notice,
/// _standard-items): explicit script objects, text as plain strings (escaped when printed), Markdown
/// offered rendered as *_html.
/// </summary>
internal static class PackTemplateModel
{
    public static ScriptObject Functions()
    {
        var functions = new ScriptObject();
        functions.Add("markdown", new TemplateFunction("markdown", 1, a => Markdown.ToHtml(a.Text(0))));

        // For wording a template writes itself as HTML (standard items); never for data, which is escaped when printed.
        functions.Add("raw", new TemplateFunction("raw", 1, a => new RawHtml(a.Text(0) ?? "")));
        return functions;
    }

    public static ScriptObject Cover(PackComposition pack, IReadOnlyDictionary<int, PageRange>? pages, bool htmlEdition)
    {
        var meeting = pack.Meeting;
        return new ScriptObject
        {
            ["meeting"] = Details(meeting.Details),
            ["edition"] = pack.Edition.Name(),
            ["supplement"] = pack.Supplement,
            ["html"] = htmlEdition,
            ["membership"] = TemplateModel.List(meeting.Membership, g => new ScriptObject
            {
                ["title"] = g.Title,
                ["voting"] = g.Voting,
                ["members"] = TemplateModel.List(g.Members, m => new ScriptObject
                {
                    ["name"] = m.Name,
                    ["role"] = m.Role,
                    ["ward"] = m.Ward,
                    ["represents"] = m.Represents,
                }),
            }),
            ["contacts"] = TemplateModel.List(meeting.Contacts, c => new ScriptObject
            {
                ["role"] = c.Role,
                ["name"] = c.Name,
                ["team"] = c.Team,
                ["telephone"] = c.Telephone,
                ["email"] = c.Email,
            }),
            ["items"] = TemplateModel.List(pack.Items, pair => Item(pair.Source, pair.Item, pages)),
            ["exempt_parts"] = TemplateModel.List(pack.ExemptParts, p => new ScriptObject
            {
                ["item"] = p.Item,
                ["what"] = p.What,
                ["paragraph"] = p.Paragraph,
                ["reason_html"] = Markdown.ToHtml(p.Reason),
            }),
            ["item"] = null,
        };
    }

    public static ScriptObject FrontSheet(Meeting meeting, AgendaItem item, Report report) => new()
    {
        ["meeting"] = Details(meeting.Details),
        ["item"] = new ScriptObject { ["number"] = item.Number, ["title"] = item.Title ?? report.Title },
        ["report"] = new ScriptObject
        {
            ["title"] = report.Title,
            ["originator"] = report.Originator,
            ["telephone"] = report.Telephone,
            ["report_of"] = report.ReportOf,
            ["meeting"] = report.Meeting ?? meeting.Details.Committee,
            ["date"] = BritishDates.Format(report.Date ?? meeting.Details.Date),
            ["wards_affected"] = report.WardsAffected,
            ["ward_members_consulted"] = report.WardMembersConsulted,
            ["implications"] = new ScriptArray(report.Implications),
        },
    };

    public static ScriptObject Notice(string what, string title, Exemption exemption) => new()
    {
        ["what"] = what,
        ["title"] = title,
        ["paragraph"] = exemption.Paragraph,
        ["reason_html"] = Markdown.ToHtml(exemption.Reason),
    };

    private static ScriptObject Details(MeetingDetails d) => new()
    {
        ["committee"] = d.Committee,
        ["organisation"] = d.Organisation,
        ["date"] = d.Date is { } date ? BritishDates.Meeting(date) : null,
        ["time"] = d.Time,
        ["venue"] = d.Venue,
        ["pre_meeting"] = d.PreMeeting,
        ["published"] = BritishDates.Format(d.Published),
        ["late_notice"] = d.LateNotice,
    };

    /// <summary>
    /// What the agenda's "Item Not Open" column says: the item's own exemption paragraph, else (an open report
    /// with an exempt appendix) each exempt appendix's paragraph and which appendix it is.
    /// </summary>
    private static string? NotOpen(AgendaItem source)
    {
        if (source.Exemption is { } own)
        {
            return own.Paragraph;
        }

        var appendices = source.Report?.Appendices ?? [];
        var parts = appendices.Select((a, i) => (Appendix: a, Number: i + 1))
            .Where(x => x.Appendix.Exemption is not null)
            .Select(x => $"{x.Appendix.Exemption!.Paragraph} (Appendix {x.Number})")
            .ToList();
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static ScriptObject Item(AgendaItem source, PackItem item, IReadOnlyDictionary<int, PageRange>? pages)
    {
        var range = pages is not null && pages.TryGetValue(item.Number, out var r) ? r : (PageRange?)null;
        return new ScriptObject
        {
            ["number"] = item.Number,
            ["kind"] = source.Kind,
            ["title"] = source.Title ?? source.Report?.Title,
            ["description_html"] = Markdown.ToHtml(source.Description ?? source.Report?.Description),
            ["ward"] = source.Ward,
            ["not_open"] = NotOpen(source),
            ["withheld"] = item.Withheld,
            ["late"] = source.Late,
            ["has_pages"] = item.HasPages,
            ["anchor"] = item.Anchor,
            ["href"] = item.Href,
            ["first_page"] = range?.First.ToString(CultureInfo.InvariantCulture),
            ["last_page"] = range?.Last.ToString(CultureInfo.InvariantCulture),
            ["next_date"] = source.NextDate is { } next ? BritishDates.Meeting(next) : null,
            ["next_time"] = source.NextTime,
            ["next_pre_meeting"] = source.NextPreMeeting,
        };
    }
}
