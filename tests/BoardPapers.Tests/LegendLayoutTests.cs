using BoardPapers.Base;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>Issue 14, item 7: one key box with the legends side by side, and the key repeated under every theme.</summary>
public sealed class LegendLayoutTests
{
    private const string Plan = """
        format: 2
        plan: { title: Key, as_at: 2017-01-01 }
        legends:
          - key: action
            title: Action RAG
            values:
              - { key: red, label: Red, meaning: Not started, colour: "#FF0000" }
              - { key: amber, label: Amber, meaning: Started, colour: "#FFC000" }
              - { key: green, label: Green, meaning: Done, colour: "#00B050", complete: true }
          - key: impact
            title: Impact RAG
            values:
              - { key: red, label: Red, meaning: No impact yet, colour: "#FF0000" }
              - { key: green, label: Green, meaning: Impact shown, colour: "#00B050" }
        settings:
          legend_layout: combined
          legend_repeat: REPEAT
        themes:
          - { ref: "1", title: Leadership, actions: [{ ref: "1.1", text: Act, lead: CX, statuses: { action: amber, impact: red } }] }
          - { ref: "2", title: Practice, actions: [{ ref: "2.1", text: Audit, lead: CX, statuses: { action: green, impact: green } }] }
        """;

    [Fact]
    public void A_combined_key_is_one_table_with_the_legends_side_by_side()
    {
        var paper = Render("once");

        var key = Assert.Single(paper.Article!.QuerySelectorAll("table.legend"));
        Assert.Equal("Key", key.QuerySelector("caption")!.TextContent);
        Assert.Equal(["Action RAG", "Meaning", "Impact RAG", "Meaning"], key.QuerySelectorAll("thead th").Select(h => h.TextContent));
        var rows = key.QuerySelectorAll("tbody tr").Select(r => string.Join("|", r.QuerySelectorAll("td").Select(c => c.TextContent))).ToList();
        Assert.Equal(["Red|Not started|Red|No impact yet", "Amber|Started|Green|Impact shown", "Green|Done||"], rows);
    }

    [Fact]
    public void A_key_by_status_is_one_table_of_each_status_and_each_legends_meaning_best_first_when_asked()
    {
        // Issue 34: the key as a council prints it, RAG | Action | Impact, a row per status.
        var yaml = Plan.Replace("legend_layout: combined", "legend_layout: by-status\n  key_heading: RAG\n  key_order: KEYORDER", StringComparison.Ordinal)
            .Replace("REPEAT", "once", StringComparison.Ordinal);
        string[] Rows(string order)
        {
            var loaded = new PlanLoader().LoadText(yaml.Replace("KEYORDER", order, StringComparison.Ordinal), "plan.yaml");
            Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == Severity.Error);
            var paper = Rendering.Paper(loaded.Plan!, "action-plan");
            var key = Assert.Single(paper.Article!.QuerySelectorAll("table.legend"));
            Assert.Equal(["RAG", "Action RAG", "Impact RAG"], key.QuerySelectorAll("thead th").Select(h => h.TextContent));
            Assert.All(key.QuerySelectorAll("tbody td.status"), c => Assert.NotNull(c.GetAttribute("data-colour")));
            return [.. key.QuerySelectorAll("tbody tr").Select(r => string.Join("|", r.QuerySelectorAll("td").Select(c => c.TextContent)))];
        }

        Assert.Equal(["Red|Not started|No impact yet", "Amber|Started|–", "Green|Done|Impact shown"], Rows("as-written"));
        Assert.Equal(["Green|Done|Impact shown", "Amber|Started|–", "Red|Not started|No impact yet"], Rows("best-first"));
    }

    [Fact]
    public void A_key_per_theme_prints_under_every_theme_heading_and_not_before()
    {
        var paper = Render("per-theme");

        var keys = paper.Article!.QuerySelectorAll("table.legend").ToList();
        Assert.Equal(2, keys.Count);
        Assert.All(keys, k => Assert.Equal("section", k.ParentElement!.LocalName));
        Assert.All(keys, k => Assert.Equal("h2", k.PreviousElementSibling!.LocalName));
    }

    [Fact]
    public void In_Word_a_key_straight_above_a_table_stays_a_table_of_its_own()
    {
        var loaded = new PlanLoader().LoadText(Plan.Replace("REPEAT", "per-theme", StringComparison.Ordinal), "plan.yaml");
        var (_, docx) = Security.HostilePlan.Render(loaded);

        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document!.Body!.ChildElements.ToList();
        var tables = body.Select((e, i) => (e, i)).Where(x => x.e is DocumentFormat.OpenXml.Wordprocessing.Table).Select(x => x.i).ToList();
        // The two keys and two action tables, after the progress summary's table for each legend.
        Assert.Equal(6, tables.Count);
        Assert.All(tables.Skip(1), i => Assert.IsType<DocumentFormat.OpenXml.Wordprocessing.Paragraph>(body[i - 1]));
    }

    [Fact]
    public void The_legend_settings_are_format_2()
    {
        var loaded = new PlanLoader().LoadText(Plan.Replace("format: 2", "format: 1", StringComparison.Ordinal).Replace("REPEAT", "once", StringComparison.Ordinal), "plan.yaml");

        Assert.Equal(2, loaded.Diagnostics.Count(d => d.Code == Codes.NewerFormatKey));
    }

    private static Papers.RenderedPaper Render(string repeat)
    {
        var loaded = new PlanLoader().LoadText(Plan.Replace("REPEAT", repeat, StringComparison.Ordinal), "plan.yaml");
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == Severity.Error);
        var paper = Rendering.Paper(loaded.Plan!, "action-plan");
        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        return paper;
    }
}
