namespace BoardPapers.Format;

/// <summary>A YAML sequence whose items all have one shape.</summary>
public sealed class ListShape(Shape item, string? plural = null) : Shape
{
    public Shape Item { get; } = item;

    public override string Expected => "a list of " + (plural ?? Item.Expected);
}
