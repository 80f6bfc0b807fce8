namespace BoardPapers.Format;

/// <summary>A mapping whose keys are the user's own (e.g. legend keys) and whose values share one shape.</summary>
public sealed class MapShape(string keyMeaning, Shape value) : Shape
{
    public string KeyMeaning { get; } = keyMeaning;

    public Shape Value { get; } = value;

    public override string Expected => $"a mapping of {KeyMeaning} to {Value.Expected}";
}
