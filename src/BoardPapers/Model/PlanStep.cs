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
    /// <summary>What will show the step is done: a dated target of its own (Markdown, format 2).</summary>
    public string? SuccessCriteria { get; init; }

    /// <summary>Evidence of the step's impact (Markdown, format 2).</summary>
    public string? Evidence { get; init; }

    /// <summary>The workstream or body the step is delivered through (format 2).</summary>
    public string? Workstream { get; init; }

    /// <summary>How messages and diffs name the step: "1.1 step 2", or "1.1 step 2 (S2)" when it has a ref.</summary>
    public string Name(PlanAction action, int index) =>
        $"{action.Ref} step {index + 1}" + (Ref is null ? "" : $" ({Ref})");
}
