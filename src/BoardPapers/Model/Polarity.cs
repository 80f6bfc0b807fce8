namespace BoardPapers.Model;

/// <summary>Which way is good for an indicator.</summary>
public enum Polarity
{
    /// <summary>The plan does not say which way is good.</summary>
    Unspecified,
    /// <summary>Higher is better.</summary>
    Rise,
    /// <summary>Lower is better.</summary>
    Fall,
    /// <summary>Nearer the target is better, either way.</summary>
    BellShaped,
}
