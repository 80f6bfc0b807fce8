namespace BoardPapers.Format;

/// <summary>One of a fixed set of words.</summary>
public sealed class ChoiceShape(params string[] values) : Shape
{
    /// <summary>The allowed values.</summary>
    public IReadOnlyList<string> Values { get; } = values;

    /// <summary>What messages say is expected here.</summary>
    public override string Expected => "one of " + string.Join(", ", Values);
}
