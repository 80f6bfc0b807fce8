using BoardPapers.Base;
using BoardPapers.Model;

namespace BoardPapers.Packs;

/// <summary>
/// A pack composed but not yet laid out: the meeting, which edition and part it is, its items with their
/// board HTML, and what the exempt-information item lists. The cover and agenda are rendered last,
/// once the page ranges are known.
/// </summary>
public sealed record PackComposition(
    Meeting Meeting,
    PackEdition Edition,
    bool Supplement,
    IReadOnlyList<(AgendaItem Source, PackItem Item)> Items,
    IReadOnlyList<ExemptPart> ExemptParts,
    IReadOnlyList<OutputFile> Attachments,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The pack's title: the committee and date, and which edition.</summary>
    public string Title =>
        $"{Meeting.Details.Committee}, {BritishDates.Format(Meeting.Details.Date) ?? ""}: {(Supplement ? "supplementary agenda" : "agenda")}{(Edition == PackEdition.Members ? " (members' edition)" : "")}";
}
