using BoardPapers.Papers;
using BoardPapers.Writers;

namespace BoardPapers.Serve;

/// <summary>A plan rendered through a template, and written in the format asked for when the render succeeded.</summary>
internal sealed record RenderedDocument(RenderedPaper Paper, PaperFile? Document);
