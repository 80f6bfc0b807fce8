using BoardPapers.Base;
using BoardPapers.Model;

namespace BoardPapers.Validate;

/// <summary>A meeting's rules across the built model, as <see cref="PlanRules"/> are a plan's: no item number used twice, and the notice the law asks for (<see cref="MeetingDeadlines"/>).</summary>
public static class MeetingRules
{
    /// <summary>The errors in a meeting's meaning.</summary>
    public static IReadOnlyList<Diagnostic> Check(Meeting meeting)
    {
        var found = new List<Diagnostic>();
        var taken = new Dictionary<int, SourcePosition>();
        foreach (var item in meeting.Items)
        {
            if (!taken.TryAdd(item.Number, item.NumberPosition))
            {
                found.Add(new Diagnostic(item.NumberPosition, Severity.Error, Codes.DuplicateItemNumber,
                    $"item number {item.Number} is already the number of the item at line {taken[item.Number].Line}; give this item a `number:` no other item has"));
            }
        }

        found.AddRange(MeetingDeadlines.Check(meeting));
        return found;
    }
}
