using BoardPapers.Base;

namespace BoardPapers.Updates;

/// <summary>
/// One value a lead changed: the plan's row, what it changes (a status on <see cref="Legend"/>, the due date,
/// progress ...), the value as the plan will hold it (a legend's value, an ISO date, text), and the cell it came from.
/// </summary>
public sealed record UpdateAnswer(UpdateRow Row, UpdateField Field, string Value, SourcePosition Cell, string Workbook)
{
    /// <summary>The legend of a status answer.</summary>
    public string? Legend { get; init; }

    /// <summary>The period of an indicator's result.</summary>
    public string? Period { get; init; }

    /// <summary>What the answer sets, as two answers to the same thing share it: "action 1.2 status:rag".</summary>
    public string Target => $"{Row.Kind} {Row.Key} {Field} {Legend}{Period}";
}
