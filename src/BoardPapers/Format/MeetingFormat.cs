namespace BoardPapers.Format;

/// <summary>
/// The meeting format, version 1, and the front matter of a report, as data: the validator walks them,
/// the JSON Schemas are written from them, and docs/meeting-format.md describes them.
/// </summary>
public static class MeetingFormat
{
    /// <summary>The meeting format's version (format: 1).</summary>
    public const int Version = 1;

    /// <summary>Item kinds with their standard wording (editable in templates/_standard-items.sbn-html).</summary>
    public static readonly IReadOnlyList<string> StandardKinds = ["appeals", "exempt-information", "late-items", "declarations", "apologies"];

    /// <summary>Every item kind, in the order a typical agenda has them.</summary>
    public static readonly IReadOnlyList<string> Kinds = [.. StandardKinds, "minutes", "report", "item", "next-meeting"];

    /// <summary>The top level of a meeting file.</summary>
    public static ObjectShape Root { get; }

    /// <summary>meeting: the committee, date, time and venue.</summary>
    public static ObjectShape Meeting { get; }

    /// <summary>A group in the membership (e.g. Labour members).</summary>
    public static ObjectShape MemberGroup { get; }

    /// <summary>A member of the committee.</summary>
    public static ObjectShape Member { get; }

    /// <summary>A contact named on the cover.</summary>
    public static ObjectShape Contact { get; }

    /// <summary>An agenda item.</summary>
    public static ObjectShape Item { get; }

    /// <summary>Why an item or appendix is exempt from publication.</summary>
    public static ObjectShape Exemption { get; }

    /// <summary>An appendix to an item.</summary>
    public static ObjectShape Appendix { get; }

    /// <summary>How the meeting's notice is counted: a rule by name, with the council's own changes.</summary>
    public static ObjectShape Notice { get; }

    /// <summary>A day the council's office is closed.</summary>
    public static ObjectShape ClosedDay { get; }

    /// <summary>Why an item's notice could not be given in time, and the route taken instead.</summary>
    public static ObjectShape Urgency { get; }

    /// <summary>The routes an item may take when its notice could not be given in time.</summary>
    public static readonly IReadOnlyList<string> UrgencyRoutes = ["general-exception", "special-urgency", "late-item"];

    /// <summary>The nations whose bank holidays a council may keep, as a meeting file names them.</summary>
    public static readonly IReadOnlyList<string> Nations = ["england-and-wales", "scotland", "northern-ireland"];

    /// <summary>A report's front matter.</summary>
    public static ObjectShape Report { get; }

    /// <summary>The record of what was decided on an item, after the meeting.</summary>
    public static ObjectShape Decision { get; }

    /// <summary>Every object shape of the meeting file, for the schema.</summary>
    public static IReadOnlyList<ObjectShape> Objects { get; }

    /// <summary>Every object shape of a report's front matter, for the schema.</summary>
    public static IReadOnlyList<ObjectShape> ReportObjects { get; }

    static MeetingFormat()
    {
        var text = new TextShape();
        var markdown = new TextShape(markdown: true);
        var file = new TextShape(pattern: @"^\S(.*\S)?$", patternHint: "a file path has no leading or trailing spaces");
        var texts = new ListShape(text, "lines");

        Exemption = new ObjectShape("exemption", "Why an item or appendix is not open to the public.")
            .Add("paragraph", text, "The paragraph of the access-to-information rules that applies, e.g. \"10.4 (3)\".", required: true)
            .Add("reason", markdown, "What the information is and why the public interest favours exemption (Markdown).");

        Appendix = new ObjectShape("appendix", "An appendix to a report: a plan rendered through a template, a Markdown file, or a document included as it is.")
            .Add("title", text, "The appendix's title as printed.", required: true)
            .Add("plan", file, "A plan file (relative to this file), rendered through `template`.")
            .Add("template", text, "The template the plan is rendered through, e.g. action-plan.")
            .Add("changes_since", text, "Instead of a template: the plan's changes since this git revision (e.g. v2.0, main~1), as the changes paper with tracked changes.")
            .Add("options", new MapShape("option names", new OneOfShape(text, new ListShape(text, "values"))), "Template options, e.g. statuses: [red, amber].")
            .Add("markdown", file, "A Markdown file (relative to this file).")
            .Add("document", file, "A .docx or .pdf file included as it is (relative to this file).")
            .Add("exempt", Exemption, "Set when the appendix is not for publication.")
            .Add("late", BooleanShape.Instance, "Whether the appendix was added after the agenda was published (it goes in a supplement).");

        Member = new ObjectShape("member", "A member of the committee.")
            .Add("name", text, "As printed, e.g. \"J Chapman\" or \"Mr E A Britten\".", required: true)
            .Add("role", text, "e.g. Chair, Vice Chair.")
            .Add("ward", text, "A councillor's ward.")
            .Add("represents", text, "What a co-opted member represents, e.g. \"Parent Governor Representative (Primary)\".");

        MemberGroup = new ObjectShape("member group", "A heading of the membership list and its members.")
            .Add("title", text, "e.g. Councillors, \"Co-opted Members (Voting)\".", required: true)
            .Add("voting", BooleanShape.Instance, "Whether these members vote (default true).")
            .Add("members", new ListShape(Member, "members"), "The members, in printed order.", required: true);

        Contact = new ObjectShape("contact", "Who to contact about the agenda.")
            .Add("role", text, "e.g. \"Agenda compiled by\", \"Principal Scrutiny Advisor\".", required: true)
            .Add("name", text, "The officer's name.", required: true)
            .Add("team", text, "e.g. Governance Services.")
            .Add("telephone", text, "As printed, e.g. 24 74356.")
            .Add("email", text, "An email address.");

        ClosedDay = new ObjectShape("closed day", "A day the council's office is closed: no clear day is counted on it.")
            .Add("date", DateShape.Instance, "The day.", required: true)
            .Add("reason", text, "Why, as messages will say it, e.g. \"Day of mourning\".", required: true);

        var rules = new ChoiceShape([.. Calendar.NoticeRule.Names.Keys]);
        Notice = new ObjectShape("notice rule", "How the meeting's notice is counted: a rule by name, with the council's own changes from its standing orders.")
            .Add("rule", rules, "The rule: " + string.Join("; ", Calendar.NoticeRule.Names.Select(r => $"{r.Key}, {r.Value}")) + ".", required: true)
            .Add("clear_days", new IntegerShape(1, 60), "The clear days an agenda is open to inspection before the meeting, when the council's differ from the rule's.")
            .Add("saturdays", new ChoiceShape("counted", "not counted"), "Whether Saturdays count as clear days, when the council's practice differs from the rule's.")
            .Add("bank_holidays", new ChoiceShape([.. Nations]), "Whose bank holidays close the office (default england-and-wales).")
            .Add("closed_days", new ListShape(ClosedDay, "closed days"), "Days the office is closed besides Sundays, bank holidays and the Christmas and Easter breaks: a day of mourning, a council's own closure.")
            .Add("key_decision_days", new IntegerShape(1, 90), "Clear days' notice of a key decision in the forward plan (default 28).")
            .Add("private_notice_days", new IntegerShape(1, 90), "Clear days' notice of the intention to take an item in private (default 28).")
            .Add("call_in_days", new IntegerShape(1, 30), "Working days after the decision notice is published during which a decision can be called in (default 5); it ends at 5.00 pm on the last.");

        Urgency = new ObjectShape("urgency", "Why an item's notice could not be given in time, and the route taken instead.")
            .Add("route", new ChoiceShape([.. UrgencyRoutes]), "general-exception (notice given as soon as it could be, the scrutiny chair told), special-urgency (the scrutiny chair agreed the decision could not wait) or late-item (the chair agreed to take an item not on the published agenda).", required: true)
            .Add("reason", markdown, "Why it could not wait, as the notice or minutes say it (Markdown).", required: true)
            .Add("agreed_by", text, "Who agreed, e.g. \"Chair of Scrutiny Board (Children's Services)\".");

        Decision = new ObjectShape("decision", "What was decided on the item, as the decision notice and the minutes record it.")
            .Add("resolved", markdown, "The decision as resolved, e.g. \"That the contract be awarded to ...\" (Markdown).", required: true)
            .Add("reasons", markdown, "The reasons for the decision (Markdown).")
            .Add("alternatives", markdown, "The alternatives considered and rejected (Markdown).")
            .Add("interests", text, "Interests declared by members, and dispensations granted.")
            .Add("call_in", BooleanShape.Instance, "Whether the decision can be called in (default true; false for a decision taken under special urgency or not the executive's).")
            .Add("not_called_in_because", markdown, "Why the decision cannot be called in, as the notice prints it (default: the item's urgency).");

        Item = new ObjectShape("agenda item", "One item of the agenda, numbered from 1 in order.")
            .Add("number", new IntegerShape(1, 999), "The item's number when it is not the one after the item before (e.g. a late item added between others keeps the others' numbers).")
            .Add("kind", new ChoiceShape([.. Kinds]), "What the item is: " + string.Join(", ", Kinds) + ".", required: true)
            .Add("title", text, "The title as printed in capitals on the agenda; standard items and reports have defaults.")
            .Add("description", markdown, "The agenda's description (Markdown); reports default to their front matter's.")
            .Add("ward", text, "The agenda's Ward/Equal Opportunities column.")
            .Add("file", file, "A report or the minutes: a Markdown file with front matter (relative to this file).")
            .Add("exempt", Exemption, "Set when the whole item is not for publication.")
            .Add("late", BooleanShape.Instance, "Whether the item was admitted after the agenda was published (it goes in a supplement).")
            .Add("key_decision", BooleanShape.Instance, "Whether the item asks for a key decision: it must be in the forward plan in time (`forward_plan:`), or say why not (`urgency:`).")
            .Add("forward_plan", DateShape.Instance, "When the key decision was first published in the forward plan (notice of key decisions).")
            .Add("private_notice", DateShape.Instance, "When notice of the intention to take the exempt item in private was published.")
            .Add("urgency", Urgency, "Why the item's notice could not be given in time, and the route taken instead.")
            .Add("decision_maker", text, "Who takes the key decision, as the forward plan prints it (default: the committee), e.g. \"Executive Board (Portfolio: Resources)\".")
            .Add("consultation", text, "The forward plan's proposed consultation, e.g. \"Ward members, residents\".")
            .Add("documents", text, "The forward plan's documents to be considered by the decision maker (default: the report issued with the agenda).")
            .Add("lead_officer", text, "The forward plan's lead officer, to whom representations are made, with an email address.")
            .Add("decision", Decision, "After the meeting: what was decided, for the decision notice and the minutes.")
            .Add("date", DateShape.Instance, "next-meeting: the date of the next meeting.")
            .Add("time", text, "next-meeting: its start time, e.g. 9.45 am.")
            .Add("pre_meeting", text, "next-meeting: the time of its pre-meeting.");

        Meeting = new ObjectShape("meeting", "The meeting: who, when and where.")
            .Add("committee", text, "The committee's name, e.g. \"Scrutiny Board (Children's Services)\".", required: true)
            .Add("organisation", text, "The council or body.")
            .Add("colour", new TextShape(pattern: "^#[0-9A-Fa-f]{6}$", patternHint: "a colour is written #RRGGBB, e.g. #00539F"), "The council's colour, #RRGGBB: the header of the pack's web pages (its text turns black or white, whichever reads better).")
            .Add("date", DateShape.Instance, "The date of the meeting.", required: true)
            .Add("time", text, "The start time as printed, e.g. 9.45 am.", required: true)
            .Add("venue", text, "Where, e.g. \"Civic Hall, Leeds, LS1 1UR\".", required: true)
            .Add("pre_meeting", text, "The pre-meeting note as printed.")
            .Add("cancelled", BooleanShape.Instance, "Whether the meeting was cancelled: the site's calendars mark it cancelled, and its open data says so.")
            .Add("published", DateShape.Instance, "When the agenda was published; items marked late came after it. `check` says whether it gave the notice the rule asks for.")
            .Add("notice", new OneOfShape(rules, Notice), "How the notice is counted: a rule's name or a rule with the council's own changes (default: the committee file's, else england).")
            .Add("decisions_published", DateShape.Instance, "When the decision notice was published after the meeting; the call-in period runs from it.")
            .Add("first_minute", new IntegerShape(1, 99999), "The number of the meeting's first minute (minutes are numbered on through the year; default 1).");

        Root = new ObjectShape("meeting file", "A BoardPapers meeting, format version 1.")
            .Add("format", new IntegerShape(Version, Version), "The meeting format version: 1.", required: true)
            .Add("meeting", Meeting, "Who, when and where.", required: true)
            .Add("membership", new ListShape(MemberGroup, "member groups"), "The membership, by group.", required: true)
            .Add("contacts", new ListShape(Contact, "contacts"), "Who to contact about the agenda.")
            .Add("items", new ListShape(Item, "agenda items"), "The agenda items, in order.", required: true);

        Report = new ObjectShape("report front matter", "The front sheet of a report: the YAML between --- lines at the top of its Markdown file.")
            .Add("title", text, "The report's subject, as printed on the front sheet.", required: true)
            .Add("description", markdown, "What the agenda says of it (Markdown).")
            .Add("originator", text, "The officer who wrote it.")
            .Add("telephone", text, "The originator's telephone number.")
            .Add("report_of", text, "Whose report it is, e.g. \"Director of Children's Services\".", required: true)
            .Add("meeting", text, "The meeting named on the front sheet (default: the committee).")
            .Add("date", DateShape.Instance, "The date on the front sheet (default: the meeting's).")
            .Add("wards_affected", text, "Electoral wards affected, e.g. All wards.")
            .Add("ward_members_consulted", BooleanShape.Instance, "Whether ward members were consulted (referred to in the report).")
            .Add("implications", texts, "Specific implications for, e.g. Equality and Diversity.")
            .Add("recommendations", markdown, "What the board is asked to do (Markdown).")
            .Add("background_papers", texts, "Background papers, one per line.")
            .Add("appendices", new ListShape(Appendix, "appendices"), "The appendices, in order.");

        Objects = [Root, Meeting, Notice, ClosedDay, MemberGroup, Member, Contact, Item, Exemption, Urgency, Decision];
        ReportObjects = [Report, Appendix, Exemption];
    }
}
