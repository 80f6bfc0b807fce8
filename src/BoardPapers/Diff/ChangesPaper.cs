using System.Globalization;
using System.Text;
using BoardPapers.Base;
using BoardPapers.Model;
using BoardPapers.Papers;
using BoardPapers.Templates;
using Scriban.Runtime;

namespace BoardPapers.Diff;

/// <summary>
/// A change set as a board paper, through the `changes` template: "Changes since the last report", the
/// status moves and slipped dates as tables, then every change, text changes as ins/del (Word tracked
/// changes by whoever made each, dated when they did: over a range of commits, the commit that made it).
/// </summary>
public static class ChangesPaper
{
    /// <summary>The template the changes paper renders through.</summary>
    public const string Template = "_changes";

    /// <summary>
    /// The paper: the council's (the plan's organisation, else its owner, never a committer), dated when the newer
    /// version was made; each tracked change by whoever made it.
    /// </summary>
    public static RenderedPaper Render(TemplateRenderer templates, Plan newer, ChangeSet changes, ChangeSource source) =>
        new PaperRenderer(templates).Render(Template, new ScriptObject(), Model(newer, changes, source), new PaperProperties(newer.Organisation ?? newer.Owner, source.Date) { Colour = newer.Settings.Colour });

    private static ScriptObject Model(Plan plan, ChangeSet changes, ChangeSource source)
    {
        var authors = changes.Changes.Select(c => c.Author).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var statuses = new ScriptArray();
        foreach (var c in changes.Changes.Where(c => c.Kind == ChangeKind.Status))
        {
            var legend = plan.FindLegend(c.Field ?? "");
            statuses.Add(new ScriptObject
            {
                ["subject"] = changes.Noun(c.Subject),
                ["ref"] = c.PrintedRef ?? c.Ref,
                ["title"] = c.Title,
                ["legend"] = c.FieldTitle,
                ["before"] = Named(legend, c.Old, c.OldLabel),
                ["after"] = Named(legend, c.New, c.NewLabel),
                ["before_colour"] = c.Old is null ? null : legend?.FindValue(c.Old)?.Colour,
                ["after_colour"] = c.New is null ? null : legend?.FindValue(c.New)?.Colour,
                ["direction"] = c.DirectionWord,
            });
        }

        var dates = new ScriptArray();
        foreach (var c in changes.Changes.Where(c => c.Kind == ChangeKind.Due))
        {
            dates.Add(new ScriptObject
            {
                ["subject"] = changes.Noun(c.Subject),
                ["ref"] = c.PrintedRef ?? c.Ref,
                ["title"] = c.Title,
                ["before"] = BritishDate(c.Old),
                ["after"] = BritishDate(c.New),
                ["movement"] = ChangeSetText.Movement(c),
            });
        }

        var rows = new ScriptArray();
        foreach (var group in changes.Changes.GroupBy(c => (c.Subject, c.Ref, c.Kind == ChangeKind.Removed)))
        {
            var lines = new ScriptArray();
            foreach (var c in group)
            {
                lines.Add(new ScriptObject
                {
                    ["kind"] = ChangeSetJson.Kind(c.Kind),
                    ["html"] = new RawHtml(Line(c, plan, (c.Made ?? source.Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), HtmlText.Escape(c.Author ?? source.Author))),
                    ["by"] = c.Author is { } by ? $"{by}, {BritishDates.Format(c.Made ?? source.Date)}" : null,
                });
            }

            var first = group.First();
            rows.Add(new ScriptObject { ["subject"] = changes.Noun(first.Subject), ["ref"] = first.PrintedRef ?? first.Ref, ["title"] = first.Title, ["changes"] = lines, ["plan_itself"] = first.Subject == "plan" });
        }

        return new ScriptObject
        {
            ["changes"] = new ScriptObject
            {
                ["plan"] = plan.Title,
                ["summary"] = changes.Summary,
                ["old"] = source.Old,
                ["new"] = source.New,
                ["older"] = Older(source),
                ["newer"] = Newer(source),
                ["author"] = source.Author,
                ["authors"] = Authors(authors, source),
                ["several_authors"] = authors.Count > 1,
                ["organisation"] = plan.Organisation,
                ["date"] = BritishDates.Format(source.Date),
                ["status_rows"] = RowHeading(changes, ChangeKind.Status),
                ["date_rows"] = RowHeading(changes, ChangeKind.Due),
                ["statuses"] = statuses,
                ["dates"] = dates,
                ["rows"] = rows,
            },
        };
    }

    /// <summary>The heading of a table's column of row titles, in the plan's words: "Action", "Requirement or action".</summary>
    private static string RowHeading(ChangeSet changes, ChangeKind kind)
    {
        var nouns = changes.Changes.Where(c => c.Kind == kind).Select(c => changes.Noun(c.Subject)).Distinct(StringComparer.Ordinal).ToList();
        return nouns.Count == 0 ? "Title" : nouns[0] + string.Concat(nouns.Skip(1).Select(n => " or " + n.ToLowerInvariant()));
    }

    /// <summary>Who made the changes, in the order of their first change: "Jane Smith, Omar Patel and Sam Lee".</summary>
    private static string Authors(List<string> names, ChangeSource source) =>
        names.Count switch
        {
            0 => source.Author,
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + " and " + names[^1],
        };

    /// <summary>One change as HTML: text changes as phrases in ins and del (dated), the rest in plain words with dates as the paper prints them, all escaped.</summary>
    private static string Line(Change change, Plan plan, string date, string author)
    {
        if (change.Kind != ChangeKind.Text)
        {
            return HtmlText.Escape(Words(change, plan));
        }

        // A Markdown field of several lines keeps its lists and paragraphs, its changes marked where they are.
        if (MarkdownRedline.Applies(change))
        {
            return $"<p>{HtmlText.Escape(change.Field)}:</p>{MarkdownRedline.Html(change.Words!, date, author)}";
        }

        var html = new StringBuilder(HtmlText.Escape(change.Field)).Append(": ");
        foreach (var run in change.Words ?? [])
        {
            var text = HtmlText.Escape(run.Text).ReplaceLineEndings("<br>");
            html.Append(run.Kind switch
            {
                TextRunKind.Inserted => $"<ins datetime=\"{date}\" data-author=\"{author}\">{text}</ins>",
                TextRunKind.Deleted => $"<del datetime=\"{date}\" data-author=\"{author}\">{text}</del>",
                _ => text,
            });
        }

        return html.ToString();
    }

    /// <summary>A change other than a text change, as a sentence of the paper: "due date moved from 31 August 2010 to 31 July 2010 (brought forward 31 days)".</summary>
    private static string Words(Change change, Plan plan) => change.Kind switch
    {
        ChangeKind.Added => change.Description is { } added ? $"added: {added}" : "added",
        ChangeKind.Removed => change.Description is { } removed ? $"removed (it was {removed})" : "removed",
        ChangeKind.Moved => $"moved from {change.Old} to {change.New}",
        ChangeKind.Renumbered => $"renumbered from {change.OldRef} to {change.Ref}",
        ChangeKind.Status => $"{change.FieldTitle}: from {Named(plan.FindLegend(change.Field ?? ""), change.Old, change.OldLabel)} to {Named(plan.FindLegend(change.Field ?? ""), change.New, change.NewLabel)}{(change.DirectionWord is { } word ? $" ({word})" : "")}",
        ChangeKind.Due => $"due date moved from {BritishDate(change.Old)} to {BritishDate(change.New)}{(ChangeSetText.Movement(change) is { Length: > 0 } m ? $" ({m})" : "")}",
        ChangeKind.Detail => $"{change.Field} date moved from {BritishDate(change.Old)} to {BritishDate(change.New)}",
        ChangeKind.Lead => $"lead changed from {Or(change.Old)} to {Or(change.New)}",
        ChangeKind.Update => $"new {BritishDatesIn(change.Field)}: {change.New}",
        ChangeKind.Result => $"{change.Field}: {change.New}{(change.Old is null ? " (new)" : $" (was {change.Old})")}",
        ChangeKind.Target => $"{change.Field} changed from {Or(change.Old)} to {Or(change.New)}",
        _ => $"direction of travel changed from {Or(change.Old)} to {Or(change.New)}",
    };

    /// <summary>The earlier version as a reader knows it: "the plan as reported at 1 December 2009".</summary>
    private static string Older(ChangeSource source) =>
        source.OlderAsAt is { } older
            ? older == source.NewerAsAt ? "its earlier version of that date" : $"the plan as reported at {BritishDates.Format(older)}"
            : source.OlderVersion is { } version ? $"version {version}" : "the earlier version";

    /// <summary>The later version as a reader knows it: "the plan as at 15 January 2010" ("as revised" when the date did not move).</summary>
    private static string Newer(ChangeSource source) =>
        source.NewerAsAt is { } newer
            ? $"the plan as at {BritishDates.Format(newer)}{(newer == source.OlderAsAt ? " as revised" : "")}"
            : source.NewerVersion is { } version ? $"version {version}" : "the current version";

    /// <summary>A legend value as the paper names it: its label and what it means ("Blue: Complete").</summary>
    private static string Named(Legend? legend, string? value, string? label)
    {
        if (value is null)
        {
            return "none";
        }

        var meaning = legend?.FindValue(value)?.Meaning;
        var name = label ?? value;
        // The meaning only where it adds words: "Amber: some slippage", but "Improving", not "Improving: Improving but not yet sustained".
        return meaning is null || meaning.StartsWith(name, StringComparison.OrdinalIgnoreCase) ? name : $"{name}: {meaning}";
    }

    /// <summary>ISO dates inside a field's name ("update 2010-12-01") as the paper prints dates.</summary>
    private static string BritishDatesIn(string? field) =>
        System.Text.RegularExpressions.Regex.Replace(field ?? "", "[0-9]{4}-[0-9]{2}-[0-9]{2}", m => BritishDate(m.Value), System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    private static string Or(string? value) => string.IsNullOrEmpty(value) ? "none" : value;

    /// <summary>A date as the paper prints it ("31 August 2010"; a month, "January 2017"), or "none".</summary>
    private static string BritishDate(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? BritishDates.Format(d)
        : DateOnly.TryParseExact(iso, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
        : string.IsNullOrEmpty(iso) ? "none" : iso;
}
