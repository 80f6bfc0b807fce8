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
/// changes by the newer version's author, dated the newer version's date).
/// </summary>
public static class ChangesPaper
{
    /// <summary>The template the changes paper renders through.</summary>
    public const string Template = "_changes";

    /// <summary>The paper: by the newer version's maker, dated when it was made.</summary>
    public static RenderedPaper Render(TemplateRenderer templates, Plan newer, ChangeSet changes, ChangeSource source) =>
        new PaperRenderer(templates).Render(Template, new ScriptObject(), Model(newer, changes, source), new PaperProperties(source.Author, source.Date));

    private static ScriptObject Model(Plan plan, ChangeSet changes, ChangeSource source)
    {
        var date = source.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var statuses = new ScriptArray();
        foreach (var c in changes.Changes.Where(c => c.Kind == ChangeKind.Status))
        {
            var legend = plan.FindLegend(c.Field ?? "");
            statuses.Add(new ScriptObject
            {
                ["subject"] = c.Subject,
                ["ref"] = c.Ref,
                ["title"] = c.Title,
                ["legend"] = c.FieldTitle,
                ["before"] = c.OldLabel ?? "none",
                ["after"] = c.NewLabel ?? "none",
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
                ["subject"] = c.Subject,
                ["ref"] = c.Ref,
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
                    ["html"] = new RawHtml(Line(c, date, HtmlText.Escape(source.Author))),
                });
            }

            var first = group.First();
            rows.Add(new ScriptObject { ["subject"] = first.Subject, ["ref"] = first.Ref, ["title"] = first.Title, ["changes"] = lines });
        }

        return new ScriptObject
        {
            ["changes"] = new ScriptObject
            {
                ["plan"] = plan.Title,
                ["summary"] = changes.Summary,
                ["old"] = source.Old,
                ["new"] = source.New,
                ["author"] = source.Author,
                ["date"] = BritishDates.Format(source.Date),
                ["statuses"] = statuses,
                ["dates"] = dates,
                ["rows"] = rows,
            },
        };
    }

    /// <summary>One change as HTML: text changes word by word in ins and del (dated), the rest as plain words, all escaped.</summary>
    private static string Line(Change change, string date, string author)
    {
        if (change.Kind != ChangeKind.Text)
        {
            return HtmlText.Escape(ChangeSetText.Describe(change, new ChangeStyle(t => t, t => t, t => t, t => t, t => t)));
        }

        var html = new StringBuilder(HtmlText.Escape(change.Field)).Append(": ");
        foreach (var run in change.Words ?? [])
        {
            var text = HtmlText.Escape(run.Text);
            html.Append(run.Kind switch
            {
                TextRunKind.Inserted => $"<ins datetime=\"{date}\" data-author=\"{author}\">{text}</ins>",
                TextRunKind.Deleted => $"<del datetime=\"{date}\" data-author=\"{author}\">{text}</del>",
                _ => text,
            });
        }

        return html.ToString();
    }

    private static string BritishDate(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? BritishDates.Format(d) : "none";
}
