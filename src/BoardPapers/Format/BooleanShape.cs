namespace BoardPapers.Format;

/// <summary>true or false.</summary>
public sealed class BooleanShape : Shape
{
    public static readonly BooleanShape Instance = new();

    public override string Expected => "true or false";
}
