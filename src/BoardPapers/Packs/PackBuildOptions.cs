using BoardPapers.Writers;

namespace BoardPapers.Packs;

/// <summary>What to build: the edition, the formats (docx, pdf, html), a house document, and whether to measure pages with LibreOffice when it is installed.</summary>
public sealed record PackBuildOptions(PackEdition Edition, IReadOnlySet<PaperFormat> Formats, string? ReferenceDoc = null, bool Measure = true);
