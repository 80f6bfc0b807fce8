namespace BoardPapers.Diff;

/// <summary>Whether a run of words is in both versions, only the newer (inserted) or only the older (deleted).</summary>
public enum TextRunKind
{
    Same,
    Inserted,
    Deleted,
}
