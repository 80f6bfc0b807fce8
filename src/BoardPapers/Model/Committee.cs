using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>
/// A committee file: the committee's name, what its meetings share (notice rule, decision maker, contact) and
/// the forward plan's title and decisions not yet on an agenda.
/// </summary>
public sealed record Committee(
    string Name,
    string? Organisation,
    Calendar.NoticeRule? Notice,
    string? DecisionMaker,
    Contact? Contact,
    string ForwardPlanTitle,
    IReadOnlyList<PlannedDecision> Planned,
    SourcePosition Position);
