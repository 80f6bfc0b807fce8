using BoardPapers.Base;
using BoardPapers.Papers;
using BoardPapers.Writers;

namespace BoardPapers.Serve;

/// <summary>Two versions compared: the changes paper and its document, or the versions' problems; a one-line message either way.</summary>
internal sealed record ComparedVersions(RenderedPaper? Paper, PaperFile? Document, IReadOnlyList<Diagnostic> Problems, string Message);
