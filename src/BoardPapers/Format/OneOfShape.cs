namespace BoardPapers.Format;

/// <summary>Either of two forms, told apart by the YAML node kind: text, list or mapping.</summary>
public sealed class OneOfShape(params Shape[] options) : Shape
{
    /// <summary>The shapes a value may take.</summary>
    public IReadOnlyList<Shape> Options { get; } = options;

    /// <summary>What messages say is expected here.</summary>
    public override string Expected => string.Join(" or ", Options.Select(o => o.Expected));
}
