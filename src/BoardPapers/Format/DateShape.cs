namespace BoardPapers.Format;

/// <summary>A calendar date written as YYYY-MM-DD.</summary>
public sealed class DateShape : Shape
{
    public static readonly DateShape Instance = new();

    public override string Expected => "a date written YYYY-MM-DD";
}
