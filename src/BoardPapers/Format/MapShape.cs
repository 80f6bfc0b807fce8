namespace BoardPapers.Format;

/// <summary>A mapping whose keys are the user's own (e.g. legend keys) and whose values share one shape.</summary>
public sealed class MapShape(string keyMeaning, Shape value) : Shape
{
    /// <summary>What the keys are, as messages and the schema say it.</summary>
    public string KeyMeaning { get; } = keyMeaning;

    /// <summary>The shape of each value.</summary>
    public Shape Value { get; } = value;

    /// <summary>What messages say is expected here.</summary>
    public override string Expected => $"a mapping of {KeyMeaning} to {Value.Expected}";
}
