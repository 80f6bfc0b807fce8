namespace BoardPapers.Format;

/// <summary>A whole number, optionally bounded.</summary>
public sealed class IntegerShape(int minimum, int maximum) : Shape
{
    /// <summary>The smallest value allowed.</summary>
    public int Minimum { get; } = minimum;

    /// <summary>The largest value allowed.</summary>
    public int Maximum { get; } = maximum;

    /// <summary>What messages say is expected here.</summary>
    public override string Expected => Minimum == Maximum
        ? $"the number {Minimum}"
        : $"a whole number from {Minimum} to {Maximum}";
}
