using System.IO.Compression;
using System.Text;
using BoardPapers.Jobs;
using BoardPapers.Model;
using BoardPapers.Testing;
using BoardPapers.Validate;
using Xunit.Abstractions;

namespace BoardPapers.Tests.Import;

/// <summary>
/// `import` from Word: every sample plan rendered to Word by its action table and imported back (the share of
/// its actions' texts, leads, timescales and progress found again in the right field, in order, measured and
/// held to a floor); a council's table written by another writer (pandoc) mapped by its headings; and files
/// that are not plans, or are hostile, refused in words with nothing written.
/// </summary>
public sealed class ImportTests(ITestOutputHelper output) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("boardpapers-import-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string> PlansWithActions() =>
        [.. Directory.GetFiles(Path.Combine(RepoPaths.Root, "plans"), "*.yaml").Order(StringComparer.Ordinal)
            .Where(p => new PlanLoader().LoadFile(p).Plan!.AllActions().Any())
            .Select(p => Path.GetFileNameWithoutExtension(p))];

    [Theory]
    [MemberData(nameof(PlansWithActions))]
    public void A_sample_rendered_to_Word_comes_back_with_its_actions_in_their_fields(string name)
    {
        var file = Path.Combine(RepoPaths.Root, "plans", name + ".yaml");
        var original = new PlanLoader().LoadFile(file).Plan!;
        var rendered = RenderPlanJob.Run(Workspace.With([Path.Combine(RepoPaths.Root, "templates")]), file, new RenderPlanRequest("action-plan", [Writers.PaperFormat.Docx], name)).Result;
        Assert.True(rendered.Succeeded, string.Join("\n", rendered.Diagnostics) + rendered.Failure);
        var docx = Path.Combine(folder, name + ".docx");
        File.WriteAllBytes(docx, Assert.Single(rendered.Files).Bytes);

        var imported = ImportPlanJob.Run(Workspace.With([]), docx, name + ".yaml");

        Assert.True(imported.Result.Succeeded, string.Join("\n", imported.Result.Diagnostics) + imported.Result.Failure + imported.Result.Refusal);
        var plan = new PlanLoader().LoadText(Encoding.UTF8.GetString(Assert.Single(imported.Result.Files).Bytes), name + ".yaml").Plan!;
        var (found, total) = Fidelity(original, plan);
        output.WriteLine($"{name}: {found} of {total} text fields back in their field, in order ({100.0 * found / total:0.0}%); {imported.Summary}");

        // Where a column is headed as the action, the plan comes back nearly whole. A table whose actions sit in a
        // column headed otherwise (the notice's "Improvement Notice target") is read by guesses, said so, and checked.
        if (imported.Guesses.Any(g => g.Contains("read as the action", StringComparison.Ordinal)))
        {
            Assert.Contains(imported.Guesses, g => g.Contains("read as the action: it has the longest text", StringComparison.Ordinal));
            Assert.Equal(original.Themes.Count > 0, plan.AllActions().Any());
        }
        else
        {
            Assert.True(found >= total * 0.97, $"{name}: only {found} of {total} text fields came back in their field ({100.0 * found / total:0.0}%)");
        }
    }

    [Fact]
    public void A_councils_table_written_by_pandoc_is_mapped_by_its_headings()
    {
        const string Markdown = """
            # Ofsted Improvement Plan

            The plan responds to the inspection of May 2016.

            ## Priority 2: Early help and thresholds

            | No. | Area for Improvement | By Who | Target Date | RAG | Progress to date |
            |---|---|---|---|---|---|
            | 2.1 | Agree a single threshold document with partners | Head of Early Help | 31/03/2017 | Amber | Draft agreed by the board in January. |
            | 2.2 | Train all referrers in the thresholds | Safeguarding Board Manager | June 2017 | Red | Not started: trainer post vacant. |
            | 2.3 | Audit 50 referrals a quarter | Principal Social Worker | Quarterly | Green | First audit done. |
            """;
        var docx = Path.Combine(folder, "ofsted.docx");
        File.WriteAllBytes(docx, Pandoc(Markdown));

        var imported = ImportPlanJob.Run(Workspace.With([]), docx, "ofsted.yaml");

        Assert.True(imported.Result.Succeeded, string.Join("\n", imported.Result.Diagnostics) + imported.Result.Failure);
        var yaml = Encoding.UTF8.GetString(imported.Result.Files[0].Bytes);
        output.WriteLine(yaml);
        var plan = new PlanLoader().LoadText(yaml, "ofsted.yaml").Plan!;
        Assert.Equal("Ofsted Improvement Plan", plan.Title);
        var theme = Assert.Single(plan.Themes);
        Assert.Equal(("2", "Early help and thresholds", "Priority"), (theme.Ref, theme.Title, plan.Settings.ThemeLabel));
        Assert.Equal(["2.1", "2.2", "2.3"], theme.AllActions().Select(a => a.Ref));
        var first = theme.AllActions().First();
        Assert.Equal(("Agree a single threshold document with partners", "Head of Early Help", "31/03/2017", "2017-03-31"), (first.Text, first.Leads.Single(), first.Timescale, first.Due?.Iso));
        Assert.Equal("2017-06", theme.AllActions().ElementAt(1).Due?.Iso);
        Assert.Null(theme.AllActions().ElementAt(2).Due);
        Assert.Equal("Draft agreed by the board in January.", first.Progress?.Trim());
        var legend = Assert.Single(plan.Legends);
        Assert.Equal(["Amber", "Red", "Green"], legend.Values.Select(v => v.Label));
        Assert.Equal(["amber", "red", "green"], theme.AllActions().Select(a => a.Statuses.Single().Value));
        Assert.Equal(["ref", "text", "lead", "timescale", $"status:{legend.Key}", "progress"], plan.Settings.ActionColumns.Select(c => c.Field));
        Assert.Contains("# 'By Who' read as lead", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tracker_written_by_openpyxl_with_a_sheet_per_key_area_merged_cells_and_fills_is_mapped()
    {
        const string Writer = """
            import datetime, io, base64, sys, openpyxl
            from openpyxl.styles import PatternFill
            red, green = PatternFill("solid", fgColor="FFFF0000"), PatternFill("solid", fgColor="FF00B050")
            book = openpyxl.Workbook()
            first = book.active
            first.title = "Key Area 1 - Leadership"
            second = book.create_sheet("Key Area 2 - Commissioning")
            for sheet in (first, second):
                sheet["A1"] = "SEND improvement tracker"
                sheet.merge_cells("A1:F1")
                sheet.append([])
                sheet.append(["Ref", "Action", "Responsible Officer", "Deadline", "Status", "Update"])
                sheet.column_dimensions["B"].width = 40
            first.append(["1.1", "Appoint a SEND lead", "Director", datetime.datetime(2017, 3, 31), None, "Interviews held."])
            first["E4"].fill = red
            first.append(["1.2", "Publish the local offer", "Head of SEND", "June 2017", "Green", "Draft online."])
            first["E5"].fill = green
            second.append(["2.1", "Commission a parent carer forum", "Commissioning Manager", "Sept 2017", None, "Tender out."])
            second.append([None, None, None, None, None, "Bids due in May."])
            second.merge_cells("A4:A5")
            second.merge_cells("B4:B5")
            second["E4"].fill = green
            out = io.BytesIO()
            book.save(out)
            print(base64.b64encode(out.getvalue()).decode())
            """;
        var xlsx = Path.Combine(folder, "tracker.xlsx");
        File.WriteAllBytes(xlsx, Convert.FromBase64String(ExternalTools.Python([], ".none", Writer).Trim()));

        var imported = ImportPlanJob.Run(Workspace.With([]), xlsx, "tracker.yaml");

        Assert.True(imported.Result.Succeeded, string.Join("\n", imported.Result.Diagnostics) + imported.Result.Failure + imported.Result.Refusal);
        var yaml = Encoding.UTF8.GetString(imported.Result.Files[0].Bytes);
        output.WriteLine(yaml);
        var plan = new PlanLoader().LoadText(yaml, "tracker.yaml").Plan!;
        Assert.Equal("SEND improvement tracker", plan.Title);
        Assert.Equal([("1", "Leadership"), ("2", "Commissioning")], plan.Themes.Select(t => (t.Ref, t.Title)));
        Assert.Equal("Key Area", plan.Settings.ThemeLabel);
        var actions = plan.AllActions().ToList();
        Assert.Equal(["1.1", "1.2", "2.1"], actions.Select(a => a.Ref));
        Assert.Equal(["Director", "Head of SEND", "Commissioning Manager"], actions.Select(a => a.Leads.Single()));
        Assert.Equal(("31 March 2017", "2017-03-31"), (actions[0].Timescale, actions[0].Due?.Iso));
        var legend = Assert.Single(plan.Legends);
        Assert.Equal(["red", "green", "green"], actions.Select(a => a.Statuses.Concat(a.Steps.SelectMany(s => s.Statuses)).Single().Value));
        Assert.Equal("#FF0000", legend.Values.Single(v => v.Key == "red").Colour);
        Assert.Equal(["Tender out.", "Bids due in May."], actions[2].Steps.Select(s => s.Progress?.Trim()));
        Assert.Equal("2017-09", actions[2].Due?.Iso);
    }

    [Fact]
    public void Files_that_are_not_plans_or_are_hostile_are_refused_in_words()
    {
        var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 300; i++)
            {
                entry.Write(zeros);
            }
        }

        (string Name, byte[] Bytes, string Why)[] files =
        [
            ("notes.docx", "plain text"u8.ToArray(), "not a Word document that can be read"),
            ("bomb.docx", bomb.ToArray(), "zip bomb"),
            ("no-tables.docx", Pandoc("# A title\n\nJust words.\n"), "has no tables"),
            ("old.doc", [0xD0, 0xCF, 0x11, 0xE0], "soffice --headless --convert-to docx"),
            ("macros.docm", [1, 2, 3], "macro-enabled"),
            ("macros.xlsm", [1, 2, 3], "macro-enabled"),
            ("notes.xlsx", "plain text"u8.ToArray(), "not an Excel workbook that can be read"),
        ];
        foreach (var (name, bytes, why) in files)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllBytes(path, bytes);

            var imported = ImportPlanJob.Run(Workspace.With([]), path, "plan.yaml");

            Assert.Empty(imported.Result.Files);
            Assert.Contains(why, imported.Result.Refusal ?? imported.Result.Failure, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// How many of the original's action texts, leads, timescales and progress come back in the same field of the
    /// imported action at the same place in order (whitespace aside), out of how many there were.
    /// </summary>
    private static (int Found, int Total) Fidelity(Plan original, Plan imported)
    {
        static string Words(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var before = original.AllActions().ToList();
        var after = imported.AllActions().ToList();
        var (found, total) = (0, 0);
        for (var i = 0; i < before.Count; i++)
        {
            var back = i < after.Count ? after[i] : null;
            foreach (var (was, now) in new (string?, string?)[]
            {
                (before[i].Text, back?.Text),
                (string.Join(", ", before[i].Leads), back is null ? null : string.Join(", ", back.Leads)),
                (before[i].Timescale, back?.Timescale),
                (before[i].Progress, back?.Progress),
            }.Where(p => Words(p.Item1).Length > 0))
            {
                total++;
                found += Words(now).Contains(Words(was), StringComparison.Ordinal) ? 1 : 0;
            }
        }

        return (found, total);
    }

    private static byte[] Pandoc(string markdown)
    {
        var input = Encoding.UTF8.GetBytes(markdown);
        var path = Path.Combine(Path.GetTempPath(), $"boardpapers-import-{Guid.NewGuid():N}.docx");
        try
        {
            ExternalTools.RunPandoc(input, ["-f", "markdown", "-t", "docx", "-o", path]);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
