namespace BoardPapers.Format;

/// <summary>true or false.</summary>
public sealed class BooleanShape : Shape
{
    /// <summary>The one instance.</summary>
    public static readonly BooleanShape Instance = new();

    /// <summary>What messages say is expected here.</summary>
    public override string Expected => "true or false";
}
