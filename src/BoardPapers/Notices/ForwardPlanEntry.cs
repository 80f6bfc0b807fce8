using BoardPapers.Model;

namespace BoardPapers.Notices;

/// <summary>One key decision as the forward plan lists it: the decision, the committee taking it, and the urgency route when notice could not be given in time.</summary>
public sealed record ForwardPlanEntry(PlannedDecision Decision, string Committee, Urgency? Urgency);
