using BoardPapers.Base;
using BoardPapers.Check;
using BoardPapers.Validate;

namespace BoardPapers.Tests.Layout;

/// <summary>
/// Issue 15, column widths that fit their words: text measured with Arial's widths, columns widened to hold
/// their longest word at the expense of the widest, automatic widths by content, and check's warning at a
/// plan's width that cannot hold a word.
/// </summary>
public sealed class ColumnWidthTests
{
    [Fact]
    public void Text_is_measured_with_arials_widths_and_breaks_only_at_spaces_and_after_hyphens()
    {
        // Bold Y 667, e 556, l 278, l 278, o 611, w 778 thousandths of the em: 3,168 at 10 pt is 633.6 twips.
        Assert.Equal(634, TextMeasure.Twips("Yellow", 10, bold: true));
        Assert.Equal(589, TextMeasure.Twips("Yellow", 10, bold: false)); // regular: 667+556+222+222+556+722 = 2,945
        Assert.Equal(["multi-", "agency", "working"], TextMeasure.Unbreakable("multi-agency  working"));
        Assert.Equal(["31\u00A0March"], TextMeasure.Unbreakable("31\u00A0March"));
        Assert.Equal(("safeguarding", TextMeasure.Twips("safeguarding", 10, false)), TextMeasure.Widest("the safeguarding board", 10, bold: false));
        Assert.Equal(("", 0), TextMeasure.Widest("   ", 10, bold: false));
        foreach (var text in new[] { "the safeguarding board", "multi-agency  working", "31\u00A0March 2011", "", "-", "a-", "— dash", "Yellow" })
        {
            Assert.Equal(TextMeasure.Widest(text, 10, bold: true).Twips, TextMeasure.WidestTwips(text, 10, bold: true));
        }

        // Outside the tables: an average letter; a wide script a full em.
        Assert.Equal(TextMeasure.Twips("n", 10, false), TextMeasure.Twips("ж", 10, false));
        Assert.Equal(200, TextMeasure.Twips("字", 10, false));
    }

    [Fact]
    public void Widths_that_hold_their_words_are_kept_as_the_plan_gives_them()
    {
        var widths = ColumnFit.Widths([10, 60, 30], [500, 1500, 900], [800, 90000, 5000], 10000);

        Assert.Equal([1000, 6000, 3000], widths);
    }

    [Fact]
    public void A_column_too_narrow_for_its_word_is_widened_from_the_columns_with_most_to_spare()
    {
        // Column 0 needs 1,000 but gets 500; column 1 has 5,000 to spare, column 2 only 500.
        var widths = ColumnFit.Widths([5, 60, 35], [1000, 1000, 3000], [1000, 50000, 50000], 10000);

        Assert.Equal(1000, widths[0]);
        Assert.Equal(10000, widths.Sum());
        Assert.True(widths[1] < 6000 && widths[2] < 3500 && 6000 - widths[1] > 3500 - widths[2], string.Join(" ", widths));
    }

    [Fact]
    public void A_wide_column_gives_at_most_half_its_width_and_then_a_word_breaks()
    {
        // Nine narrow columns each needing 1,000 of 500: 4,500 lacking, and the wide column, full of text, can give 2,750.
        int?[] percents = [5, 5, 5, 5, 5, 5, 5, 5, 5, 55];
        var widths = ColumnFit.Widths(percents, [.. Enumerable.Repeat(1000, 9), 500], [.. Enumerable.Repeat(1000, 9), 90000], 10000);

        Assert.Equal(10000, widths.Sum());
        Assert.InRange(widths[9], 2740, 2760); // half of 5,500, give or take the rounding it absorbs
        Assert.All(widths.Take(9), w => Assert.InRange(w, 700, 999));
    }

    [Fact]
    public void Room_comes_first_from_columns_wider_than_their_text_then_from_lightly_loaded_ones()
    {
        // Column 0 lacks 1,000. Column 1 is 3,000 wide but holds at most 1,500 (1,500 free); columns 2 and 3 are
        // as wide as each other and full, but 3 holds four times the text of 2.
        var loose = ColumnFit.Widths([10, 30, 30, 30], [2000, 500, 500, 500], [2000, 1500, 20000, 80000], 10000);
        Assert.Equal([2000, 2000, 3000, 3000], loose);

        var full = ColumnFit.Widths([10, 10, 40, 40], [3000, 500, 500, 500], [3000, 1000, 20000, 80000], 10000);
        Assert.Equal(3000, full[0]);
        Assert.Equal(10000, full.Sum());
        Assert.True(4000 - full[2] > 4000 - full[3], string.Join(" ", full));
    }

    [Fact]
    public void Widths_a_template_gives_as_zero_or_for_more_columns_than_fit_still_fill_the_table()
    {
        Assert.Equal([5000, 5000], ColumnFit.Widths([0, 0], [100, 100], [100, 100], 10000));

        // Forty columns each needing 400 of 10,000: as much as there is, shared, and nothing lost or negative.
        var crowded = ColumnFit.Widths([.. Enumerable.Repeat<int?>(null, 40)], [.. Enumerable.Repeat(400, 40)], [.. Enumerable.Repeat(9000, 40)], 10000);
        Assert.Equal(10000, crowded.Sum());
        Assert.All(crowded, w => Assert.InRange(w, 240, 260));
        Assert.Empty(ColumnFit.Widths([], [], [], 10000));
    }

    [Fact]
    public void Without_widths_columns_share_the_page_by_what_they_hold()
    {
        // Everything fits on one line: each column its longest line, grown in proportion.
        Assert.Equal([2000, 8000], ColumnFit.Widths([null, null], [500, 1000], [1000, 4000], 10000));

        // Too much for one line: each its longest word, the rest shared by how much more it wants.
        var widths = ColumnFit.Widths([null, null, null], [800, 1200, 1000], [800, 40000, 10000], 10000);
        Assert.Equal(800, widths[0]);
        Assert.Equal(10000, widths.Sum());
        Assert.True(widths[1] > widths[2] && widths[2] > 1000, string.Join(" ", widths));
    }

    [Fact]
    public void The_word_writer_widens_a_narrow_status_column_to_hold_its_label()
    {
        var plan = new PlanLoader().LoadText("""
            format: 1
            plan: { title: Narrow }
            legends:
              - key: rag
                title: RAG
                values: [{ key: y, label: Yellow, colour: "#FFFF00" }]
            settings:
              action_columns:
                - { field: ref, heading: Ref, width: 10 }
                - { field: text, heading: Action, width: 87 }
                - { field: "status:rag", heading: RAG, width: 3 }
            themes:
              - ref: "1"
                title: One
                actions:
                  - { ref: "1.1", text: Review the arrangements, statuses: { rag: y } }
            """, "narrow.yaml").Plan!;

        var dump = DocumentDump.Of(Rendering.Docx(Rendering.Paper(plan, "action-plan"), plan));
        var grid = dump.Split('\n').Last(l => l.StartsWith("table [TableGrid] grid", StringComparison.Ordinal)).Split(' ')[3..]
            .Select(w => int.Parse(w, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        // Landscape text width 14,570 twips: 3% would be 437; "Yellow" in bold needs 634 and the cell margins.
        Assert.Equal(14570, grid.Sum());
        Assert.True(grid[2] >= TextMeasure.Twips("Yellow", 10, bold: true) + 230, string.Join(" ", grid));
        // The room comes mostly from the wide Action column (87%), little from Ref (10%).
        Assert.True(12676 - grid[1] > 1457 - grid[0], string.Join(" ", grid));
    }

    [Fact]
    public void Check_warns_at_a_width_too_narrow_for_a_word_and_says_the_width_it_needs()
    {
        var diagnostics = Check("""
            format: 1
            plan: { title: Narrow }
            settings:
              action_columns:
                - { field: ref, heading: Ref, width: 10 }
                - { field: text, heading: Action, width: 60 }
                - { field: workstream, heading: Workstream, width: 5 }
                - { field: lead, heading: Lead, width: 25 }
            themes:
              - ref: "1"
                title: One
                actions:
                  - { ref: "1.1", text: Review, lead: Director, workstream: Commissioning }
            """);

        var warning = Assert.Single(diagnostics);
        Assert.Equal((Codes.ColumnTooNarrow, 7, 56), (warning.Code, warning.Position.Line, warning.Position.Column));
        var needs = (int)Math.Ceiling((TextMeasure.Twips("Commissioning", 10, false) + 230) * 100.0 / 14570);
        Assert.Equal(
            $"column \"Workstream\" at 5% is too narrow for \"Commissioning\" in the action plan's landscape tables: it needs {needs}%. " +
            $"Papers widen it, taking room from the widest columns; to print it as planned, give it `width: {needs}` or more and take that from a wider column",
            warning.Message);
    }

    [Fact]
    public void Check_says_nothing_of_widths_that_hold_their_words_or_of_automatic_widths()
    {
        Assert.Empty(Check("""
            format: 2
            plan: { title: Wide }
            settings:
              action_columns:
                - { field: ref, heading: Ref }
                - { field: text, heading: Action }
                - { field: workstream, heading: Workstream }
              recommendation_columns:
                - { field: ref, heading: Ref, width: 10 }
                - { field: text, heading: Recommendation, width: 90 }
            themes:
              - ref: "1"
                title: One
                recommendations:
                  - { ref: R1, text: Commissioning arrangements, actions: [{ ref: "1.1", text: Review, lead: Director, workstream: Commissioning }] }
            """));
    }

    /// <summary>What `check` reports for a plan file.</summary>
    private static List<Diagnostic> Check(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"boardpapers-widths-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        try
        {
            return [.. CheckReport.Run([path], strict: false).Diagnostics];
        }
        finally
        {
            File.Delete(path);
        }
    }
}
