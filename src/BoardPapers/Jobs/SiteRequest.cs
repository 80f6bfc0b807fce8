using BoardPapers.Writers;

namespace BoardPapers.Jobs;

/// <summary>
/// What a clerk asks of the site: the folder it is written to (null: none, every file is new; its last build there is read, so a rebuild
/// hands out only what changed, calendars carry their SEQUENCEs on and printed packs are converted again only when their meeting changed),
/// its address and title, and the day its home page counts the next meetings from. With no title, the site is the council's committee papers.
/// </summary>
public sealed record SiteRequest(string? Output, Uri BaseUrl, string? Title = null)
{
    /// <summary>The day the home page shows each committee's next meeting from; null: its last.</summary>
    public DateOnly? Today { get; init; }

    /// <summary>The printed forms of each meeting's pack published beside its web pages: Word and PDF unless asked otherwise (PDF needs LibreOffice).</summary>
    public IReadOnlySet<PaperFormat> Packs { get; init; } = new HashSet<PaperFormat> { PaperFormat.Docx, PaperFormat.Pdf };
}
