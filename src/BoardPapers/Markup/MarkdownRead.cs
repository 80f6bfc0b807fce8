using Markdig.Syntax;

namespace BoardPapers.Markup;

/// <summary>A piece of Markdown as read: its syntax tree (null when it could not be read) and its problems.</summary>
public sealed record MarkdownRead(MarkdownDocument? Document, MarkdownKind Kind, IReadOnlyList<MarkdownProblem> Problems);
