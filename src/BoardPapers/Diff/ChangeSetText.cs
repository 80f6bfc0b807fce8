using System.Globalization;
using System.Text;

namespace BoardPapers.Diff;

/// <summary>
/// A change set for people: the summary line, then each changed row with its changes under it, in the
/// newer plan's order. As terminal text (styled by the caller: colours or plain markers) or as Markdown
/// (tables of status moves and slipped dates, then every change).
/// </summary>
public static class ChangeSetText
{
    /// <summary>The change set as terminal text, coloured or marked by the style given.</summary>
    public static string Text(ChangeSet changes, ChangeStyle style)
    {
        var text = new StringBuilder(changes.Summary).Append('\n');
        foreach (var row in Rows(changes))
        {
            var first = row[0];
            var mark = first.Kind switch { ChangeKind.Added => "+ ", ChangeKind.Removed => "- ", _ => "" };
            text.Append('\n').Append(style.Row($"{mark}{changes.NounInText(first.Subject)} {first.PrintedRef ?? first.Ref}")).Append("  ").Append(Short(first.Title)).Append('\n');
            foreach (var change in row)
            {
                text.Append("  ").Append(Describe(change, style)).Append(Credit(change)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The change set as Markdown, for a pull request or an email.</summary>
    public static string Markdown(ChangeSet changes, string before, string after)
    {
        var md = new StringBuilder();
        md.Append("# Changes since the last report\n\n");
        md.Append(CultureInfo.InvariantCulture, $"From `{before}` to `{after}`: {changes.Summary}.\n");

        var statuses = changes.Changes.Where(c => c.Kind == ChangeKind.Status).ToList();
        if (statuses.Count > 0)
        {
            md.Append("\n## Status moves\n\n| Ref. | Title | Legend | Before | After | Direction |\n|---|---|---|---|---|---|\n");
            foreach (var c in statuses)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {Cell(changes.Noun(c.Subject) + " " + (c.PrintedRef ?? c.Ref))} | {Cell(c.Title)} | {Cell(c.FieldTitle)} | {Cell(c.OldLabel ?? "none")} | {Cell(c.NewLabel ?? "none")} | {c.DirectionWord} |\n");
            }
        }

        var dates = changes.Changes.Where(c => c.Kind == ChangeKind.Due).ToList();
        if (dates.Count > 0)
        {
            md.Append("\n## Dates\n\n| Ref. | Title | Due before | Due after | Movement |\n|---|---|---|---|---|\n");
            foreach (var c in dates)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {Cell(changes.Noun(c.Subject) + " " + (c.PrintedRef ?? c.Ref))} | {Cell(c.Title)} | {c.Old ?? "none"} | {c.New ?? "none"} | {Movement(c)} |\n");
            }
        }

        md.Append("\n## Every change\n");
        foreach (var row in Rows(changes))
        {
            var first = row[0];
            md.Append(CultureInfo.InvariantCulture, $"\n### {changes.Noun(first.Subject)} {first.PrintedRef ?? first.Ref}: {first.Title}\n\n");
            foreach (var change in row)
            {
                md.Append("- ").Append(Describe(change, ChangeStyle.Markdown)).Append(Credit(change)).Append('\n');
            }
        }

        return md.ToString();
    }

    /// <summary>One change as a line: "RAG: Amber -> Red (worse)", "due 2010-03-31 -> 2010-06-30 (slipped 91 days)" ...</summary>
    public static string Describe(Change change, ChangeStyle style) => change.Kind switch
    {
        ChangeKind.Added => style.Inserted("added") + (change.Description is { } added ? ": " + added : "") + (change.Position is { } at ? string.Create(CultureInfo.InvariantCulture, $" (line {at.Line})") : ""),
        ChangeKind.Removed => style.Deleted("removed") + (change.Description is { } removed ? $" (it was {removed})" : ""),
        ChangeKind.Moved => $"moved from {change.Old} to {change.New}",
        ChangeKind.Renumbered => $"renumbered from {change.OldRef} to {change.Ref}",
        ChangeKind.Status => $"{change.FieldTitle}: {change.OldLabel ?? "none"} -> {change.NewLabel ?? "none"}" + change.Direction switch
        {
            < 0 => " (" + style.Worse("worse") + ")",
            > 0 => " (" + style.Better("better") + ")",
            _ => "",
        },
        ChangeKind.Due => $"due {change.Old ?? "none"} -> {change.New ?? "none"}" + (Movement(change) is { Length: > 0 } m ? $" ({(change.Direction < 0 ? style.Worse(m) : style.Better(m))})" : ""),
        ChangeKind.Lead => $"lead {Or(change.Old)} -> {Or(change.New)}",
        ChangeKind.Update => $"new {change.Field}: {change.New}",
        ChangeKind.Text => $"{change.Field}: {Words(change, style)}",
        ChangeKind.Result => $"{change.Field}: {change.New}{(change.Old is null ? " (new)" : $" (was {change.Old})")}",
        ChangeKind.Target => $"{change.Field}: {Or(change.Old)} -> {Or(change.New)}",
        ChangeKind.Detail => $"{change.Field} {Or(change.Old)} -> {Or(change.New)}",
        _ => $"direction of travel {Or(change.Old)} -> {Or(change.New)}",
    };

    /// <summary>Who made a change and when, where the range of commits says: " (Jane Smith, 2011-02-03)".</summary>
    public static string Credit(Change change) =>
        change.Author is { } author ? string.Create(CultureInfo.InvariantCulture, $" ({author}{(change.Made is { } made ? ", " + made.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")})") : "";

    internal static string Movement(Change change) => (change.Months, change.Days) switch
    {
        ( > 0 and var m, _) => string.Create(CultureInfo.InvariantCulture, $"slipped {m} {(m == 1 ? "month" : "months")}"),
        ( < 0 and var m, _) => string.Create(CultureInfo.InvariantCulture, $"brought forward {-m} {(m == -1 ? "month" : "months")}"),
        _ => MovementInDays(change),
    };

    private static string MovementInDays(Change change) => change.Days switch
    {
        > 0 and var d => string.Create(CultureInfo.InvariantCulture, $"slipped {d} {(d == 1 ? "day" : "days")}"),
        < 0 and var d => string.Create(CultureInfo.InvariantCulture, $"brought forward {-d} {(d == -1 ? "day" : "days")}"),
        _ => "",
    };

    private static string Words(Change change, ChangeStyle style) =>
        string.Concat((change.Words ?? []).Select(w => w.Kind switch
        {
            TextRunKind.Inserted => style.Inserted(w.Text),
            TextRunKind.Deleted => style.Deleted(w.Text),
            _ => w.Text,
        })).Replace("\n", " ", StringComparison.Ordinal);

    private static string Or(string? value) => string.IsNullOrEmpty(value) ? "none" : value;

    /// <summary>A row's title on one terminal line: at most 80 characters.</summary>
    internal static string Short(string title) => title.Length <= 80 ? title : title[..77].TrimEnd() + "...";

    private static string Cell(string? text) => (text ?? "").Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Consecutive changes of one row, together.</summary>
    private static List<List<Change>> Rows(ChangeSet changes)
    {
        var rows = new List<List<Change>>();
        foreach (var change in changes.Changes)
        {
            if (rows.Count > 0 && rows[^1][0].Subject == change.Subject && rows[^1][0].Ref == change.Ref && rows[^1][0].Kind != ChangeKind.Removed && change.Kind != ChangeKind.Removed)
            {
                rows[^1].Add(change);
            }
            else
            {
                rows.Add([change]);
            }
        }

        return rows;
    }
}
