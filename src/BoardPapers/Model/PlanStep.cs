using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>
/// One step of an action (format 2): printed plans stack several under one action, each with its own
/// date, lead and status, while the action's own cells span them.
/// </summary>
public sealed record PlanStep(
    string? Ref,
    string Text,
    IReadOnlyList<string> Leads,
    string? Timescale,
    PlanDate? Due,
    IReadOnlyList<Status> Statuses,
    string? Progress,
    SourcePosition Position)
{
    /// <summary>The described fields written on the step (its own success criteria, evidence, workstream, ...).</summary>
    public FieldDictionary Fields { get; init; } = FieldDictionary.None;

    /// <summary>How messages and diffs name the step: "1.1 step 2", or "1.1 step 2 (S2)" when it has a ref.</summary>
    public string Name(PlanAction action, int index) =>
        $"{action.Ref} step {index + 1}" + (Ref is null ? "" : $" ({Ref})");
}
