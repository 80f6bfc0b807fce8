using BoardPapers.Base;
using BoardPapers.Model;
using BoardPapers.Papers;
using BoardPapers.Templates;
using BoardPapers.Validate;
using Scriban.Runtime;

namespace BoardPapers.Notices;

/// <summary>
/// The record of a meeting's decisions: the decision notice (each decision with its reasons, alternatives,
/// interests and whether and until when it can be called in, by the meeting's notice rule's calendar) and
/// the minutes' skeleton (every item as a numbered minute, its resolution where one is recorded, the
/// standard wording the template gives the rest).
/// </summary>
public static class DecisionPapers
{
    /// <summary>The decision notice's template.</summary>
    public const string NoticeTemplate = "_decision-notice";

    /// <summary>The minutes' skeleton's template.</summary>
    public const string MinutesTemplate = "_minutes";

    /// <summary>The decision notice: dated when it is published (else the meeting's day).</summary>
    public static RenderedPaper Notice(TemplateRenderer templates, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var details = meeting.Details;
        var ends = MeetingDeadlines.CallInEnds(details);
        var calendar = new Calendar.NoticeCalendar(details.Notice);
        var from = ends is { } end ? NextWorkingDay(calendar, end) : (DateOnly?)null;
        var model = new ScriptObject
        {
            ["meeting"] = NoticeTemplateModel.Meeting(meeting),
            ["notice"] = new ScriptObject
            {
                ["published"] = BritishDates.Format(details.DecisionsPublished),
                ["call_in_ends"] = ends is { } e ? BritishDates.WithWeekday(e) : null,
                ["call_in_days"] = details.Notice.CallInWorkingDays,
                ["implemented_from"] = from is { } f ? BritishDates.WithWeekday(f) : null,
                ["contact"] = NoticeTemplateModel.Contact(meeting.Contacts.Count > 0 ? meeting.Contacts[0] : meeting.Committee?.Contact),
            },
            ["decisions"] = TemplateModel.List(meeting.Items.Where(i => i.Decision is not null).ToList(), i => Item(i, meeting)),
        };
        return new PaperRenderer(templates).Render(NoticeTemplate, NoticeTemplateModel.Functions(), model, Properties(meeting, details.DecisionsPublished));
    }

    /// <summary>
    /// The minutes' skeleton, numbered from the meeting's first minute; dated the meeting's day. The next
    /// meeting, where they are approved, is the agenda's next-meeting item's, else <paramref name="nextMeeting"/>.
    /// </summary>
    public static RenderedPaper Minutes(TemplateRenderer templates, Meeting meeting, DateOnly? nextMeeting = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var next = meeting.Items.FirstOrDefault(i => i.Kind == "next-meeting");
        var nextDate = next?.NextDate ?? nextMeeting;

        // Minutes are numbered on from the meeting's first, one per item in agenda order.
        var items = meeting.Items.Select((item, i) => Item(item, meeting, meeting.Details.FirstMinute + i)).ToList();
        var model = new ScriptObject
        {
            ["meeting"] = NoticeTemplateModel.Meeting(meeting),
            ["minutes"] = new ScriptObject
            {
                ["next_date"] = nextDate is { } n ? BritishDates.Meeting(n) : null,
                ["next_time"] = next?.NextTime,
                ["members"] = new ScriptArray(meeting.Membership.Where(g => g.Voting).SelectMany(g => g.Members).Select(m => m.Role is null ? m.Name : $"{m.Name} ({m.Role})")),
                ["exempt_items"] = new ScriptArray(items.Where(i => i["paragraph"] is not null)),
                ["interests"] = new ScriptArray(items.Where(i => i["interests"] is not null)),
                ["late_items"] = new ScriptArray(items.Where(i => i["late"] is true)),
            },
            ["items"] = new ScriptArray(items),
        };
        return new PaperRenderer(templates).Render(MinutesTemplate, NoticeTemplateModel.Functions(), model, Properties(meeting, meeting.Details.Date));
    }

    private static ScriptObject Item(AgendaItem item, Meeting meeting, int? minute = null)
    {
        var d = item.Decision;
        var exemption = item.Exemption ?? item.Report?.Appendices.Select(a => a.Exemption).FirstOrDefault(e => e is not null);
        return new ScriptObject
        {
            ["number"] = item.Number,
            ["minute"] = minute,
            ["kind"] = item.Kind,
            ["title"] = item.Title ?? item.Report?.Title,
            ["report_of"] = item.Report?.ReportOf,
            ["decision_maker"] = item.DecisionMaker ?? meeting.DecisionMaker,
            ["key_decision"] = item.KeyDecision,
            ["late"] = item.Late,
            ["private"] = item.Exemption is not null,
            ["paragraph"] = exemption?.Paragraph,
            ["exempt_appendix"] = item.Exemption is null && exemption is not null,
            ["urgency"] = NoticeTemplateModel.Urgency(item.Urgency),
            ["resolved_html"] = Markdown.ToHtml(d?.Resolved),
            ["reasons_html"] = Markdown.ToHtml(d?.Reasons),
            ["alternatives_html"] = Markdown.ToHtml(d?.Alternatives),
            ["interests"] = d?.Interests,
            ["decided"] = d is not null,
            ["call_in"] = d?.CallIn ?? false,
            ["not_called_in_html"] = Markdown.ToHtml(d?.NotCalledInBecause),
        };
    }

    private static DateOnly NextWorkingDay(Calendar.NoticeCalendar calendar, DateOnly day)
    {
        var at = day.AddDays(1);
        while (!calendar.IsOpen(at) || at.DayOfWeek == DayOfWeek.Saturday)
        {
            at = at.AddDays(1);
        }

        return at;
    }

    private static PaperProperties Properties(Meeting meeting, DateOnly? date) =>
        new(meeting.Details.Organisation ?? meeting.Committee?.Organisation, date ?? meeting.Details.Date ?? PaperProperties.NoDate) { Colour = meeting.Details.Colour };
}
