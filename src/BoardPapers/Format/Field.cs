namespace BoardPapers.Format;

/// <summary>One key of an object in the plan format.</summary>
public sealed record Field(string Name, Shape Shape, bool Required, string Description);
