using BoardPapers.Base;
using BoardPapers.Model;

namespace BoardPapers.Diff;

/// <summary>A row of a plan: what it is, its ref and text, what it is under, and its order in the document.</summary>
internal sealed record PlanRow(string Subject, string Ref, string Text, string Parent, object Item, SourcePosition Position, int Order)
{
    public string Key => $"{(Subject == "indicator" ? "indicator" : "row")}:{Ref}";

    /// <summary>The row's reference as the plan prints it, where it gives one (`printed_ref`).</summary>
    public string? PrintedRef => Item switch { PlanAction a => a.PrintedRef, Recommendation r => r.PrintedRef, _ => null };

    /// <summary>The row's title for a reader: its text's first line, whole (a terminal shortens it, a paper prints it all), as plain words without Markdown's marks.</summary>
    public string Title { get; } = Markup.MarkdownText.ToPlainText(Text.Trim().Split('\n')[0].Trim());

    /// <summary>Every row of a plan in document order, with what it is under.</summary>
    public static List<PlanRow> Of(Plan plan)
    {
        var rows = new List<PlanRow>();
        void Add(string subject, string @ref, string text, string parent, object item, SourcePosition at) =>
            rows.Add(new PlanRow(subject, @ref, text, parent, item, at, rows.Count));

        foreach (var indicator in plan.Indicators)
        {
            Add("indicator", indicator.Ref, indicator.Title, "the plan", indicator, indicator.Position);
        }

        foreach (var theme in plan.Themes)
        {
            Add("theme", theme.Ref, theme.Title, "the plan", theme, theme.Position);
            var inTheme = $"theme {theme.Ref}";
            foreach (var action in theme.Actions)
            {
                Add("action", action.Ref, action.Text, inTheme, action, action.Position);
            }

            foreach (var recommendation in theme.Recommendations)
            {
                AddRecommendation(recommendation, inTheme);
            }

            foreach (var group in theme.Groups)
            {
                var inGroup = $"{inTheme} ({group.Title})";
                foreach (var action in group.Actions)
                {
                    Add("action", action.Ref, action.Text, inGroup, action, action.Position);
                }

                foreach (var recommendation in group.Recommendations)
                {
                    AddRecommendation(recommendation, inGroup);
                }
            }

            foreach (var indicator in theme.Indicators)
            {
                Add("indicator", indicator.Ref, indicator.Title, inTheme, indicator, indicator.Position);
            }
        }

        return rows;

        void AddRecommendation(Recommendation recommendation, string parent)
        {
            Add("recommendation", recommendation.Ref, recommendation.Text, parent, recommendation, recommendation.Position);
            var under = $"recommendation {recommendation.Ref}";
            foreach (var action in recommendation.Actions)
            {
                Add("action", action.Ref, action.Text, under, action, action.Position);
            }

            foreach (var group in recommendation.Groups)
            {
                foreach (var action in group.Actions)
                {
                    Add("action", action.Ref, action.Text, $"{under} ({group.Title})", action, action.Position);
                }
            }
        }
    }
}
