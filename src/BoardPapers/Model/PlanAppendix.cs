using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>An appendix of a plan (format 2): a titled Markdown section printed last, from a new page.</summary>
public sealed record PlanAppendix(string Title, string Text, SourcePosition Position);
