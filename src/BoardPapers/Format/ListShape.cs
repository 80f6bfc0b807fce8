namespace BoardPapers.Format;

/// <summary>A YAML sequence whose items all have one shape.</summary>
public sealed class ListShape(Shape item, string? plural = null) : Shape
{
    /// <summary>The shape of each item.</summary>
    public Shape Item { get; } = item;

    /// <summary>What messages say is expected here.</summary>
    public override string Expected => "a list of " + (plural ?? Item.Expected);
}
