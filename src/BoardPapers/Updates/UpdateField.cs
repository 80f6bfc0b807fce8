namespace BoardPapers.Updates;

/// <summary>What an answer in an update workbook changes in the plan.</summary>
public enum UpdateField
{
    /// <summary>A status on the column's legend (`statuses: { LEGEND: value }`).</summary>
    Status,

    /// <summary>The revised due date (`due`).</summary>
    Due,

    /// <summary>The timescale wording (`timescale`).</summary>
    Timescale,

    /// <summary>Progress this quarter (`progress`), replacing what the plan held.</summary>
    Progress,

    /// <summary>Next steps (`next_steps`, format 2).</summary>
    NextSteps,

    /// <summary>The period an indicator's new result is for (`periods: - { period }`).</summary>
    Period,

    /// <summary>An indicator's result for that period (`periods: - { result }`).</summary>
    Result,
}
