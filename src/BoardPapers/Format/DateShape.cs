namespace BoardPapers.Format;

/// <summary>A calendar date written as YYYY-MM-DD.</summary>
public sealed class DateShape : Shape
{
    /// <summary>The one instance.</summary>
    public static readonly DateShape Instance = new();

    /// <summary>What messages say is expected here.</summary>
    public override string Expected => "a date written YYYY-MM-DD";
}
