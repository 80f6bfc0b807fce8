using System.Globalization;

namespace BoardPapers.Diff;

/// <summary>Every change between two versions of a plan, and the counts a reviewer reads first.</summary>
public sealed record ChangeSet(IReadOnlyList<Change> Changes)
{
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

    /// <summary>"3 actions worse, 5 better, 2 slipped, 1 added, 1 removed", then moves, renumbering and other changes when there are any.</summary>
    public string Summary
    {
        get
        {
            var counted = Changes.Where(c => c.Kind is ChangeKind.Status or ChangeKind.Due or ChangeKind.Added or ChangeKind.Removed).ToList();
            var actions = counted.Count > 0 && counted.All(c => c.Subject == "action");
            var noun = (actions ? "action" : "row") + (Worse == 1 ? "" : "s");
            var parts = new List<string>
            {
                string.Create(CultureInfo.InvariantCulture, $"{Worse} {noun} worse"),
                string.Create(CultureInfo.InvariantCulture, $"{Better} better"),
                string.Create(CultureInfo.InvariantCulture, $"{Slipped} slipped"),
                string.Create(CultureInfo.InvariantCulture, $"{Added} added"),
                string.Create(CultureInfo.InvariantCulture, $"{Removed} removed"),
            };
            if (Moved > 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{Moved} moved"));
            }

            if (Renumbered > 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{Renumbered} renumbered"));
            }

            var others = Changes.Count(c => c.Kind is ChangeKind.Text or ChangeKind.Lead or ChangeKind.Update or ChangeKind.Result or ChangeKind.Target or ChangeKind.Direction or ChangeKind.Detail);
            if (others > 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{others} other {(others == 1 ? "change" : "changes")}"));
            }

            return string.Join(", ", parts);
        }
    }

    private int Distinct(Func<Change, bool> which) =>
        Changes.Where(which).Select(c => $"{c.Subject}:{c.Ref}").Distinct(StringComparer.Ordinal).Count();
}
