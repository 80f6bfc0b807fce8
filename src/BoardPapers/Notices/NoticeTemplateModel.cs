using BoardPapers.Base;
using BoardPapers.Model;
using BoardPapers.Templates;
using Scriban.Runtime;

namespace BoardPapers.Notices;

/// <summary>What the forward plan, decision notice and minutes templates share: their functions and how a meeting, a contact and an urgency route look to them.</summary>
internal static class NoticeTemplateModel
{
    public static ScriptObject Functions()
    {
        var functions = new ScriptObject();
        functions.Add("markdown", new TemplateFunction("markdown", 1, a => Markdown.ToHtml(a.Text(0))));
        return functions;
    }

    public static ScriptObject Meeting(Meeting meeting) => new()
    {
        ["committee"] = meeting.Details.Committee,
        ["organisation"] = meeting.Details.Organisation ?? meeting.Committee?.Organisation,
        ["date"] = meeting.Details.Date is { } date ? BritishDates.Meeting(date) : null,
        ["time"] = meeting.Details.Time,
        ["venue"] = meeting.Details.Venue,
        ["decision_maker"] = meeting.DecisionMaker,
    };

    public static ScriptObject? Contact(Contact? contact) => contact is null ? null : new ScriptObject
    {
        ["role"] = contact.Role,
        ["name"] = contact.Name,
        ["team"] = contact.Team,
        ["telephone"] = contact.Telephone,
        ["email"] = contact.Email,
    };

    /// <summary>An urgency route in the words a notice prints: "special urgency", agreed by whom, and why (as HTML).</summary>
    public static ScriptObject? Urgency(Urgency? urgency) => urgency is null ? null : new ScriptObject
    {
        ["route"] = urgency.Route.Replace('-', ' '),
        ["agreed_by"] = urgency.AgreedBy,
        ["reason_html"] = Markdown.ToHtml(urgency.Reason),
    };
}
