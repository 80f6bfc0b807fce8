using System.Globalization;

namespace BoardPapers.Base;

/// <summary>
/// A date as a plan gives it: a day (2010-12-16) or, in format 2, a month (2017-01). A month counts as
/// its last day wherever dates are compared (overdue, slippage), and prints as the month: January 2017.
/// </summary>
public readonly record struct PlanDate(DateOnly Date, bool IsMonth)
{
    /// <summary>A day.</summary>
    public static PlanDate Day(DateOnly date) => new(date, false);

    /// <summary>A month, held as its last day.</summary>
    public static PlanDate Month(int year, int month) => new(new DateOnly(year, month, DateTime.DaysInMonth(year, month)), true);

    /// <summary>As written in a plan: 2010-12-16, or 2017-01.</summary>
    public string Iso => Date.ToString(IsMonth ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>As board papers print it: 16 December 2010, or January 2017.</summary>
    public string Printed => IsMonth ? BritishDates.MonthOf(Date) : BritishDates.Format(Date);

    /// <summary>As written in a plan.</summary>
    public override string ToString() => Iso;
}
