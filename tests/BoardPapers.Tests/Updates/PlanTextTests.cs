using BoardPapers.Base;
using BoardPapers.Model;
using BoardPapers.Testing;
using BoardPapers.Updates;
using BoardPapers.Validate;
using YamlDotNet.RepresentationModel;

namespace BoardPapers.Tests.Updates;

/// <summary>
/// Answers written into a plan's YAML in place: over every row of every sample plan, one change each (a status,
/// a date, a timescale, progress over several lines, next steps, an indicator's result), the plan still loads,
/// holds the new value, and every line not holding the changed value is the same bytes. Then the styles a
/// plan may be written in: flow and block rows, empty values, blocks, CRLF, a byte-order mark, comments.
/// </summary>
public sealed class PlanTextTests
{
    private static readonly string[] SamplePlans = [.. Directory.GetFiles(Path.Combine(RepoPaths.Root, "plans"), "*.yaml").Order(StringComparer.Ordinal)];

    public static TheoryData<string> Plans() => [.. SamplePlans.Select(p => Path.GetFileNameWithoutExtension(p))];

    private const string Progress = "Audit of 40 cases done: see #3 — “quoted” and 'single'.\n- a line that looks like a list\n\nA new paragraph: the board meets in April.";

    [Theory]
    [MemberData(nameof(Plans))]
    public void One_change_to_any_row_changes_only_the_lines_of_that_value(string name)
    {
        var file = Path.Combine(RepoPaths.Root, "plans", name + ".yaml");
        var text = File.ReadAllText(file);
        var plan = Load(text);
        var rows = LeadRows.Of(plan).SelectMany(l => l.Rows).DistinctBy(ReturnedAnswers.KeyOf).ToList();
        var checkedRows = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var answer = OneChange(plan, row, i);
            var after = PlanUpdates.Write(text, [answer], out var missing);
            Assert.Empty(missing);
            var changed = Load(after);
            AssertHolds(changed, answer);
            AssertOnlyTheValueLinesChanged(text, after, answer);
            checkedRows++;
        }

        Assert.Equal(rows.Count, checkedRows);
    }

    [Fact]
    public void A_key_a_flow_row_lacks_goes_inside_its_braces()
    {
        var (before, after) = Change("""
            themes:
              - ref: "1"
                title: T
                actions:
                  - { ref: "1.1", text: Do it, lead: Jo }  # kept
            """, UpdateField.Progress, "Done, mostly");

        Assert.Contains("  - { ref: \"1.1\", text: Do it, lead: Jo, progress: \"Done, mostly\" }  # kept", after, StringComparison.Ordinal);
        Assert.Equal(before.Split('\n').Length, after.Split('\n').Length);
    }

    [Fact]
    public void A_key_a_block_row_lacks_goes_after_its_last_line_even_below_its_steps()
    {
        var (_, after) = Change("""
            format: 2
            plan: { title: Test }
            themes:
              - ref: "1"
                title: T
                actions:
                  - ref: "1.1"
                    text: Do it
                    lead: Jo
                    steps:
                      - text: First
                        progress: |
                          Several
                          lines
                    # a comment about the next action
                  - ref: "1.2"
                    text: Next
            """, UpdateField.Timescale, "By March");

        Assert.Contains("              lines\n        timescale: By March\n        # a comment about the next action\n", after, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_value_is_replaced_whole_and_a_single_line_may_replace_it()
    {
        var (_, after) = Change("""
            themes:
              - ref: "1"
                title: T
                actions:
                  - ref: "1.1"
                    text: Do it
                    lead: Jo
                    progress: >-
                      Folded
                      over lines

                    timescale: Soon
            """, UpdateField.Progress, "One line now");

        Assert.Contains("        progress: One line now\n\n        timescale: Soon", after, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_value_gets_its_answer_after_a_space()
    {
        var (_, after) = Change("""
            themes:
              - ref: "1"
                title: T
                actions:
                  - ref: "1.1"
                    text: Do it
                    lead: Jo
                    progress:
                    timescale: Soon
            """, UpdateField.Progress, "Started");

        Assert.Contains("        progress: Started\n        timescale: Soon", after, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yes", "\"yes\"")]
    [InlineData("2011", "\"2011\"")]
    [InlineData("Q3: late", "\"Q3: late\"")]
    [InlineData("- starts like a list", "\"- starts like a list\"")]
    [InlineData("He said \"soon\" # really", "\"He said \\\"soon\\\" # really\"")]
    [InlineData("2011-03-31", "\"2011-03-31\"")]
    [InlineData("Plain words, fine", "Plain words, fine")]
    public void A_value_that_plain_YAML_would_misread_is_quoted(string value, string written)
    {
        var (_, after) = Change("""
            themes:
              - ref: "1"
                title: T
                actions:
                  - ref: "1.1"
                    text: Do it
                    lead: Jo
                    timescale: Soon
            """, UpdateField.Timescale, value);

        Assert.EndsWith($"        timescale: {written}", after, StringComparison.Ordinal);
        Assert.Equal(value, Load(after).AllActions().Single().Timescale);
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_are_kept()
    {
        var text = "\uFEFFthemes:\r\n  - ref: \"1\"\r\n    title: T\r\n    actions:\r\n      - ref: \"1.1\"\r\n        text: Do it\r\n        lead: Jo\r\n";
        text = "\uFEFFformat: 2\r\nplan: { title: Test }\r\n" + text.TrimStart('\uFEFF');
        var plan = Load(text.TrimStart('\uFEFF'));
        var row = LeadRows.Of(plan).Single().Rows.Single();
        var after = PlanUpdates.Write(text.TrimStart('\uFEFF'), [new UpdateAnswer(row, UpdateField.Progress, "Two\nlines", default, "w.xlsx")], out _);

        Assert.EndsWith("        lead: Jo\r\n        progress: |\r\n          Two\r\n          lines\r\n", after, StringComparison.Ordinal);
        Assert.DoesNotContain("\r\r", after, StringComparison.Ordinal);
        Assert.Equal("Two\nlines", Load(after).AllActions().Single().Progress?.TrimEnd());
    }

    [Fact]
    public void A_status_goes_into_statuses_flow_or_block_or_a_new_statuses()
    {
        const string Legends = """
            legends:
              - key: rag
                title: RAG
                values: [{ key: red, label: Red }, { key: green, label: Green }]
              - key: impact
                title: Impact
                values: [{ key: low, label: Low }, { key: high, label: High }]
            """;
        var text = Whole(Legends) + """

            themes:
              - ref: "1"
                title: T
                actions:
                  - ref: "1.1"
                    text: Flow
                    lead: Jo
                    statuses: { rag: red }
                  - ref: "1.2"
                    text: Block
                    lead: Jo
                    statuses:
                      rag: red
                  - ref: "1.3"
                    text: None yet
                    lead: Jo
            """;
        var plan = Load(text);
        var rows = LeadRows.Of(plan).Single().Rows;
        var answers = rows.Select(r => new UpdateAnswer(r, UpdateField.Status, "high", default, "w.xlsx") { Legend = "impact" }).ToList();
        var after = PlanUpdates.Write(text, answers, out _);

        Assert.Contains("statuses: { rag: red, impact: high }", after, StringComparison.Ordinal);
        Assert.Contains("        statuses:\n          rag: red\n          impact: high\n", after, StringComparison.Ordinal);
        Assert.Contains("        lead: Jo\n        statuses: { impact: high }", after, StringComparison.Ordinal);
        Assert.All(Load(after).AllActions(), a => Assert.Contains(a.Statuses, s => s is { Legend: "impact", Value: "high" }));
    }

    [Fact]
    public void An_indicators_result_fills_its_period_or_adds_one()
    {
        var text = Whole("""
            themes:
              - ref: "1"
                title: T
                indicators:
                  - ref: NI 1
                    title: Block periods
                    owner: Jo
                    periods:
                      - { period: 2009/10, result: 50% }
                      # a comment under the last period
                      - { period: 2010/11, target: 60% }
                    data_quality: Fine
                  - { ref: NI 2, title: Flow periods, owner: Jo, periods: [{ period: 2009/10, result: 5 }] }
                  - ref: NI 3
                    title: No periods
                    owner: Jo
            """);
        var plan = Load(text);
        var rows = LeadRows.Of(plan).Single().Rows;
        var after = PlanUpdates.Write(text,
        [
            new UpdateAnswer(rows[0], UpdateField.Result, "58%", default, "w.xlsx") { Period = "2010/11" },
            new UpdateAnswer(rows[0], UpdateField.Result, "61%", default, "w.xlsx") { Period = "2010/11 Q3" },
            new UpdateAnswer(rows[1], UpdateField.Result, "7", default, "w.xlsx") { Period = "2010/11" },
            new UpdateAnswer(rows[2], UpdateField.Result, "1,204", default, "w.xlsx") { Period = "2010/11" },
        ], out _);

        Assert.Contains("          - { period: 2010/11, target: 60%, result: 58% }\n          - { period: 2010/11 Q3, result: 61% }\n        data_quality: Fine", after, StringComparison.Ordinal);
        Assert.Contains("periods: [{ period: 2009/10, result: 5 }, { period: 2010/11, result: \"7\" }] }", after, StringComparison.Ordinal);
        Assert.Contains("        owner: Jo\n        periods:\n          - { period: 2010/11, result: \"1,204\" }", after, StringComparison.Ordinal);
        var indicators = Load(after).AllIndicators().ToList();
        Assert.Equal(["58%", "61%"], indicators[0].Periods.Skip(1).Select(p => p.Result));
        Assert.Equal("7", indicators[1].Periods[^1].Result);
        Assert.Equal("1,204", indicators[2].Periods.Single().Result);
    }

    private static (string Before, string After) Change(string part, UpdateField field, string value)
    {
        var text = Whole(part);
        var row = LeadRows.Of(Load(text))[0].Rows[0];
        return (text, PlanUpdates.Write(text, [new UpdateAnswer(row, field, value, default, "w.xlsx")], out _));
    }

    /// <summary>A plan's text with the lines every plan starts with.</summary>
    private static string Whole(string text) => text.Contains("format:", StringComparison.Ordinal) ? text : "format: 2\nplan: { title: Test }\n" + text;

    private static Plan Load(string text)
    {
        var loaded = new PlanLoader().LoadText(text, "plan.yaml");
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        return loaded.Plan!;
    }

    /// <summary>A change to make to a row, the kind of change turning with <paramref name="i"/>: a value it does not hold now.</summary>
    private static UpdateAnswer OneChange(Plan plan, UpdateRow row, int i)
    {
        var at = new SourcePosition("w.xlsx:Updates!A1", 0, 0);
        if (row.Kind == UpdateRowKind.Indicator)
        {
            return i % 2 == 0 || row.Periods.Count == 0
                ? new UpdateAnswer(row, UpdateField.Result, "71.4%", at, "w.xlsx") { Period = "2031/32 Q1" }
                : new UpdateAnswer(row, UpdateField.Result, "64.5%", at, "w.xlsx") { Period = row.Periods[^1].Period };
        }

        switch (i % 5)
        {
            case 0 when row.Legends.Count > 0:
                var legend = plan.FindLegend(row.Legends[i % row.Legends.Count])!;
                var now = row.Statuses.FirstOrDefault(s => s.Legend == legend.Key)?.Value;
                return new UpdateAnswer(row, UpdateField.Status, legend.Values.First(v => v.Key != now).Key, at, "w.xlsx") { Legend = legend.Key };
            case 1:
                return new UpdateAnswer(row, UpdateField.Due, "2031-02-28", at, "w.xlsx");
            case 2:
                return new UpdateAnswer(row, UpdateField.Timescale, "Q3: by the end of 2031 # not a comment", at, "w.xlsx");
            case 3 when plan.Format >= 2 && row.Kind is UpdateRowKind.Action or UpdateRowKind.Step:
                return new UpdateAnswer(row, UpdateField.NextSteps, "Report to the board.\nThen close.", at, "w.xlsx");
            default:
                return new UpdateAnswer(row, UpdateField.Progress, Progress, at, "w.xlsx");
        }
    }

    private static void AssertHolds(Plan plan, UpdateAnswer answer)
    {
        var row = LeadRows.Of(plan).SelectMany(l => l.Rows).First(r => ReturnedAnswers.KeyOf(r) == ReturnedAnswers.KeyOf(answer.Row));
        switch (answer.Field)
        {
            case UpdateField.Status:
                Assert.Contains(row.Statuses, s => s.Legend == answer.Legend && s.Value == answer.Value);
                break;
            case UpdateField.Due:
                Assert.Equal(answer.Value, row.Due?.Iso);
                break;
            case UpdateField.Timescale:
                Assert.Equal(answer.Value, row.Timescale);
                break;
            case UpdateField.NextSteps:
                Assert.Equal(answer.Value, row.NextSteps?.TrimEnd());
                break;
            case UpdateField.Result:
                Assert.Equal(answer.Value, row.Periods.Single(p => p.Period == answer.Period).Result);
                break;
            default:
                Assert.Equal(answer.Value, row.Progress?.TrimEnd());
                break;
        }
    }

    /// <summary>
    /// The lines that differ between the two texts (after the common start and end) are, in the old text, only
    /// lines of the value the answer replaced (its key's line to its last line): none at all where a key or an
    /// item was added.
    /// </summary>
    private static void AssertOnlyTheValueLinesChanged(string before, string after, UpdateAnswer answer)
    {
        var old = before.Split('\n');
        var @new = after.Split('\n');
        var start = 0;
        while (start < old.Length && start < @new.Length && old[start] == @new[start])
        {
            start++;
        }

        var end = 0;
        while (end < old.Length - start && end < @new.Length - start && old[^(end + 1)] == @new[^(end + 1)])
        {
            end++;
        }

        var changed = Enumerable.Range(start + 1, old.Length - start - end).ToList();
        Assert.True(@new.Length - start - end > 0, "nothing changed");
        if (changed.Count == 0)
        {
            return;
        }

        var (first, last) = ValueLines(before, answer);
        Assert.True(changed.All(l => l >= first && l <= last), $"{ReturnedAnswers.KeyOf(answer.Row)} {answer.Field}: lines {string.Join(", ", changed)} changed, but the value is on lines {first}-{last}:\n{string.Join("\n", changed.Select(l => old[l - 1]))}");
    }

    /// <summary>The lines (from 1) of the value an answer replaces, found by an independent reading of the YAML.</summary>
    private static (int First, int Last) ValueLines(string text, UpdateAnswer answer)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var row = stream.Documents[0].RootNode.AllNodes.OfType<YamlMappingNode>().First(m => m.Start.Line == answer.Row.Position.Line && m.Start.Column == answer.Row.Position.Column);
        YamlNode? Get(YamlMappingNode m, string key) => m.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: var k } && k == key).Value;
        var node = answer.Field switch
        {
            UpdateField.Status => (Get(row, "statuses") as YamlMappingNode) is { } statuses ? Get(statuses, answer.Legend!) : null,
            UpdateField.Due => Get(row, "due"),
            UpdateField.Timescale => Get(row, "timescale"),
            UpdateField.NextSteps => Get(row, "next_steps"),
            UpdateField.Result => (Get(row, "periods") as YamlSequenceNode)?.Children.OfType<YamlMappingNode>().FirstOrDefault(p => (Get(p, "period") as YamlScalarNode)?.Value == answer.Period) is { } period ? Get(period, "result") ?? period : null,
            _ => Get(row, "progress"),
        };

        if (node is null)
        {
            // A key added inside braces changes the line of the braces; one added below a block row changes none.
            var container = answer.Field switch
            {
                UpdateField.Status => Get(row, "statuses") ?? row,
                UpdateField.Result => Get(row, "periods") ?? row,
                _ => row,
            };
            return container is YamlMappingNode { Style: YamlDotNet.Core.Events.MappingStyle.Flow } or YamlSequenceNode { Style: YamlDotNet.Core.Events.SequenceStyle.Flow }
                ? ((int)container.Start.Line, (int)container.End.Line)
                : (0, -1);
        }

        // A block scalar's end mark falls at the start of the line after its last.
        var blockEnd = node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded } && node.End.Column == 1;
        return ((int)node.Start.Line, (int)node.End.Line - (blockEnd ? 1 : 0));
    }
}
