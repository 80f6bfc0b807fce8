namespace BoardPapers.Diff;

/// <summary>What kind of change a reviewer is told about.</summary>
public enum ChangeKind
{
    /// <summary>A row that is new in the newer plan.</summary>
    Added,

    /// <summary>A row the newer plan no longer has.</summary>
    Removed,

    /// <summary>A row now under another theme, recommendation or group (one move, not a removal and an addition).</summary>
    Moved,

    /// <summary>A row whose ref changed while its text stayed the same (or nearly).</summary>
    Renumbered,

    /// <summary>A status moved on a legend (Amber to Red), worse or better by the legend's order.</summary>
    Status,

    /// <summary>A due date moved: slipped or brought forward, by so many days.</summary>
    Due,

    /// <summary>The lead officers changed.</summary>
    Lead,

    /// <summary>A new dated update.</summary>
    Update,

    /// <summary>Text changed in a field, with its word-level differences.</summary>
    Text,

    /// <summary>An indicator has a new or changed result for a period.</summary>
    Result,

    /// <summary>An indicator's target for a period changed.</summary>
    Target,

    /// <summary>An indicator's direction of travel changed.</summary>
    Direction,

    /// <summary>A detail of the plan itself changed: its as-at date.</summary>
    Detail,
}
