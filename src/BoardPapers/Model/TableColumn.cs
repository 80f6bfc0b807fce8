using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>One column of a rendered table: which field (or "status:LEGEND"), its heading, its width in percent, and whether runs of equal cells merge.</summary>
public sealed record TableColumn(string Field, string Heading, int? Width, SourcePosition Position)
{
    /// <summary>Whether runs of equal cells in adjacent rows print as one merged cell (format 2).</summary>
    public bool Merge { get; init; }

    /// <summary>Where `width:` is written, for messages about it.</summary>
    public SourcePosition? WidthPosition { get; init; }

    /// <summary>Where `merge:` is written, for messages about it.</summary>
    public SourcePosition? MergePosition { get; init; }
}
