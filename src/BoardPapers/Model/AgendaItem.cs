using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>
/// One agenda item, numbered from 1 in agenda order. A report item carries its loaded report; a minutes
/// item its Markdown; a next-meeting item the date and times of the next meeting.
/// </summary>
public sealed record AgendaItem(
    int Number,
    string Kind,
    string? Title,
    string? Description,
    string? Ward,
    string? File,
    Exemption? Exemption,
    bool Late,
    DateOnly? NextDate,
    string? NextTime,
    string? NextPreMeeting,
    SourcePosition Position)
{
    /// <summary>The report, for a report item whose file loaded.</summary>
    public Report? Report { get; init; }

    /// <summary>Where the item's number comes from: its `number:` value, or the item itself when numbered in order.</summary>
    public SourcePosition NumberPosition { get; init; } = Position;

    /// <summary>The minutes' Markdown, for a minutes item whose file was read.</summary>
    public string? Minutes { get; init; }

    /// <summary>Whether the item asks for a key decision (it needs notice in the forward plan).</summary>
    public bool KeyDecision { get; init; }

    /// <summary>When the key decision was first published in the forward plan, and where that is written.</summary>
    public NoticeGiven? ForwardPlan { get; init; }

    /// <summary>When notice of the intention to take the item in private was published, and where that is written.</summary>
    public NoticeGiven? PrivateNotice { get; init; }

    /// <summary>Why the item's notice could not be given in time, and the route taken instead.</summary>
    public Urgency? Urgency { get; init; }

    /// <summary>Who takes the key decision, as the forward plan prints it; null: the committee's decision maker.</summary>
    public string? DecisionMaker { get; init; }

    /// <summary>The forward plan's proposed consultation.</summary>
    public string? Consultation { get; init; }

    /// <summary>The forward plan's documents to be considered; null: the report issued with the agenda.</summary>
    public string? Documents { get; init; }

    /// <summary>The forward plan's lead officer, to whom representations are made.</summary>
    public string? LeadOfficer { get; init; }

    /// <summary>What was decided, once the meeting has been held; null before.</summary>
    public Decision? Decision { get; init; }
}
