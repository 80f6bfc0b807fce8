namespace BoardPapers.Model;

/// <summary>A plan's own presentation choices: what its groupings are called and which columns its tables show.</summary>
public sealed record PlanSettings(
    string ThemeLabel,
    string RecommendationLabel,
    IReadOnlyList<TableColumn> ActionColumns,
    IReadOnlyList<TableColumn> RecommendationColumns,
    IReadOnlyList<TableColumn> IndicatorColumns)
{
    /// <summary>Whether legends print as one key table side by side ("combined") or a table each ("separate", the default) (format 2).</summary>
    public bool CombinedLegends { get; init; }

    /// <summary>
    /// Whether the key prints as one table with a row per status label ("Red") and a column per legend giving its
    /// meaning there (`legend_layout: by-status`, format 2), as plans with a delivery and an impact RAG print it.
    /// </summary>
    public bool KeyByStatus { get; init; }

    /// <summary>The heading of a by-status key's first column, the plan's own word for it ("RAG"); default "Status".</summary>
    public string KeyHeading { get; init; } = "Status";

    /// <summary>Whether a by-status key lists its statuses best first (`key_order: best-first`) rather than as written.</summary>
    public bool KeyBestFirst { get; init; }

    /// <summary>Whether the key prints under every theme heading rather than once before the first table (format 2).</summary>
    public bool LegendsPerTheme { get; init; }

    /// <summary>The council's colour (#RRGGBB), for the header of the plan's web pages; null: the design system's blue.</summary>
    public string? Colour { get; init; }

    /// <summary>Whether each theme starts on a new page (format 2, `theme_break: page`).</summary>
    public bool ThemePerPage { get; init; }

    /// <summary>Whether the plan's papers open with a cover page of their own (format 2, `cover: true`).</summary>
    public bool Cover { get; init; }

    /// <summary>Whether the plan's papers print a contents list with page numbers (format 2, `contents: true`).</summary>
    public bool Contents { get; init; }
}
