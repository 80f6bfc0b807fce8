using BoardPapers.Base;
using BoardPapers.Model;
using BoardPapers.Testing;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>The real plans transcribed from the seeds hold what the seeds print.</summary>
public sealed class SamplePlanTests
{
    private static Plan Load(string file)
    {
        var result = new PlanLoader().LoadFile(Path.Combine(RepoPaths.Plans, file));
        Assert.Empty(result.Diagnostics);
        return result.Plan!;
    }

    [Fact]
    public void The_Leeds_action_plan_has_5_strategic_aims_and_24_priorities_and_is_a_draft()
    {
        var plan = Load("leeds-improvement-action-plan-2009.yaml");

        Assert.True(plan.Draft);
        Assert.Equal("DRAFT – WORK IN PROGRESS", plan.DraftBanner);
        Assert.Equal(["1", "2", "3", "4", "5"], plan.Themes.Select(t => t.Ref));
        Assert.Equal([8, 4, 3, 6, 3], plan.Themes.Select(t => t.Actions.Count));
        Assert.Equal("Strategic Aim", plan.Settings.ThemeLabel);
        Assert.Equal(["Ref.", "Priority", "Lead", "Timescale / Completion Date", "Progress to date"], plan.Settings.ActionColumns.Select(c => c.Heading));

        var first = plan.AllActions().First();
        Assert.Equal(("1.1", "Appoint a new DCS", "CX"), (first.Ref, first.Text, first.Leads.Single()));
        Assert.Equal("Jan 2010 – Interim, Summer 2010 - Permanent", first.Timescale);
        var workforce = plan.AllActions().Single(a => a.Ref == "2.1");
        Assert.Equal(["Ken Morton", "Catherine Marchant"], workforce.Leads);
        Assert.Equal(PlanDate.Day(new DateOnly(2010, 6, 30)), workforce.Due);
    }

    [Fact]
    public void The_categorisation_counts_per_theme_reproduce_the_printed_summary_table()
    {
        var plan = Load("leeds-improvement-plan-categorisation-2011.yaml");

        // Counted from the data, compared with the seed's printed table (a dash is 0).
        int Count(Theme theme, string category) =>
            theme.Recommendations.Count(r => r.Statuses.Any(s => s.Legend == "category" && s.Value == category));
        var table = plan.Themes.Select(t => (Count(t, "csib"), Count(t, "other"), Count(t, "closed"))).ToList();

        Assert.Equal([(4, 3, 2), (10, 4, 6), (4, 0, 7), (0, 6, 0), (2, 0, 0)], table);
        Assert.Equal((20, 13, 15), (table.Sum(r => r.Item1), table.Sum(r => r.Item2), table.Sum(r => r.Item3)));
        Assert.Equal(48, plan.AllRecommendations().Count());
        Assert.Equal(["CSIB", "Other", "Closed"], plan.FindLegend("category")!.Values.Select(v => v.Label));
        Assert.True(plan.FindLegend("category")!.FindValue("closed")!.Complete);
    }

    [Fact]
    public void The_JAR_plan_has_16_recommendations_by_urgency_with_their_leads_and_grades()
    {
        var plan = Load("leicester-jar-action-plan-2008.yaml");

        Assert.Equal(["immediate", "six-months", "longer-term"], plan.Themes.Select(t => t.Ref));
        Assert.Equal([5, 9, 2], plan.Themes.Select(t => t.Recommendations.Count));
        Assert.Equal(Enumerable.Range(1, 16).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), plan.AllRecommendations().Select(r => r.Ref));
        Assert.Equal(["Andy Smith", "Richard Whitehouse"], plan.AllRecommendations().Single(r => r.Ref == "16").Leads);
        Assert.Equal(20, plan.AllRecommendations().Single(r => r.Ref == "16").Actions.Count);
        Assert.All(plan.AllRecommendations(), r => Assert.Equal(["JAR"], r.Sources));

        var outcomes = plan.AllRecommendations().Single(r => r.Ref == "6").Groups;
        Assert.Equal(2, outcomes.Count);
        Assert.Equal(["6.1", "6.2", "6.3", "6.4", "6.5"], outcomes[0].Actions.Select(a => a.Ref));

        var action41 = plan.AllActions().Single(a => a.Ref == "4.1");
        Assert.Equal(("Monthly leading up to 31.3.09", (PlanDate?)PlanDate.Day(new DateOnly(2009, 3, 31)), "Peter McEntee"), (action41.Timescale, action41.Due, action41.Leads.Single()));

        var grades = plan.Indicators.ToDictionary(i => i.Title, i => i.Statuses.Single().Value);
        Assert.Equal("3", grades["Safeguarding"]);
        Assert.Equal("2", grades["Capacity to improve"]);
        Assert.Equal(["1: inadequate", "2: adequate", "3: good", "4: outstanding"], plan.FindLegend("grade")!.Values.Select(v => v.Label));
    }

    [Fact]
    public void The_recommendation_tracking_keeps_stages_updates_and_original_responses()
    {
        var plan = Load("leeds-scrutiny-recommendation-tracking-2010.yaml");

        Assert.Equal(6, plan.FindLegend("stage")!.Values.Count);
        Assert.Equal(12, plan.AllRecommendations().Count());

        var funding = plan.AllRecommendations().Single(r => r.Ref == "EY-4A");
        Assert.Equal("4", funding.Statuses.Single().Value);
        Assert.Equal(
            [new DateOnly(2010, 12, 1), new DateOnly(2010, 9, 1), new DateOnly(2010, 3, 1), new DateOnly(2009, 12, 1)],
            funding.Updates.Select(u => u.Date));
        Assert.Equal("Executive Board August 2009", funding.Response!.Approved);

        var achieved = plan.AllRecommendations().Where(r => r.Statuses.Any(s => plan.FindLegend(s.Legend)!.FindValue(s.Value)!.Complete)).Select(r => r.Ref);
        Assert.Equal(["MF-4", "MF-5", "AT-4", "SO-4"], achieved);
    }

    [Fact]
    public void The_action_trackers_carry_KPI_tables_with_targets_and_results_per_period()
    {
        var plan = Load("leeds-action-trackers-q2-2010.yaml");

        Assert.True(plan.Themes.Count(t => t.Indicators.Count > 0) >= 2);
        var ni59 = plan.AllIndicators().Single(i => i.Ref == "NI 59");
        Assert.Equal((Polarity.Rise, "79.9%", "08-09"), (ni59.Polarity, ni59.Baseline, ni59.BaselinePeriod));
        Assert.Equal(["2009/10", "2010/11", "2010/11 Q2"], ni59.Periods.Select(p => p.Period));
        Assert.Equal("80%", ni59.Periods[1].Target);
        Assert.Equal("79.4%", ni59.Periods[2].Result);
        Assert.Equal(Polarity.BellShaped, plan.AllIndicators().Single(i => i.Ref == "NI 65").Polarity);
        Assert.Equal("Significant delays or issues to address", plan.FindLegend("rag")!.FindValue("red")!.Meaning);
    }
}
