using BoardPapers.Base;
using BoardPapers.Model;

namespace BoardPapers.Load;

/// <summary>A plan as read: the model (null when the file could not be read as a plan), the reading's problems, and whether its structure was sound.</summary>
public sealed record PlanRead(string File, Plan? Plan, IReadOnlyList<Diagnostic> Diagnostics, bool StructureIsSound);
