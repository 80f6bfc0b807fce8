using System.IO.Compression;
using System.Text;
using BoardPapers.Jobs;
using BoardPapers.Base;
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

    /// <summary>Every sample with the template that prints it as its council did (the first listed for it in tools/sample-renders.txt).</summary>
    public static TheoryData<string, string> Samples()
    {
        var samples = new TheoryData<string, string>();
        foreach (var pair in File.ReadAllLines(Path.Combine(RepoPaths.Root, "tools", "sample-renders.txt")).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(' ')).DistinctBy(p => p[0]))
        {
            samples.Add(pair[0], pair[1]);
        }

        return samples;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_sample_rendered_to_Word_comes_back_with_its_rows_in_their_fields(string name, string template)
    {
        var file = Path.Combine(RepoPaths.Root, "plans", name + ".yaml");
        var original = new PlanLoader().LoadFile(file).Plan!;
        var rendered = RenderPlanJob.Run(Workspace.With([Path.Combine(RepoPaths.Root, "templates")]), file, new RenderPlanRequest(template, [Writers.PaperFormat.Docx], name)).Result;
        Assert.True(rendered.Succeeded, string.Join("\n", rendered.Diagnostics) + rendered.Failure);
        var docx = Path.Combine(folder, name + ".docx");
        File.WriteAllBytes(docx, Assert.Single(rendered.Files).Bytes);

        var imported = ImportPlanJob.Run(Workspace.With([]), docx, name + ".yaml");

        Assert.True(imported.Result.Succeeded, string.Join("\n", imported.Result.Diagnostics) + imported.Result.Failure + imported.Result.Refusal);
        var plan = new PlanLoader().LoadText(Encoding.UTF8.GetString(Assert.Single(imported.Result.Files).Bytes), name + ".yaml").Plan!;
        var (found, total, misses) = Fidelity(original, plan, CellTexts(File.ReadAllBytes(docx)), DocumentText(File.ReadAllBytes(docx)));
        output.WriteLine($"{name}: {found} of {total} text fields back in their field, in order ({100.0 * found / total:0.0}%); {imported.Summary}");

        foreach (var miss in misses.Take(20))
        {
            output.WriteLine("  missed: " + miss);
        }

        Assert.True(total > 0, $"{name}: nothing to measure");
        Assert.True(found >= total * 0.98, $"{name}: only {found} of {total} text fields came back in their field ({100.0 * found / total:0.0}%)");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_samples_lead_workbooks_come_back_with_their_rows_in_their_fields(string name, string template)
    {
        _ = template;
        var file = Path.Combine(RepoPaths.Root, "plans", name + ".yaml");
        var original = new PlanLoader().LoadFile(file).Plan!;
        var asked = BoardPapers.Updates.LeadRows.Of(original);
        var workbooks = RequestUpdatesJob.Run(Workspace.With([]), file, new DateOnly(2026, 12, 31));
        Assert.Equal(asked.Count, workbooks.Files.Count);
        var (found, total) = (0, 0);
        foreach (var ((lead, rows), workbook) in asked.Zip(workbooks.Files))
        {
            var xlsx = Path.Combine(folder, workbook.Path);
            File.WriteAllBytes(xlsx, workbook.Bytes);
            var imported = ImportPlanJob.Run(Workspace.With([]), xlsx, "back.yaml");
            Assert.True(imported.Result.Succeeded, $"{workbook.Path}: {imported.Result.Failure}{imported.Result.Refusal}\n{string.Join("\n", imported.Result.Diagnostics)}");
            var plan = new PlanLoader().LoadText(Encoding.UTF8.GetString(imported.Result.Files[0].Bytes), "back.yaml").Plan!;
            var back = plan.Themes.SelectMany(t => t.AllActions().Select(a => (Theme: t.Title, Action: a))).ToList();
            var next = 0;
            foreach (var row in rows)
            {
                var at = back.FindIndex(next, b => Words(b.Action.Text) == Words(row.Text));
                next = at < 0 ? next : at + 1;
                var now = at < 0 ? null : back[at].Action;
                foreach (var (was, came) in new (string?, string?)[] { (row.PrintedRef, now?.Ref), (row.Text, now?.Text), (row.Theme, at < 0 ? null : back[at].Theme), (row.Progress, now?.Progress), (row.NextSteps, now?.Fields["next_steps"]) }.Where(p => Words(p.Item1).Length > 0))
                {
                    total++;
                    if (Words(came) == Words(was) || Words(came).EndsWith(Words(was), StringComparison.Ordinal))
                    {
                        found++;
                    }
                    else
                    {
                        output.WriteLine($"  {lead}: '{Words(was)}' came back as '{Words(came)}'");
                    }
                }
            }
        }

        output.WriteLine($"{name}: {found} of {total} text fields of {asked.Count} lead workbooks back in their field, in order");
        Assert.True(total == 0 || found >= total * 0.98, $"{name}: only {found} of {total} came back ({100.0 * found / total:0.0}%)");
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

        var plan = Imported(xlsx);
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
    public void A_plan_LibreOffice_wrote_from_HTML_with_rowspans_colspans_and_bgcolors_is_mapped()
    {
        const string Html = """
            <html><body>
            <h1>Corporate Parenting Improvement Plan</h1>
            <p>Agreed by the Corporate Parenting Board, March 2019.</p>
            <h2>Priority 1: Placement stability</h2>
            <table border="1">
            <thead><tr><th>Ref</th><th>Recommendation</th><th>Action</th><th>Responsible Officer</th><th>Deadline</th><th>RAG</th></tr></thead>
            <tbody>
            <tr><td rowspan="2">1.1</td><td rowspan="2">Reduce placement moves</td><td>Recruit 20 foster carers</td><td>Head of Fostering</td><td>31/03/2020</td><td bgcolor="#00B050">Green</td></tr>
            <tr><td>Open a second residential home</td><td>Head of Residential</td><td>September 2020</td><td bgcolor="#FFC000">Amber</td></tr>
            <tr><td>1.2</td><td>Match children to carers <b>well</b></td><td>Introduce a matching panel</td><td>Placements Manager</td><td>June 2019</td><td bgcolor="#FF0000">Red</td></tr>
            </tbody></table>
            <h2>Priority 2: Health</h2>
            <table border="1">
            <tr><th>No.</th><th>Area for Improvement</th><th>By Who</th><th>Target Date</th><th>Status</th></tr>
            <tr><td colspan="5">Physical health</td></tr>
            <tr><td>2.1</td><td>Health assessments on time</td><td>Designated Nurse</td><td>December 2019</td><td bgcolor="#FF0000"></td></tr>
            <tr><td colspan="5">Emotional health</td></tr>
            <tr><td>2.2</td><td>Strengths and difficulties questionnaires used</td><td>CAMHS Lead</td><td>Quarterly</td><td bgcolor="#00B050"></td></tr>
            </table>
            </body></html>
            """;
        var docx = Path.Combine(folder, "parenting.docx");
        File.WriteAllBytes(docx, ExternalTools.LibreOfficeHtmlToDocx(Html));

        var plan = Imported(docx);
        Assert.Equal("Corporate Parenting Improvement Plan", plan.Title);
        Assert.Equal([("1", "Placement stability"), ("2", "Health")], plan.Themes.Select(t => (t.Ref, t.Title)));
        Assert.Equal("Priority", plan.Settings.ThemeLabel);

        // Rows merged down one recommendation are one action with a step per row, each with its own lead, date and rating.
        var first = plan.Themes[0].AllActions().ToList();
        Assert.Equal(["1.1", "1.2"], first.Select(a => a.Ref));
        Assert.Equal("Reduce placement moves", first[0].Text);
        Assert.Equal("Match children to carers **well**", first[1].Text);
        Assert.Equal(["Recruit 20 foster carers", "Open a second residential home"], first[0].Steps.Select(s => s.Text));
        Assert.Equal(["Head of Fostering", "Head of Residential"], first[0].Steps.Select(s => s.Leads.Single()));
        Assert.Equal(["2020-03-31", "2020-09"], first[0].Steps.Select(s => s.Due?.Iso));
        Assert.Equal(["green", "amber"], first[0].Steps.Select(s => s.Statuses.Single().Value));

        // Rows spanning the table are groups; shaded empty cells are ratings named by their colour.
        var second = plan.Themes[1];
        Assert.Equal(["Physical health", "Emotional health"], second.Groups.Select(g => g.Title));
        Assert.Equal(["2.1", "2.2"], second.AllActions().Select(a => a.Ref));
        Assert.Equal(["Designated Nurse", "CAMHS Lead"], second.AllActions().Select(a => a.Leads.Single()));
        Assert.Equal(["red", "green"], second.AllActions().Select(a => a.Statuses.Single().Value));
        Assert.Equal(3, plan.Legends.Sum(l => l.Values.Count));
    }

    [Fact]
    public void A_document_of_ten_thousand_tables_and_a_sheet_of_fifty_thousand_rows_are_refused_in_words()
    {
        var tables = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (var i = 0; i < 10_000; i++)
        {
            tables.Append("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Action</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
        }

        var rows = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (var r = 1; r <= 50_001; r++)
        {
            rows.Append(System.Globalization.CultureInfo.InvariantCulture, $"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        }

        (string Name, byte[] Bytes, string Why)[] files =
        [
            ("tables.docx", Package(("word/document.xml", tables + "</w:body></w:document>")), "more than 2,000 tables"),
            ("rows.xlsx", Workbook(rows + "</sheetData></worksheet>"), "more than 50,000 rows"),
        ];
        AllRefused(files);
    }

    /// <summary>Each file imported is refused, or fails, saying why in the words given, with nothing written.</summary>
    private void AllRefused((string Name, byte[] Bytes, string Why)[] files)
    {
        foreach (var (name, bytes, why) in files)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllBytes(path, bytes);

            var imported = ImportPlanJob.Run(Workspace.With([]), path, "plan.yaml");

            Assert.Empty(imported.Result.Files);
            Assert.Contains(why, imported.Result.Refusal ?? imported.Result.Failure, StringComparison.Ordinal);
        }
    }

    /// <summary>The plan a file imports as, its YAML written to the test's output; the import must succeed.</summary>
    private Plan Imported(string file)
    {
        var imported = ImportPlanJob.Run(Workspace.With([]), file, "imported.yaml");
        Assert.True(imported.Result.Succeeded, string.Join("\n", imported.Result.Diagnostics) + imported.Result.Failure + imported.Result.Refusal);
        var yaml = Encoding.UTF8.GetString(imported.Result.Files[0].Bytes);
        output.WriteLine(yaml);
        return new PlanLoader().LoadText(yaml, "imported.yaml").Plan!;
    }

    /// <summary>A minimal Open XML package: the parts given, with the content types and relationships that make it a Word document or workbook.</summary>
    private static byte[] Package(params (string Path, string Xml)[] parts)
    {
        var word = parts.Any(p => p.Path.StartsWith("word/", StringComparison.Ordinal));
        var main = word ? "word/document.xml" : "xl/workbook.xml";
        var type = word ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string path, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path).Open());
                writer.Write(xml);
            }

            Add("[Content_Types].xml", $"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/{main}\" ContentType=\"{type}\"/>{(word ? "" : "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")}</Types>");
            Add("_rels/.rels", $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"{main}\"/></Relationships>");
            foreach (var (path, xml) in parts)
            {
                Add(path, xml);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] Workbook(string sheet) => Package(
        ("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Plan\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
        ("xl/worksheets/sheet1.xml", sheet));

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
        AllRefused(files);
    }

    /// <summary>
    /// How many of the original's text fields the paper printed come back in the same field at the same place in
    /// order (whitespace aside), out of how many there were: each action's text, leads, timescale (its due date
    /// when it has no timescale) and progress, its steps' likewise, its ref when the paper printed it in a cell of
    /// its own, and each recommendation's text and progress. A row is found again by its text, searching on from
    /// the last row found, so a row lost or out of order loses its fields. A step's value printed once in a cell
    /// merged down beside all its action's steps comes back on the action, as the paper shows it. The importer
    /// has no recommendations: one comes back as the title of a theme or group, or as an action.
    /// </summary>
    private static (int Found, int Total, List<string> Misses) Fidelity(Plan original, Plan imported, HashSet<string> cells, string printed)
    {
        var after = imported.AllActions().ToList();
        var (found, total, misses) = (0, 0, new List<string>());
        void Compare(string?[] was, string?[] now, string?[] inherited)
        {
            for (var i = 0; i < was.Length; i++)
            {
                // Only what the paper printed can come back: a ref as a cell of its own, anything else somewhere in its text.
                if (Words(was[i]).Length == 0 || (i == 0 ? !cells.Contains(Words(was[i])) : !printed.Contains(Plain(was[i]), StringComparison.Ordinal)))
                {
                    continue;
                }

                total++;
                var back = Words(now[i]).Length > 0 ? now[i] : inherited[i];
                if (Words(back).Contains(Words(was[i]), StringComparison.Ordinal))
                {
                    found++;
                }
                else
                {
                    misses.Add($"'{Words(was[i])}' came back as '{Words(back)}'");
                }
            }
        }

        int FindOnFrom(IReadOnlyList<string> texts, int next, string text)
        {
            for (var j = next; j < texts.Count; j++)
            {
                if (Words(texts[j]).Contains(Words(text), StringComparison.Ordinal))
                {
                    return j;
                }
            }

            return -1;
        }

        // Recommendations: as theme or group titles, or as actions, in the order the imported plan has them.
        var headings = imported.Themes.SelectMany(t => new[] { t.Title }.Concat(t.Groups.Select(g => g.Title ?? "")).Concat(t.AllActions().Select(a => a.Text))).ToList();
        var next = 0;
        foreach (var recommendation in original.AllRecommendations())
        {
            var at = FindOnFrom(headings, next, recommendation.Text);
            next = at < 0 ? next : at + 1;
            var back = at < 0 ? null : after.FirstOrDefault(a => a.Text == headings[at]);
            Compare([null, recommendation.Text, recommendation.Progress], [null, at < 0 ? null : headings[at], back?.Progress], new string?[3]);
        }

        var texts = after.Select(a => a.Text).ToList();
        next = 0;
        foreach (var action in original.AllActions())
        {
            var at = FindOnFrom(texts, next, action.Text);
            next = at < 0 ? next : at + 1;
            var back = at < 0 ? null : after[at];
            var reference = cells.Contains(Words(action.Ref)) ? action.Ref : action.PrintedRef;
            var backFields = back is null ? new string?[5] : Fields(back.Ref, back.Text, back.Leads, action.Timescale is null ? null : back.Timescale, back.Due, back.Progress);
            Compare(Fields(reference, action.Text, action.Leads, action.Timescale, action.Due, action.Progress), backFields, new string?[5]);
            for (var s = 0; s < action.Steps.Count; s++)
            {
                var (step, stepBack) = (action.Steps[s], back is not null && s < back.Steps.Count ? back.Steps[s] : null);
                Compare(Fields(step.Ref, step.Text, step.Leads, step.Timescale, step.Due, step.Progress), stepBack is null ? new string?[5] : Fields(stepBack.Ref, stepBack.Text, stepBack.Leads, step.Timescale is null ? null : stepBack.Timescale, stepBack.Due, stepBack.Progress), backFields);
            }
        }

        // Indicators: the importer has none; each comes back as an action, its title the text and its owner the lead.
        next = 0;
        foreach (var indicator in original.AllIndicators())
        {
            var at = FindOnFrom(texts, next, indicator.Title);
            next = at < 0 ? next : at + 1;
            var back = at < 0 ? null : after[at];
            Compare([indicator.Ref, indicator.Title, indicator.Owner], [back?.Ref, back?.Text, back is null ? null : string.Join(", ", back.Leads)], new string?[3]);
        }

        return (found, total, misses);
    }

    /// <summary>Markdown's words as a paper prints them: without emphasis marks or list dashes.</summary>
    private static string Plain(string? markdown) =>
        Words(System.Text.RegularExpressions.Regex.Replace((markdown ?? "").Replace("**", "", StringComparison.Ordinal), @"(?m)^\s*([-*]|\d+\.)\s+", ""));

    /// <summary>A row's ref, text, leads, when (its timescale, else its due date: pass no timescale to compare the dates) and progress.</summary>
    private static string?[] Fields(string? reference, string text, IReadOnlyList<string> leads, string? timescale, PlanDate? due, string? progress) =>
        [reference, text, string.Join(", ", leads), timescale ?? due?.Iso, progress];

    /// <summary>The words of a Word document's paragraphs, Markdown's emphasis as the paper shows it (none).</summary>
    private static string DocumentText(byte[] docx)
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        return Words(string.Join(" ", document.MainDocumentPart!.Document!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText)));
    }

    /// <summary>Every table cell's words in a Word document.</summary>
    private static HashSet<string> CellTexts(byte[] docx)
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. document.MainDocumentPart!.Document!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => Words(string.Join(" ", c.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText))))];
    }

    private static string Words(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

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
