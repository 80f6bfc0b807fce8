using System.IO.Compression;
using System.Text;
using System.Text.Json;
using BoardPapers.Base;
using BoardPapers.Diff;
using BoardPapers.Jobs;
using BoardPapers.Testing;
using BoardPapers.Updates;
using BoardPapers.Validate;

namespace BoardPapers.Tests.Updates;

/// <summary>
/// The officer's quarter end to end: for every sample plan with leads, a lead's workbook filled in by an
/// independent writer (python3-openpyxl: a new status from the drop-down's labels, a revised date, progress over
/// several lines, next steps, an indicator's new result), saved again by LibreOffice Calc as a lead's office suite
/// might, and applied: only those values change, every comment stays, and applying it again changes nothing.
/// Then what a returned workbook can get wrong, each reported at its cell with nothing written.
/// </summary>
public sealed class ApplyUpdatesTests : IDisposable
{
    private static readonly string[] SamplePlans = [.. Directory.GetFiles(Path.Combine(RepoPaths.Root, "plans"), "*.yaml").Order(StringComparer.Ordinal)];

    private readonly string folder = Directory.CreateTempSubdirectory("boardpapers-apply-").FullName;

    public static TheoryData<string> PlansWithLeads() =>
        [.. SamplePlans.Where(p => LeadRows.Of(new PlanLoader().LoadFile(p).Plan!).Count > 0).Select(p => Path.GetFileNameWithoutExtension(p))];

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>Fills the workbook as a lead would, in the open cells only; prints what it wrote and the saved workbook.</summary>
    private const string Filler = """
        import base64, datetime, io, json, sys, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        sheet = book["Updates"]
        head = {c.value: c.column_letter for c in sheet[1]}
        legends = [h for h in head if h.startswith("New ") and h != "New result"]
        lists = [[c.value for c in col if c.value is not None] for col in book["Lists"].iter_cols()]
        def key(r): return sheet[head["Row"] + str(r)].value
        def open_(r, h): return h in head and not sheet[head[h] + str(r)].protection.locked
        edits, used = [], set()
        def first(h):
            rows = [r for r in range(2, sheet.max_row + 1) if open_(r, h)]
            fresh = [r for r in rows if r not in used]
            r = (fresh or rows or [None])[0]
            used.add(r)
            return r
        for i, h in enumerate(legends[:1]):
            r = first(h)
            if r:
                now = [l.split(": ", 1)[1] for l in (sheet[head["Status now"] + str(r)].value or "").split("\n") if l.startswith(h[4:] + ": ")]
                label = [l for l in lists[i] if l not in now][0]
                sheet[head[h] + str(r)] = label
                edits.append([key(r), "status", label])
        r = first("Revised due date")
        if r:
            sheet[head["Revised due date"] + str(r)] = datetime.datetime(2031, 3, 31)
            edits.append([key(r), "due", "2031-03-31"])
        r = first("Progress this quarter")
        if r:
            sheet[head["Progress this quarter"] + str(r)] = "Line one of progress.\nLine two: with a colon # and a hash.\n\nA second paragraph."
            edits.append([key(r), "progress", ""])
        r = first("Next steps")
        if r:
            sheet[head["Next steps"] + str(r)] = "Report to the board in April."
            edits.append([key(r), "next_steps", ""])
        r = first("New result")
        if r:
            sheet[head["Result period"] + str(r)] = "2031/32 Q1"
            sheet[head["New result"] + str(r)] = "71.4%"
            edits.append([key(r), "result", "71.4%"])
        out = io.BytesIO()
        book.save(out)
        print(json.dumps({"edits": edits, "xlsx": base64.b64encode(out.getvalue()).decode()}))
        """;

    [Theory]
    [MemberData(nameof(PlansWithLeads))]
    public void Replies_filled_in_and_saved_by_LibreOffice_change_only_what_the_leads_wrote(string name)
    {
        var plan = Copy(name);
        var before = File.ReadAllText(plan);
        var filled = RequestUpdatesJob.Run(Workspace.With([]), plan, null).Files.Select(f => (f.Path, Filled: Fill(f.Bytes))).ToList();

        // The first lead's office suite is LibreOffice: their workbook comes back as Calc saves it.
        var returned = filled.Select((f, i) => new ReturnedFile(f.Path, i == 0 ? ExternalTools.LibreOfficeResave(f.Filled.Workbook) : f.Filled.Workbook)).ToList();
        var edits = filled.SelectMany(f => f.Filled.Edits).Distinct().ToList();
        Assert.True(edits.Count >= 3, $"only {edits.Count} cells could be filled");

        var applied = ApplyUpdatesJob.Run(Workspace.With([]), plan, returned);

        Assert.True(applied.Result.Succeeded, string.Join("\n", applied.Result.Diagnostics) + applied.Result.Failure + applied.Result.Refusal);
        var after = Encoding.UTF8.GetString(Assert.Single(applied.Result.Files).Bytes);
        var changes = applied.Workbooks.SelectMany(w => w.Changes.Changes).ToList();
        Assert.Equal(edits.Count, applied.Workbooks.Sum(w => w.Values));
        Assert.Equal(edits.Count, changes.Count);
        Assert.DoesNotContain(changes, c => c.Kind is ChangeKind.Added or ChangeKind.Removed or ChangeKind.Moved or ChangeKind.Renumbered);
        Assert.Equal(edits.Count(e => e.Field == "status"), changes.Count(c => c.Kind == ChangeKind.Status));
        Assert.Equal(edits.Count(e => e.Field == "due"), changes.Count(c => c.Kind == ChangeKind.Due));
        Assert.Equal(edits.Count(e => e.Field == "result"), changes.Count(c => c.Kind == ChangeKind.Result));
        Assert.Equal(Comments(before), Comments(after));
        Assert.False(new PlanLoader().LoadText(after, name).HasErrors);

        // Applied again to the plan as written, the same workbooks change nothing.
        File.WriteAllText(plan, after);
        var again = ApplyUpdatesJob.Run(Workspace.With([]), plan, returned);
        Assert.True(again.Result.Succeeded, string.Join("\n", again.Result.Diagnostics));
        Assert.Empty(again.Result.Files);
        Assert.All(again.Workbooks, w => Assert.Equal(0, w.Values));
    }

    [Fact]
    public void Every_bad_cell_is_reported_at_its_cell_and_nothing_is_written()
    {
        var plan = Copy("northmoor-send-improvement-plan-2017");
        var (workbook, at) = Issued(plan);
        var status = at("New Delivery", 2);
        var (date, text, gone, key) = (at("Revised due date", 3), at("Progress this quarter", 4), at("Progress this quarter", 5), at(LeadWorkbook.KeyHeading, 5));
        var bad = Python(workbook, $"""
            sheet["{status}"] = "Greenish"
            sheet["{date}"] = "31/02/2017"
            sheet["{text}"] = "Done_x0007_ with a bell"
            sheet["{key}"] = "action 99.99"
            sheet["{gone}"] = "Progress on a row that has gone"
            """);

        var applied = ApplyUpdatesJob.Run(Workspace.With([]), plan, [new ReturnedFile("lead.xlsx", bad)]);

        Assert.Empty(applied.Result.Files);
        Assert.Equal(
            [($"lead.xlsx:Updates!{status}", Codes.UpdateNotALabel), ($"lead.xlsx:Updates!{date}", Codes.UpdateNotADate), ($"lead.xlsx:Updates!{text}", Codes.UpdateNotText), ($"lead.xlsx:Updates!{gone}", Codes.UpdateRowGone)],
            applied.Result.Diagnostics.Select(d => (d.Position.ToString(), d.Code)).OrderBy(d => d.Item1[^1]));
        Assert.Contains("choose one of: Red, Amber, Green, Blue", applied.Result.Diagnostics.Single(d => d.Code == Codes.UpdateNotALabel).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_changed_in_the_plan_since_issue_and_by_the_lead_is_a_conflict_named_unless_theirs()
    {
        var plan = Copy("northmoor-send-improvement-plan-2017");
        var (workbook, at) = Issued(plan);
        var reply = Python(workbook, $"""sheet["{at("Progress this quarter", 3)}"] = "The lead's progress." """);
        var key = Row(workbook, 3);
        var row = LeadRows.Of(new PlanLoader().LoadFile(plan).Plan!).SelectMany(l => l.Rows).First(r => ReturnedAnswers.KeyOf(r) == key);

        // The officer changes that row's progress after the workbook went out.
        var text = File.ReadAllText(plan);
        File.WriteAllText(plan, text.Replace(row.Progress!.Trim(), "The officer's own correction.", StringComparison.Ordinal));

        var refused = ApplyUpdatesJob.Run(Workspace.With([]), plan, [new ReturnedFile("lead.xlsx", reply)]);
        var conflict = Assert.Single(refused.Result.Diagnostics);
        Assert.Equal(Codes.UpdateConflict, conflict.Code);
        Assert.StartsWith($"{ReturnedAnswers.Name(row)} conflicts", conflict.Message, StringComparison.Ordinal);
        Assert.Empty(refused.Result.Files);

        var taken = ApplyUpdatesJob.Run(Workspace.With([]), plan, [new ReturnedFile("lead.xlsx", reply)], theirs: true);
        Assert.Contains("The lead's progress.", Encoding.UTF8.GetString(Assert.Single(taken.Result.Files).Bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_workbooks_answering_one_value_differently_are_refused_and_the_same_answer_twice_is_one()
    {
        var plan = Copy("northmoor-send-improvement-plan-2017");
        var (workbook, at) = Issued(plan);
        var cell = at("Progress this quarter", 2);
        var one = Python(workbook, $"""sheet["{cell}"] = "One answer." """);
        var other = Python(workbook, $"""sheet["{cell}"] = "Another answer." """);

        var refused = ApplyUpdatesJob.Run(Workspace.With([]), plan, [new ReturnedFile("a.xlsx", one), new ReturnedFile("b.xlsx", other)]);
        var twice = Assert.Single(refused.Result.Diagnostics);
        Assert.Equal((Codes.UpdateTwice, $"b.xlsx:Updates!{cell}"), (twice.Code, twice.Position.ToString()));
        Assert.Contains($"a.xlsx:Updates!{cell}", twice.Message, StringComparison.Ordinal);

        var same = ApplyUpdatesJob.Run(Workspace.With([]), plan, [new ReturnedFile("a.xlsx", one), new ReturnedFile("b.xlsx", one)]);
        Assert.True(same.Result.Succeeded);
        Assert.Equal([1, 0], same.Workbooks.Select(w => w.Values));
    }

    [Fact]
    public void A_file_that_is_no_update_workbook_is_refused_in_words()
    {
        var plan = Copy("northmoor-send-improvement-plan-2017");
        var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 200; i++)
            {
                entry.Write(zeros);
            }
        }

        var docx = new MemoryStream();
        using (var zip = new ZipArchive(docx, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("word/document.xml");
        }

        var (workbook, at) = Issued(plan);
        ReturnedFile[] files =
        [
            new("bomb.xlsx", bomb.ToArray()),
            new("text.xlsx", "not a workbook at all"u8.ToArray()),
            new("report.xlsx", docx.ToArray()),
            new("other.xlsx", Python(workbook, $"""sheet["{at(LeadWorkbook.KeyHeading, 1)}"] = "Key" """)),
        ];
        var applied = ApplyUpdatesJob.Run(Workspace.With([]), plan, files);

        Assert.Empty(applied.Result.Files);
        Assert.Equal(["bomb.xlsx", "other.xlsx", "report.xlsx", "text.xlsx"], applied.Result.Diagnostics.Select(d => d.Position.ToString()));
        Assert.All(applied.Result.Diagnostics, d => Assert.Equal(Codes.WorkbookUnreadable, d.Code));
        Assert.Contains("zip bomb", applied.Result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("hidden `Row` column", applied.Result.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_in_a_date_cell_is_a_month_where_the_plan_allows_months()
    {
        var plan = Copy("northmoor-send-improvement-plan-2017");
        var (workbook, at) = Issued(plan);
        var reply = Python(workbook, $"""
            sheet["{at("Revised due date", 2)}"] = "March 2018"
            sheet["{at("Revised due date", 3)}"] = datetime.datetime(2018, 4, 1)
            sheet["{at("Revised due date", 3)}"].number_format = "mmm-yy"
            sheet["{at("Revised due date", 4)}"] = "30th June 2018"
            """);

        var applied = ApplyUpdatesJob.Run(Workspace.With([]), plan, [new ReturnedFile("lead.xlsx", reply)]);

        Assert.True(applied.Result.Succeeded, string.Join("\n", applied.Result.Diagnostics));
        var text = Encoding.UTF8.GetString(Assert.Single(applied.Result.Files).Bytes);
        var rows = LeadRows.Of(new PlanLoader().LoadText(text, "plan.yaml").Plan!).SelectMany(l => l.Rows).GroupBy(ReturnedAnswers.KeyOf).ToDictionary(g => g.Key, g => g.First().Due?.Iso, StringComparer.Ordinal);
        Assert.Equal(["2018-03", "2018-04", "2018-06-30"], new[] { 2, 3, 4 }.Select(r => rows[Row(workbook, r)]));
    }

    private string Copy(string name)
    {
        var plan = Path.Combine(folder, name + ".yaml");
        File.Copy(Path.Combine(RepoPaths.Root, "plans", name + ".yaml"), plan);
        return plan;
    }

    /// <summary>The workbook of the lead with the most rows, and where a column's cell is on a row of it ("K12").</summary>
    private static (byte[] Workbook, Func<string, int, string> At) Issued(string plan)
    {
        var loaded = new PlanLoader().LoadFile(plan).Plan!;
        var (lead, rows) = LeadRows.Of(loaded).MaxBy(l => l.Rows.Count);
        var result = RequestUpdatesJob.Run(Workspace.With([]), plan, null, [lead]);
        var headings = LeadWorkbook.Columns(loaded, rows).Select(c => c.Heading).ToList();
        return (Assert.Single(result.Files).Bytes, (heading, row) => $"{LeadWorkbook.ColumnName(headings.IndexOf(heading))}{row}");
    }

    private static (List<(string Key, string Field)> Edits, byte[] Workbook) Fill(byte[] workbook)
    {
        var read = JsonDocument.Parse(ExternalTools.Python(workbook, ".xlsx", Filler)).RootElement;
        var edits = read.GetProperty("edits").EnumerateArray().Select(e => (e[0].GetString()!, e[1].GetString()!)).ToList();
        return (edits, Convert.FromBase64String(read.GetProperty("xlsx").GetString()!));
    }

    /// <summary>The workbook after a few lines of openpyxl on its Updates sheet (<c>sheet</c>).</summary>
    private static byte[] Python(byte[] workbook, string lines)
    {
        var script = "import base64, datetime, io, sys, openpyxl\nbook = openpyxl.load_workbook(sys.argv[1])\nsheet = book[\"Updates\"]\n"
            + lines.Trim() + "\nout = io.BytesIO()\nbook.save(out)\nprint(base64.b64encode(out.getvalue()).decode())\n";
        return Convert.FromBase64String(ExternalTools.Python(workbook, ".xlsx", script).Trim());
    }

    /// <summary>The plan row a workbook's sheet row answers, from its hidden Row column.</summary>
    private static string Row(byte[] workbook, int row) =>
        ExternalTools.Python(workbook, ".xlsx", $"import sys, openpyxl\nsheet = openpyxl.load_workbook(sys.argv[1])[\"Updates\"]\nhead = {{c.value: c.column_letter for c in sheet[1]}}\nprint(sheet[head[\"Row\"] + \"{row}\"].value)").Trim();

    private static List<string> Comments(string text) => [.. text.Split('\n').Where(l => l.TrimStart().StartsWith('#'))];
}
