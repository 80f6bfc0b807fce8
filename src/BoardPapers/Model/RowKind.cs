namespace BoardPapers.Model;

/// <summary>The kinds of row a plan's tables print, which a legend may rate.</summary>
public enum RowKind
{
    /// <summary>A recommendation (or priority, or whatever the plan calls it).</summary>
    Recommendation,
    /// <summary>An action.</summary>
    Action,
    /// <summary>A step of an action.</summary>
    Step,
    /// <summary>A performance indicator.</summary>
    Indicator,
}
