namespace BoardPapers.Format;

/// <summary>A calendar date written as YYYY-MM-DD; where <see cref="AllowsMonth"/>, also a month written YYYY-MM (format 2).</summary>
public sealed class DateShape(bool allowsMonth = false) : Shape
{
    /// <summary>A day only (as_at, an update's date).</summary>
    public static readonly DateShape Instance = new();

    /// <summary>A day, or in format 2 a month (a due date, a source's date).</summary>
    public static readonly DateShape DayOrMonth = new(allowsMonth: true);

    /// <summary>Whether a month (2017-01) is allowed, in format 2.</summary>
    public bool AllowsMonth { get; } = allowsMonth;

    /// <summary>What messages say is expected here.</summary>
    public override string Expected => AllowsMonth ? "a date written YYYY-MM-DD or, in format 2, a month YYYY-MM" : "a date written YYYY-MM-DD";
}
