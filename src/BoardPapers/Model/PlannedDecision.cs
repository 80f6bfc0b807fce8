using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>A key decision in the forward plan: on a meeting's agenda or, from the committee file, not yet.</summary>
public sealed record PlannedDecision(
    string Title,
    string? Description,
    string? DecisionMaker,
    DateOnly Date,
    DateOnly? ForwardPlan,
    Exemption? Exemption,
    string? Consultation,
    string? Documents,
    string? LeadOfficer,
    SourcePosition Position);
