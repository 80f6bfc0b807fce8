using BoardPapers.Base;

namespace BoardPapers.Markup;

/// <summary>A problem in a piece of Markdown, at a line and column counted from 0 within that text.</summary>
public sealed record MarkdownProblem(int Line, int Column, Severity Severity, string Code, string Message);
