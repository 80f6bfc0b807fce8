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
}
