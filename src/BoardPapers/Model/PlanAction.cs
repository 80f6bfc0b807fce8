using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>An action: one row of an action plan table. Named PlanAction so it never clashes with System.Action.</summary>
public sealed record PlanAction(
    string Ref,
    string Text,
    IReadOnlyList<string> Leads,
    string? Timescale,
    PlanDate? Due,
    string? Progress,
    IReadOnlyList<string> Sources,
    IReadOnlyList<Status> Statuses,
    IReadOnlyList<Update> Updates,
    string? Notes,
    SourcePosition Position)
{
    /// <summary>The described fields written on the action (success criteria, evidence, workstream, ...).</summary>
    public FieldDictionary Fields { get; init; } = FieldDictionary.None;

    /// <summary>The action's steps (format 2), in order; empty for a one-row action.</summary>
    public IReadOnlyList<PlanStep> Steps { get; init; } = [];

    /// <summary>Recommendations of other plan files this action answers (format 2), written in `sources` as `{file, ref}`.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>The reference as the plan prints it, exactly as written ("SAV LCCIB (S5, B3)"), or null (format 2).</summary>
    public string? PrintedRef { get; init; }
}
