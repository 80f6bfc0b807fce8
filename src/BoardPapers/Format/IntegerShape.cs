namespace BoardPapers.Format;

/// <summary>A whole number, optionally bounded.</summary>
public sealed class IntegerShape(int minimum, int maximum) : Shape
{
    public int Minimum { get; } = minimum;

    public int Maximum { get; } = maximum;

    public override string Expected => Minimum == Maximum
        ? $"the number {Minimum}"
        : $"a whole number from {Minimum} to {Maximum}";
}
