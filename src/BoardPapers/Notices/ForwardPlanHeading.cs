using BoardPapers.Model;

namespace BoardPapers.Notices;

/// <summary>What heads the forward plan: its title, whose it is, the period it covers, when it is published and whom to contact.</summary>
public sealed record ForwardPlanHeading(string Title, string? Organisation, DateOnly? From, DateOnly? To, DateOnly? Published, Contact? Contact);
