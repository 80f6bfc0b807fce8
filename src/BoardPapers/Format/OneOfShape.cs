namespace BoardPapers.Format;

/// <summary>Either of two forms, told apart by the YAML node kind: text, list or mapping.</summary>
public sealed class OneOfShape(params Shape[] options) : Shape
{
    public IReadOnlyList<Shape> Options { get; } = options;

    public override string Expected => string.Join(" or ", Options.Select(o => o.Expected));
}
