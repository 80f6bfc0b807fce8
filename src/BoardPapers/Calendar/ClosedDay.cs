namespace BoardPapers.Calendar;

/// <summary>A day no clear day is counted on, and why: "Bank holiday: Christmas Day", "Day of mourning", "Council closed".</summary>
public sealed record ClosedDay(DateOnly Date, string Reason);
