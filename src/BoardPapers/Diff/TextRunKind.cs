namespace BoardPapers.Diff;

/// <summary>Whether a run of words is in both versions, only the newer (inserted) or only the older (deleted).</summary>
public enum TextRunKind
{
    /// <summary>In both versions.</summary>
    Same,
    /// <summary>In the newer version only.</summary>
    Inserted,
    /// <summary>In the older version only.</summary>
    Deleted,
}
