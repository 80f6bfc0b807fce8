namespace BoardPapers.Format;

/// <summary>One of a fixed set of words.</summary>
public sealed class ChoiceShape(params string[] values) : Shape
{
    public IReadOnlyList<string> Values { get; } = values;

    public override string Expected => "one of " + string.Join(", ", Values);
}
