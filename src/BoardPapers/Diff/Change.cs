using BoardPapers.Base;

namespace BoardPapers.Diff;

/// <summary>
/// One change between two versions of a plan, about one row (theme, recommendation, action or indicator)
/// identified by its ref. <see cref="Direction"/> is -1 for worse (a status down the legend, a date that
/// slipped), +1 for better, 0 otherwise. Text changes carry their word-level runs.
/// </summary>
public sealed record Change(
    ChangeKind Kind,
    string Subject,
    string Ref,
    string Title,
    string? Field = null,
    string? Old = null,
    string? New = null,
    int Direction = 0,
    int? Days = null,
    IReadOnlyList<TextRun>? Words = null,
    SourcePosition? Position = null)
{
    /// <summary>The ref the row had before, for a renumbered row.</summary>
    public string? OldRef { get; init; }

    /// <summary>For a status change: the legend's title ("Delivery RAG") and the values' labels ("Amber", "Red").</summary>
    public string? FieldTitle { get; init; }

    /// <summary>The old status value's label in its legend, or the value itself.</summary>
    public string? OldLabel { get; init; }

    /// <summary>The new status value's label in its legend, or the value itself.</summary>
    public string? NewLabel { get; init; }

    /// <summary>For a text change: whether the field is Markdown (progress, success criteria), whose lists and paragraphs the paper keeps.</summary>
    public bool Markdown { get; init; }

    /// <summary>The row's reference as the plan prints it (`printed_ref`), where it differs from its ref.</summary>
    public string? PrintedRef { get; init; }

    /// <summary>For an added or removed row, what it was, in the plan's words: "under Key area 1, lead Head of SEND, due 31 July 2011, RAG Amber".</summary>
    public string? Description { get; init; }

    /// <summary>For a due date moved between two months ("2017-01" to "2017-04"): by how many months (3), as a board counts it.</summary>
    public int? Months { get; init; }

    /// <summary>Who made the change (the author of the commit that made it, over a range of commits), when known.</summary>
    public string? Author { get; init; }

    /// <summary>When the change was made (its commit's date), when known.</summary>
    public DateOnly? Made { get; init; }

    /// <summary>"worse", "better" or null.</summary>
    public string? DirectionWord => Direction switch { < 0 => "worse", > 0 => "better", _ => null };
}
