namespace BoardPapers.Format;

/// <summary>One key of an object in the plan format, and the format version that introduced it.</summary>
public sealed record Field(string Name, Shape Shape, bool Required, string Description, int Since = 1);
