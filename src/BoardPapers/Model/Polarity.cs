namespace BoardPapers.Model;

/// <summary>Which way is good for an indicator.</summary>
public enum Polarity
{
    Unspecified,
    Rise,
    Fall,
    BellShaped,
}
