using System.Text.Json;
using BoardPapers.Jobs;
using BoardPapers.Testing;
using BoardPapers.Updates;
using BoardPapers.Validate;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace BoardPapers.Tests.Updates;

/// <summary>
/// The workbooks `updates request` sends to leads, for every sample plan with leads: one per lead, valid Open
/// XML, the same bytes every time, and read by an independent reader (Debian's python3-openpyxl) as a lead's
/// spreadsheet would read them: the sheets, protection, drop-downs listing exactly the legend's labels,
/// hidden row keys and fingerprints, landscape print with the header row repeated.
/// </summary>
public sealed class UpdateWorkbookTests
{
    private static readonly string[] SamplePlans = [.. Directory.GetFiles(Path.Combine(RepoPaths.Root, "plans"), "*.yaml").Order(StringComparer.Ordinal)];

    public static TheoryData<string> Plans() => [.. SamplePlans.Select(p => Path.GetFileNameWithoutExtension(p))];

    private const string Reader = """
        import json, sys, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        rows = book["Updates"]
        lists = book["Lists"]
        out = {
            "sheets": book.sheetnames,
            "states": [book[n].sheet_state for n in book.sheetnames],
            "protected": rows.protection.sheet,
            "header": [c.value for c in rows[1]],
            "rows": rows.max_row - 1,
            "hidden": [k for k, d in rows.column_dimensions.items() if d.hidden],
            "validations": [(v.type, v.formula1, str(v.sqref)) for v in rows.data_validations.dataValidation],
            "lists": [[c.value for c in col if c.value is not None] for col in lists.iter_cols()],
            "orientation": rows.page_setup.orientation,
            "titles": str(rows.print_title_rows),
            "unlocked": sorted({c.column_letter for row in rows.iter_rows(min_row=2) for c in row if not c.protection.locked}),
            "keys": [row[-2].value for row in rows.iter_rows(min_row=2)],
            "title": book["How to fill this in"]["A1"].value,
            "lead": book["How to fill this in"]["B2"].value,
            "return_by": book["How to fill this in"]["B4"].value,
        }
        print(json.dumps(out))
        """;

    [Theory]
    [MemberData(nameof(Plans))]
    public void Every_lead_gets_a_workbook_an_independent_reader_reads_as_issued(string name)
    {
        var file = Path.Combine(RepoPaths.Root, "plans", name + ".yaml");
        var plan = new PlanLoader().LoadFile(file).Plan!;
        var leads = LeadRows.Of(plan);
        var result = RequestUpdatesJob.Run(Workspace.With([]), file, new DateOnly(2011, 1, 14));
        if (leads.Count == 0)
        {
            Assert.Contains("names no leads", result.Refusal, StringComparison.Ordinal);
            return;
        }

        Assert.True(result.Succeeded, result.Refusal);
        Assert.Equal(leads.Count, result.Files.Select(f => f.Path).Distinct().Count());
        Assert.Equal(result.Files.Select(f => f.Bytes), RequestUpdatesJob.Run(Workspace.With([]), file, new DateOnly(2011, 1, 14)).Files.Select(f => f.Bytes));
        for (var i = 0; i < leads.Count; i++)
        {
            var (lead, rows) = leads[i];
            var bytes = result.Files[i].Bytes;
            using (var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
            {
                Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
            }

            var read = JsonDocument.Parse(ExternalTools.Python(bytes, ".xlsx", Reader)).RootElement;
            Assert.Equal([LeadWorkbook.RowsSheet, LeadWorkbook.HelpSheet, LeadWorkbook.ListsSheet], read.GetProperty("sheets").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal("hidden", read.GetProperty("states")[2].GetString());
            Assert.True(read.GetProperty("protected").GetBoolean());
            Assert.Equal(rows.Count, read.GetProperty("rows").GetInt32());
            Assert.Equal("landscape", read.GetProperty("orientation").GetString());
            Assert.Equal("$1:$1", read.GetProperty("titles").GetString());
            Assert.Equal(rows.Select(r => $"{r.Kind.ToString().ToLowerInvariant()} {r.Key}"), read.GetProperty("keys").EnumerateArray().Select(e => e.GetString()));

            // Each status column offers exactly its legend's labels, in the legend's order.
            var columns = LeadWorkbook.Columns(plan, rows);
            var legends = plan.Legends.Where(l => columns.Any(c => c.Legend == l.Key)).ToList();
            var lists = read.GetProperty("lists").EnumerateArray().Select(c => c.EnumerateArray().Select(e => e.GetString()!).ToList()).ToList();
            Assert.Equal(legends.Select(l => l.Values.Select(v => v.Label).ToList()), lists);
            var listValidations = read.GetProperty("validations").EnumerateArray().Where(v => v[0].GetString() == "list").ToList();
            Assert.Equal(legends.Count, listValidations.Count);

            // Only the columns a lead writes in are open; the key and fingerprint columns are hidden.
            var editable = columns.Select((c, k) => (c, k)).Where(x => x.c.Editable).Select(x => LeadWorkbook.ColumnName(x.k)).ToHashSet();
            Assert.Subset(editable, read.GetProperty("unlocked").EnumerateArray().Select(e => e.GetString()!).ToHashSet());
            Assert.Equal(2, read.GetProperty("hidden").GetArrayLength());
            Assert.EndsWith($"update for {lead}", read.GetProperty("title").GetString(), StringComparison.Ordinal);
            Assert.Equal(lead, read.GetProperty("lead").GetString());
            Assert.Equal("14 January 2011", read.GetProperty("return_by").GetString());
            Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(name)}\.updates\.[a-z0-9-]+\.xlsx$", result.Files[i].Path);
        }
    }

    [Fact]
    public void A_lead_named_who_has_no_rows_is_told_which_leads_there_are()
    {
        var file = Path.Combine(RepoPaths.Root, "plans", "leicester-jar-action-plan-2008.yaml");

        var result = RequestUpdatesJob.Run(Workspace.With([]), file, null, ["Nobody Here"]);

        Assert.Empty(result.Files);
        Assert.StartsWith("no row of", result.Refusal, StringComparison.Ordinal);
        Assert.Contains("its leads are", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_inherits_its_actions_lead_and_an_action_its_recommendations()
    {
        var plan = new PlanLoader().LoadText("""
            format: 2
            plan: { title: Inheritance }
            legends:
              - key: rag
                title: RAG
                values:
                  - { key: red, label: Red }
                  - { key: green, label: Green, complete: true }
            themes:
              - ref: "1"
                title: A theme
                lead: Director
                recommendations:
                  - ref: R1
                    text: A recommendation
                    lead: Head of Service
                    actions:
                      - ref: "1.1"
                        text: Led by the recommendation's lead
                        statuses: { rag: red }
                        steps:
                          - text: A step
                          - text: Another, led by its own
                            lead: Team Manager
                actions:
                  - ref: "1.2"
                    text: Led by the theme's lead
            """, "inherit.yaml").Plan!;

        var leads = LeadRows.Of(plan).ToDictionary(l => l.Lead, l => l.Rows.Select(r => r.Key).ToList());

        Assert.Equal(["1.1", "1.1/1"], leads["Head of Service"]);
        Assert.Equal(["1.1/2"], leads["Team Manager"]);
        Assert.Equal(["1.2"], leads["Director"]);
    }
}
