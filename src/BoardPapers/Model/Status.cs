using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>A status on one legend, e.g. delivery RAG = amber. A row can carry several, each on its own legend.</summary>
public sealed record Status(string Legend, string Value, SourcePosition Position);
