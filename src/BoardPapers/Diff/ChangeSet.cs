using System.Globalization;

namespace BoardPapers.Diff;

/// <summary>Every change between two versions of a plan, and the counts a reviewer reads first.</summary>
public sealed record ChangeSet(IReadOnlyList<Change> Changes)
{
    /// <summary>What the plan calls each kind of row, as it prints it ("Key area", "Requirement"); "action" and the like where it says nothing.</summary>
    public IReadOnlyDictionary<string, string> Nouns { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The plan's word for a kind of row, as a heading prints it: "Requirement", "Action".</summary>
    public string Noun(string subject)
    {
        var noun = Nouns.GetValueOrDefault(subject) ?? subject;
        return noun.Length == 0 ? noun : char.ToUpperInvariant(noun[0]) + noun[1..];
    }

    /// <summary>The plan's word for a kind of row inside a sentence: "requirement", "key area" (an acronym keeps its capitals).</summary>
    public string NounInText(string subject)
    {
        var noun = Nouns.GetValueOrDefault(subject) ?? subject;
        return string.Join(' ', noun.Split(' ').Select(w => w.Length > 1 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? w : w.ToLowerInvariant()));
    }

    /// <summary>The plan's word for a kind of row, counted: "1 requirement", "4 key areas".</summary>
    public string Counted(string subject, int count)
    {
        var phrase = NounInText(subject);
        return string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? phrase : Base.EnglishPlural.Of(phrase))}");
    }

    /// <summary>Whether the two versions are the same in every compared field.</summary>
    public bool IsEmpty => Changes.Count == 0;

    /// <summary>Rows with a status that moved down their legend.</summary>
    public int Worse => Distinct(c => c.Kind == ChangeKind.Status && c.Direction < 0);

    /// <summary>Rows with a status that moved up their legend.</summary>
    public int Better => Distinct(c => c.Kind == ChangeKind.Status && c.Direction > 0);

    /// <summary>Rows whose due date moved later.</summary>
    public int Slipped => Distinct(c => c.Kind == ChangeKind.Due && c.Direction < 0);

    /// <summary>Rows in the newer version only.</summary>
    public int Added => Distinct(c => c.Kind == ChangeKind.Added);

    /// <summary>Rows in the older version only.</summary>
    public int Removed => Distinct(c => c.Kind == ChangeKind.Removed);

    /// <summary>Rows that moved to another theme, recommendation or group.</summary>
    public int Moved => Distinct(c => c.Kind == ChangeKind.Moved);

    /// <summary>Rows whose ref changed while their text stayed (nearly) the same.</summary>
    public int Renumbered => Distinct(c => c.Kind == ChangeKind.Renumbered);

    /// <summary>
    /// The counts a board reads first, in the plan's words: "4 actions worse, 1 requirement better, 0 slipped, 1 action
    /// added, 0 removed", each count by kind of row ("2 actions and 1 indicator worse"), then moves, renumbering and other
    /// changes when there are any.
    /// </summary>
    public string Summary
    {
        get
        {
            var parts = new List<string>
            {
                Count(c => c.Kind == ChangeKind.Status && c.Direction < 0, "worse"),
                Count(c => c.Kind == ChangeKind.Status && c.Direction > 0, "better"),
                Count(c => c.Kind == ChangeKind.Due && c.Direction < 0, "slipped"),
                Count(c => c.Kind == ChangeKind.Added, "added"),
                Count(c => c.Kind == ChangeKind.Removed, "removed"),
            };
            if (Moved > 0)
            {
                parts.Add(Count(c => c.Kind == ChangeKind.Moved, "moved"));
            }

            if (Renumbered > 0)
            {
                parts.Add(Count(c => c.Kind == ChangeKind.Renumbered, "renumbered"));
            }

            var others = Changes.Count(c => c.Kind is ChangeKind.Text or ChangeKind.Lead or ChangeKind.Update or ChangeKind.Result or ChangeKind.Target or ChangeKind.Direction or ChangeKind.Detail);
            if (others > 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{others} other {(others == 1 ? "change" : "changes")}"));
            }

            return string.Join(", ", parts);
        }
    }

    /// <summary>"2 actions and 1 indicator worse": the distinct rows of each kind a change of this sort touches, or "0 worse".</summary>
    private string Count(Func<Change, bool> which, string what)
    {
        var counts = Changes.Where(which).DistinctBy(c => $"{c.Subject}:{c.Ref}", StringComparer.Ordinal)
            .GroupBy(c => c.Subject, StringComparer.Ordinal)
            .Select(g => Counted(g.Key, g.Count()))
            .ToList();
        var listed = counts.Count switch
        {
            0 => "0",
            1 => counts[0],
            _ => string.Join(", ", counts[..^1]) + " and " + counts[^1],
        };
        return $"{listed} {what}";
    }

    private int Distinct(Func<Change, bool> which) =>
        Changes.Where(which).Select(c => $"{c.Subject}:{c.Ref}").Distinct(StringComparer.Ordinal).Count();
}
