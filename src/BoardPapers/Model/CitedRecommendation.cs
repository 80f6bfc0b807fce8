namespace BoardPapers.Model;

/// <summary>What a citation names, as read from the other plan when the plan was loaded from its folder.</summary>
public sealed record CitedRecommendation(string File, string Ref, string PlanTitle, string Text);
