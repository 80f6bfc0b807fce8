using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BoardPapers.Validate;
using DocumentFormat.OpenXml.Packaging;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace BoardPapers.Tests.Charts;

/// <summary>
/// Issue 34, counts that add up, as a property over plans nobody tuned: for every legend and level of row,
/// the rows the generator wrote (rated and not) are what the summary table totals, each table row and column
/// adds up, the Word chart's cached figures are the table's, and a one-line summary's figures add up too.
/// </summary>
public sealed partial class SummaryPropertyTests
{
    private static readonly string[] Legends = ["rag", "impact"];
    private static readonly Dictionary<string, string[]> Values = new()
    {
        ["rag"] = ["red", "amber", "green", "blue"],
        ["impact"] = ["low", "some", "high"],
    };

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 24)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Chart_totals_equal_table_totals_equal_rows_rated_and_not_rated(int seed)
    {
        var (yaml, expected) = Generate(seed);
        var loaded = new PlanLoader().LoadText(yaml, "generated.yaml");
        Assert.True(loaded.Plan is not null, string.Join("\n", loaded.Diagnostics));
        var paper = Rendering.Paper(loaded.Plan, "dashboard");
        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        var article = paper.Article!;

        var seen = new Dictionary<(string Unit, string Legend), int>();
        var tableTotals = new List<int[]>();
        foreach (var figure in article.QuerySelectorAll("figure.chart"))
        {
            var caption = figure.QuerySelector("figcaption")!.TextContent;
            var match = CaptionPattern().Match(caption);
            Assert.True(match.Success, caption);
            var rows = figure.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => int.Parse(c.TextContent, CultureInfo.InvariantCulture)).ToArray()).ToList();
            var themeRows = rows.Count > 1 ? rows[..^1] : rows;
            foreach (var row in themeRows)
            {
                Assert.Equal(row[^1], row[..^1].Sum());
            }

            var totals = rows[^1];
            for (var c = 0; c < totals.Length; c++)
            {
                Assert.Equal(totals[c], themeRows.Sum(r => r[c]));
            }

            seen[(match.Groups[1].Value.ToLowerInvariant(), Capital(match.Groups[2].Value))] = totals[^1];
            tableTotals.Add(totals[..^1]);
        }

        foreach (var line in article.QuerySelectorAll("p.summary-line").Select(p => p.TextContent))
        {
            var match = LinePattern().Match(line);
            Assert.True(match.Success, line);
            var (rated, all, notRated) = (Number(match, 2), Number(match, 3), Number(match, 7));
            Assert.Equal(all, rated + notRated);
            Assert.True(notRated * 2 > all, line);
            var figures = match.Groups[6].Value;
            Assert.Equal(rated, figures.Length == 0 ? 0 : figures.Split(", ").Sum(f => int.Parse(f.Split(' ')[0], CultureInfo.InvariantCulture)));
            seen[(match.Groups[4].Value, match.Groups[1].Value)] = all;
        }

        // Every legend and level the generator rated is summarised, with every row of that level counted once.
        Assert.Equal(
            expected.Where(e => e.Value.Rated > 0).ToDictionary(e => e.Key, e => e.Value.Rows).OrderBy(e => e.Key).ToList(),
            [.. seen.OrderBy(e => e.Key)]);

        // The Word charts cache the very figures the tables print, series by series.
        var docx = Rendering.Docx(paper, loaded.Plan);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var charts = document.MainDocumentPart!.ChartParts
            .Select(p => p.ChartSpace!.Descendants<C.BarChartSeries>().Select(s => s.GetFirstChild<C.Values>()!.Descendants<C.NumericPoint>().Sum(n => int.Parse(n.NumericValue!.Text, CultureInfo.InvariantCulture))).ToArray())
            .OrderBy(t => string.Join(",", t), StringComparer.Ordinal).ToList();
        Assert.Equal(tableTotals.OrderBy(t => string.Join(",", t), StringComparer.Ordinal).Select(t => string.Join(",", t)), charts.Select(t => string.Join(",", t)));
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    /// <summary>A plan of random shape and ratings from the seed, and what each (unit, legend title) should count: its rows, and how many are rated.</summary>
    private static (string Yaml, Dictionary<(string Unit, string Legend), (int Rows, int Rated)> Expected) Generate(int seed)
    {
        var random = new Random(seed);
        var titles = new Dictionary<string, string> { ["rag"] = "Delivery", ["impact"] = "Impact" };
        var expected = new Dictionary<(string, string), (int Rows, int Rated)>();
        void Count(string unit, string legend, bool rated)
        {
            var key = (unit, titles[legend]);
            var (rows, r) = expected.GetValueOrDefault(key);
            expected[key] = (rows + 1, r + (rated ? 1 : 0));
        }

        string? Pick(double chance, string legend) => random.NextDouble() < chance ? Values[legend][random.Next(Values[legend].Length)] : null;
        static string Statuses(IEnumerable<(string Legend, string? Value)> statuses)
        {
            var set = statuses.Where(s => s.Value is not null).Select(s => $"{s.Legend}: {s.Value}").ToList();
            return set.Count == 0 ? "" : $", statuses: {{ {string.Join(", ", set)} }}";
        }

        var yaml = new StringBuilder("""
            format: 2
            plan: { title: Generated }
            settings: { theme_label: Area }
            legends:
              - { key: rag, title: Delivery, values: [{ key: red, label: Red }, { key: amber, label: Amber }, { key: green, label: Green }, { key: blue, label: Complete, complete: true }] }
              - { key: impact, title: Impact, values: [{ key: low, label: Low }, { key: some, label: Some }, { key: high, label: High }] }
            themes:

            """);
        var chances = Legends.ToDictionary(l => l, _ => random.NextDouble());
        var stepChances = Legends.ToDictionary(l => l, _ => random.NextDouble() < 0.5 ? 0 : random.NextDouble());
        var recChances = Legends.ToDictionary(l => l, _ => random.NextDouble() < 0.6 ? 0 : random.NextDouble());
        var n = 0;
        for (var t = 1; t <= random.Next(1, 5); t++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - ref: T{t}\n    title: Theme {t}\n");
            var recs = random.Next(0, 3);
            if (recs > 0)
            {
                yaml.Append("    recommendations:\n");
                for (var r = 0; r < recs; r++)
                {
                    var statuses = Legends.Select(l => (l, Pick(recChances[l], l))).ToList();
                    statuses.ForEach(s => Count("recommendations", s.l, s.Item2 is not null));
                    yaml.Append(CultureInfo.InvariantCulture, $"      - {{ ref: R{++n}, text: A recommendation{Statuses(statuses)} }}\n");
                }
            }

            var actions = random.Next(recs > 0 ? 0 : 1, 6);
            if (actions > 0)
            {
                yaml.Append("    actions:\n");
            }

            for (var a = 0; a < actions; a++)
            {
                var own = Legends.Select(l => (l, Pick(chances[l], l))).ToList();
                var steps = random.Next(0, 4) == 0 ? 0 : random.Next(0, 4);
                var stepStatuses = Enumerable.Range(0, steps).Select(_ => Legends.Select(l => (l, Pick(stepChances[l], l))).ToList()).ToList();
                foreach (var l in Legends)
                {
                    var ownRated = own.Single(s => s.l == l).Item2 is not null;
                    var throughSteps = !ownRated && stepStatuses.Any(s => s.Single(x => x.l == l).Item2 is not null);
                    if (!throughSteps)
                    {
                        Count("actions", l, ownRated);
                    }

                    if (steps > 0)
                    {
                        stepStatuses.ForEach(s => Count("steps", l, s.Single(x => x.l == l).Item2 is not null));
                    }
                }

                yaml.Append(CultureInfo.InvariantCulture, $"      - ref: A{++n}\n        text: An action\n        lead: Officer\n");
                var ownText = Statuses(own);
                if (ownText.Length > 0)
                {
                    yaml.Append(CultureInfo.InvariantCulture, $"        {ownText[2..]}\n");
                }

                if (steps > 0)
                {
                    yaml.Append("        steps:\n");
                    foreach (var s in stepStatuses)
                    {
                        yaml.Append(CultureInfo.InvariantCulture, $"          - {{ text: A step, lead: Officer{Statuses(s)} }}\n");
                    }
                }
            }
        }

        return (yaml.ToString(), expected);
    }

    [GeneratedRegex(@"^(\w+) by area and (\w+)$")]
    private static partial Regex CaptionPattern();

    [GeneratedRegex(@"^(\w+): (\d+) of (\d+) (\w+) rated( \((.*)\))?; (\d+) not yet rated\.$")]
    private static partial Regex LinePattern();
}
