namespace BoardPapers.Format;

/// <summary>A whole number, optionally bounded.</summary>
public sealed class IntegerShape(int minimum, int maximum) : Shape
{
    /// <summary>The smallest value allowed.</summary>
    public int Minimum { get; } = minimum;

    /// <summary>The largest value allowed.</summary>
    public int Maximum { get; } = maximum;

    /// <summary>What messages say is expected here.</summary>
    public override string Expected => (Maximum - Minimum) switch
    {
        0 => $"the number {Minimum}",
        1 => $"{Minimum} or {Maximum}",
        _ => $"a whole number from {Minimum} to {Maximum}",
    };
}
