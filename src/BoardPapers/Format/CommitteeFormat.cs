namespace BoardPapers.Format;

/// <summary>
/// The committee file (<c>committee.yaml</c> beside a committee's meeting files): what every meeting of the
/// committee shares (its notice rule, decision maker, contact) and the forward plan's decisions not yet on an
/// agenda. A meeting's own `notice:` wins over the committee's.
/// </summary>
public static class CommitteeFormat
{
    /// <summary>The committee file's name, looked for beside each meeting file.</summary>
    public const string FileName = "committee.yaml";

    /// <summary>The forward plan's title when the committee file gives none.</summary>
    public const string DefaultForwardPlanTitle = "Forward Plan of Key Decisions";

    /// <summary>The top level of the committee file.</summary>
    public static ObjectShape Root { get; }

    /// <summary>The committee: its name and what its meetings share.</summary>
    public static ObjectShape Committee { get; }

    /// <summary>The forward plan: its title and the decisions planned but not yet on an agenda.</summary>
    public static ObjectShape ForwardPlan { get; }

    /// <summary>A key decision planned but not yet on a meeting's agenda.</summary>
    public static ObjectShape Planned { get; }

    /// <summary>Every object shape of the committee file, for the schema.</summary>
    public static IReadOnlyList<ObjectShape> Objects { get; }

    static CommitteeFormat()
    {
        var text = new TextShape();
        var markdown = new TextShape(markdown: true);
        var rules = new ChoiceShape([.. Calendar.NoticeRule.Names.Keys]);

        Committee = new ObjectShape("committee", "The committee and what its meetings share.")
            .Add("name", text, "The committee's name, e.g. Executive Board.", required: true)
            .Add("organisation", text, "The council or body.")
            .Add("notice", new OneOfShape(rules, MeetingFormat.Notice), "How every meeting's notice is counted unless the meeting says otherwise: a rule's name (default england) or a rule with the council's own changes.")
            .Add("decision_maker", text, "Who takes the committee's key decisions, as the forward plan prints it (default: the committee's name).")
            .Add("contact", MeetingFormat.Contact, "Who to contact about the forward plan and decisions.");

        Planned = new ObjectShape("planned decision", "A key decision to be taken, not yet on a meeting's agenda.")
            .Add("title", text, "The decision, as the forward plan prints it.", required: true)
            .Add("description", markdown, "What is to be decided (Markdown).")
            .Add("decision_maker", text, "Who takes it (default: the committee's decision maker).")
            .Add("date", DateShape.Instance, "The expected date of the decision.", required: true)
            .Add("forward_plan", DateShape.Instance, "When it was first published in the forward plan.")
            .Add("exempt", MeetingFormat.Exemption, "Set when it is to be taken in private, with the paragraph and why.")
            .Add("consultation", text, "The proposed consultation.")
            .Add("documents", text, "The documents to be considered by the decision maker.")
            .Add("lead_officer", text, "To whom representations should be made, with an email address.");

        ForwardPlan = new ObjectShape("forward plan", "The forward plan (notice of key decisions) beyond the meetings' agendas.")
            .Add("title", text, $"The paper's title (default \"{DefaultForwardPlanTitle}\").")
            .Add("decisions", new ListShape(Planned, "planned decisions"), "Key decisions to be taken that no meeting file holds yet.");

        Root = new ObjectShape("committee file", "A BoardPapers committee file, format version 1.")
            .Add("format", new IntegerShape(MeetingFormat.Version, MeetingFormat.Version), "The format version: 1.", required: true)
            .Add("committee", Committee, "The committee.", required: true)
            .Add("forward_plan", ForwardPlan, "The forward plan's title and its decisions not yet on an agenda.");

        Objects = [Root, Committee, MeetingFormat.Notice, MeetingFormat.ClosedDay, MeetingFormat.Contact, ForwardPlan, Planned, MeetingFormat.Exemption];
    }
}
