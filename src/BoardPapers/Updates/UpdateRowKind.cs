namespace BoardPapers.Updates;

/// <summary>What a row of an update workbook is in the plan.</summary>
public enum UpdateRowKind
{
    /// <summary>A recommendation (or priority) with no actions of its own to report through.</summary>
    Recommendation,

    /// <summary>An action.</summary>
    Action,

    /// <summary>A step of an action (format 2).</summary>
    Step,

    /// <summary>A performance indicator, reported by its owner.</summary>
    Indicator,
}
