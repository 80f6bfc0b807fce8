using BoardPapers.Writers;
using BoardPapers.Validate;

namespace BoardPapers.Serve;

/// <summary>Two versions compared: the changes paper, or the versions' problems; a one-line message; who made the newer version and when.</summary>
internal sealed record ComparedVersions(RenderedPaper? Paper, IReadOnlyList<Diagnostic> Problems, string Message, string Author, DateOnly Date);
