namespace BoardPapers.Jobs;

/// <summary>Where a render's time went, stage by stage: loading and checking the plan, the template, the board HTML (parsed, checked, images and contents filled), and writing the formats.</summary>
public sealed record RenderTimings(TimeSpan Load, TimeSpan Template, TimeSpan BoardHtml, TimeSpan Write);
