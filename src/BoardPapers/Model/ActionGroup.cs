using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>A sub-group inside a theme or recommendation ("Leadership", "Management"): a row spanning the table.</summary>
public sealed record ActionGroup(
    string Title,
    string? Narrative,
    IReadOnlyList<Recommendation> Recommendations,
    IReadOnlyList<PlanAction> Actions,
    SourcePosition Position);
