using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>A recommendation or priority: what must be done, with the actions that do it.</summary>
public sealed record Recommendation(
    string Ref,
    string Text,
    IReadOnlyList<string> Leads,
    IReadOnlyList<string> Sources,
    IReadOnlyList<Status> Statuses,
    string? Timescale,
    PlanDate? Due,
    string? Progress,
    IReadOnlyList<Update> Updates,
    Response? Response,
    IReadOnlyList<PlanAction> Actions,
    IReadOnlyList<ActionGroup> Groups,
    string? Notes,
    SourcePosition Position)
{
    /// <summary>The described fields written on the recommendation (success criteria, ...).</summary>
    public FieldDictionary Fields { get; init; } = FieldDictionary.None;

    /// <summary>Recommendations of other plan files this one answers (format 2), written in `sources` as `{file, ref}`.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>The reference as the plan prints it, exactly as written ("SAV LCCIB (S5, B3)"), or null (format 2).</summary>
    public string? PrintedRef { get; init; }

    /// <summary>The recommendation's actions, with those in its groups, in order.</summary>
    public IEnumerable<PlanAction> AllActions() => Actions.Concat(Groups.SelectMany(g => g.Actions));
}
