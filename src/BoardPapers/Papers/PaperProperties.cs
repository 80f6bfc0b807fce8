using BoardPapers.Model;

namespace BoardPapers.Papers;

/// <summary>
/// Who a paper is by, its date and language: what every format records of it (Word's core properties and
/// tracked changes, the PDF's dates). Taken from the data in one rule, never from the clock, so every host
/// writes the same bytes for the same paper.
/// </summary>
public sealed record PaperProperties(string? Author, DateOnly Date, string Language = PaperProperties.BritishEnglish)
{
    /// <summary>The language of every paper: the documents are British English.</summary>
    public const string BritishEnglish = "en-GB";

    /// <summary>The date a paper carries when its data gives none.</summary>
    public static readonly DateOnly NoDate = new(2000, 1, 1);

    /// <summary>The council's colour (#RRGGBB) that web pages' headers are set on; null: the design system's blue.</summary>
    public string? Colour { get; init; }

    /// <summary>A plan's paper: by its organisation, dated as at.</summary>
    public static PaperProperties Of(Plan plan) => new(plan.Organisation, plan.AsAt ?? NoDate) { Colour = plan.Settings.Colour };

    /// <summary>A meeting's pack: by its organisation, dated when it was published (else the meeting's date).</summary>
    public static PaperProperties Of(Meeting meeting) =>
        new(meeting.Details.Organisation, meeting.Details.Published ?? meeting.Details.Date ?? NoDate) { Colour = meeting.Details.Colour };
}
