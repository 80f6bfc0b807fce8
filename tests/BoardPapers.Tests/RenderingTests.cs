using System.Text;
using AngleSharp.Html.Parser;
using BoardPapers.Base;
using BoardPapers.Validate;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Snapshooter;
using Snapshooter.Xunit;

namespace BoardPapers.Tests;

public sealed class RenderingTests
{
    public static TheoryData<string, string> Cases => Rendering.CaseData();

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_html_page_reads_as_reviewed(string plan, string template)
    {
        var paper = Rendering.Paper(plan, template);

        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        Snapshot.Match(Rendering.Snapshot(Rendering.HtmlPage(paper)), SnapshotNameExtension.Create(plan, template, "html"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_word_document_reads_as_reviewed(string plan, string template)
    {
        Snapshot.Match(DocumentDump.Of(Rendering.Docx(plan, template)), SnapshotNameExtension.Create(plan, template, "docx"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_word_document_passes_the_Open_XML_validator(string plan, string template)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Rendering.Docx(plan, template)), isEditable: false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rendering_twice_gives_the_same_bytes(string plan, string template)
    {
        var first = Rendering.Paper(plan, template);
        var second = Rendering.Paper(plan, template);

        Assert.Equal(Rendering.HtmlPage(first), Rendering.HtmlPage(second));
        Assert.Equal(Rendering.Docx(plan, template), Rendering.Docx(plan, template));
    }

    [Theory]
    [InlineData("action-plan")]
    [InlineData("recommendation-tracking")]
    [InlineData("categorisation")]
    [InlineData("exception-report")]
    [InlineData("indicators")]
    public void A_theme_with_several_groups_of_recommendations_renders_every_group(string template)
    {
        // The action plan once named a variable after its own function: the second group failed to render.
        var plan = new PlanLoader().LoadText("""
            format: 2
            plan: { title: Groups }
            legends:
              - { key: rag, title: RAG, values: [{ key: red, label: Red }, { key: green, label: Green }] }
            themes:
              - ref: "1"
                title: One
                groups:
                  - title: Leadership
                    recommendations:
                      - { ref: R1, text: Lead well, statuses: { rag: red }, actions: [{ ref: "1.1", text: Appoint, lead: CX, statuses: { rag: red } }] }
                  - title: Management
                    recommendations:
                      - { ref: R2, text: Manage well, statuses: { rag: red }, actions: [{ ref: "2.1", text: Supervise, lead: DCS, statuses: { rag: red } }] }
                  - title: Practice
                    recommendations:
                      - { ref: R3, text: Practise well, statuses: { rag: red } }
            """, "groups.yaml").Plan!;

        var paper = Rendering.Paper(plan, template);

        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        if (template is "action-plan" or "recommendation-tracking" or "exception-report")
        {
            Assert.All(new[] { "Lead well", "Manage well", "Practise well" }, t => Assert.Contains(t, paper.BoardHtml, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Plan_text_is_printed_as_text_in_html_and_word_never_as_markup()
    {
        var plan = new PlanLoader().LoadText("""
            format: 1
            plan:
              title: "<script>alert(1)</script> & \"quotes\""
            themes:
              - ref: "1"
                title: C&YP <b>bold?</b>
                actions:
                  - ref: "1.1"
                    text: "Markdown with <script>alert(2)</script> and <em>raw html</em>"
                    lead: "O'Brien & <i>Co</i>"
                    progress: "*real emphasis* and <img src=x onerror=alert(3)>"
            """, "escaping.yaml").Plan!;

        var paper = Rendering.Paper(plan, "action-plan");
        var page = Rendering.HtmlPage(paper);
        var docx = Rendering.Docx(paper, plan);

        var dom = new HtmlParser().ParseDocument(page);
        Assert.Empty(dom.QuerySelectorAll("script, img, b, i"));
        Assert.Single(dom.QuerySelectorAll("em"), e => e.TextContent == "real emphasis");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;", page, StringComparison.Ordinal);
        Assert.Contains("C&amp;YP &lt;b&gt;bold?&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.Contains("O'Brien &amp; &lt;i&gt;Co&lt;/i&gt;", page, StringComparison.Ordinal);

        var words = DocumentDump.Of(docx);
        Assert.Contains("<script>alert(1)</script> & \"quotes\"", words, StringComparison.Ordinal);
        Assert.Contains("Markdown with <script>alert(2)</script> and <em>raw html</em>", words, StringComparison.Ordinal);
        Assert.Contains("O'Brien & <i>Co</i>", words, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(3)>", words, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_template_is_named_with_the_nearest_one()
    {
        var paper = Rendering.Paper(Rendering.LoadPlan("leeds-improvement-action-plan-2009"), "action-plna");

        var problem = Assert.Single(paper.Diagnostics);
        Assert.Equal(Codes.UnknownTemplate, problem.Code);
        Assert.Contains("did you mean `action-plan`?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_error_reports_the_template_file_line_and_column()
    {
        using var folder = new TemporaryFolder();
        folder.Write("broken.sbn-html", "<article>\n<p>{{ plan.title }}</p>\n<p>{{ for x in }}</p>\n</article>");
        folder.Write("typo.sbn-html", "<article>\n<p>{{ plna.title }}</p>\n</article>");

        var broken = Rendering.Paper(Rendering.LoadPlan("leeds-improvement-action-plan-2009"), "broken", null, folder.Path);
        var typo = Rendering.Paper(Rendering.LoadPlan("leeds-improvement-action-plan-2009"), "typo", null, folder.Path);

        Assert.All(broken.Diagnostics, d => Assert.Equal(Codes.TemplateSyntax, d.Code));
        Assert.Equal((3, 16), (broken.Diagnostics[0].Position.Line, broken.Diagnostics[0].Position.Column));
        Assert.EndsWith("broken.sbn-html", broken.Diagnostics[0].Position.File, StringComparison.Ordinal);
        var runtime = Assert.Single(typo.Diagnostics);
        Assert.Equal((Codes.TemplateRuntime, 2, 7), (runtime.Code, runtime.Position.Line, runtime.Position.Column));
        Assert.Contains("plna", runtime.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_function_called_wrongly_is_reported_at_the_call()
    {
        using var folder = new TemporaryFolder();
        folder.Write("arity.sbn-html", "<article>\n<p>{{ long_date plan.as_at }}</p>\n<table><tr>{{ td plan }}</tr></table>\n</article>");
        folder.Write("kind.sbn-html", "<article>\n<table><tr>{{ td \"row\" \"column\" }}</tr></table>\n</article>");

        var arity = Rendering.Paper(Rendering.LoadPlan("leeds-improvement-action-plan-2009"), "arity", null, folder.Path);
        var kind = Rendering.Paper(Rendering.LoadPlan("leeds-improvement-action-plan-2009"), "kind", null, folder.Path);

        var wrongCount = Assert.Single(arity.Diagnostics);
        Assert.Equal((Codes.TemplateRuntime, 3), (wrongCount.Code, wrongCount.Position.Line));
        Assert.Contains("Invalid number of arguments `1` passed to `td plan` while expecting `2` arguments", wrongCount.Message, StringComparison.Ordinal);
        var wrongKind = Assert.Single(kind.Diagnostics);
        Assert.Equal((2, 15), (wrongKind.Position.Line, wrongKind.Position.Column));
        Assert.Contains("td: argument 1 must be an object (a row or a column), not row", wrongKind.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_users_template_overrides_ours_by_name_and_can_include_ours()
    {
        using var folder = new TemporaryFolder();
        folder.Write("categorisation.sbn-html", "<article data-title=\"{{ plan.title }}\">{{ include \"_title\" }}<p>Our own layout</p></article>");

        var paper = Rendering.Paper(Rendering.LoadPlan("leeds-improvement-plan-categorisation-2011"), "categorisation", null, folder.Path);

        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        Assert.Contains("<p>Our own layout</p>", paper.BoardHtml, StringComparison.Ordinal);
        Assert.Contains("<h1>Summary of proposed categorisation", paper.BoardHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ include \"../plans/leeds-improvement-action-plan-2009.yaml\" }}")]
    [InlineData("{{ include \"/etc/passwd\" }}")]
    [InlineData("{{ include \"..%2Fsecret\" }}")]
    public void Includes_cannot_reach_outside_the_templates_folders(string include)
    {
        using var folder = new TemporaryFolder();
        folder.Write("sneaky.sbn-html", $"<article>{include}</article>");

        var paper = Rendering.Paper(Rendering.LoadPlan("leeds-improvement-action-plan-2009"), "sneaky", null, folder.Path);

        var problem = Assert.Single(paper.Diagnostics);
        Assert.Equal(Codes.TemplateRuntime, problem.Code);
        Assert.Contains("includes cannot reach other files", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ plan.GetType }}", "")]
    [InlineData("{{ date.now }}", "date")]
    [InlineData("{{ for i in 1..2000000 }}{{ end }}", "loop")]
    [InlineData("{{ func f(n); ret f(n + 1); end; f 1 }}", "recursi")]
    public void Nothing_of_dotnet_the_clock_or_unbounded_work_is_reachable(string body, string expectedInError)
    {
        using var folder = new TemporaryFolder();
        folder.Write("probe.sbn-html", $"<article><p>{body}</p></article>");

        var paper = Rendering.Paper(Rendering.LoadPlan("leeds-improvement-action-plan-2009"), "probe", null, folder.Path);

        if (expectedInError.Length == 0)
        {
            // A .NET member reads as nothing at all.
            Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
            Assert.Contains("<p></p>", paper.BoardHtml, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(paper.Diagnostics, d => d.Message.Contains(expectedInError, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Theory]
    [InlineData("<article><script>x()</script></article>", "<script> is not board HTML")]
    [InlineData("<article><p onclick=\"x()\">a</p></article>", "<p> may not carry the attribute `onclick`")]
    [InlineData("<article><img src=\"a.png\"></article>", "<img> needs alt text")]
    [InlineData("<article><h1>A</h1><h3>C</h3></article>", "<h3> follows <h1>: heading levels may not skip")]
    [InlineData("<p>no article</p>", "one <article> element")]
    public void Output_outside_board_html_is_an_error_naming_the_template_and_element(string output, string expected)
    {
        using var folder = new TemporaryFolder();
        folder.Write("odd.sbn-html", output);

        var paper = Rendering.Paper(Rendering.LoadPlan("leeds-improvement-action-plan-2009"), "odd", null, folder.Path);

        var problem = Assert.Single(paper.Diagnostics);
        Assert.Equal(Codes.NotBoardHtml, problem.Code);
        Assert.Contains("template `odd`", problem.Message, StringComparison.Ordinal);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_categorisation_summary_is_counted_from_the_data()
    {
        var page = Rendering.HtmlPage(Rendering.Paper("leeds-improvement-plan-categorisation-2011", "categorisation"));
        var dom = new HtmlParser().ParseDocument(page);

        var summary = dom.QuerySelector("table.summary")!;
        var rows = summary.QuerySelectorAll("tbody tr").Select(r => string.Join(" ", r.Children.Select(c => c.TextContent.Trim()))).ToList();

        Assert.Equal(["1 4 3 2", "2 10 4 6", "3 4 - 7", "4 - 6 -", "5 2 - -", "Total 20 13 15"], rows);
    }

    [Fact]
    public void A_large_plan_renders_whole_never_cut_short()
    {
        // 5,000 actions render to megabytes of HTML, beyond the 1 MB where Scriban used to cut output short.
        var yaml = new StringBuilder("format: 1\nplan:\n  title: Large\nthemes:\n");
        for (var t = 1; t <= 50; t++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"  - ref: T{t}\n    title: Theme {t}\n    actions:\n");
            for (var a = 1; a <= 100; a++)
            {
                yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"      - {{ ref: \"{t}.{a}\", text: Action {t}.{a} with enough words to fill a line of a table and then some more words to make a realistic row of an action plan, lead: Officer, progress: Progress text for {t}.{a} is written here at the length officers usually write it }}\n");
            }
        }

        var plan = new PlanLoader().LoadText(yaml.ToString(), "large.yaml").Plan!;
        var paper = Rendering.Paper(plan, "action-plan");

        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        Assert.True(paper.BoardHtml!.Length > 1024 * 1024);
        Assert.Equal(5000, paper.Article!.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("<td>50.100</td>", paper.BoardHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Merged_cells_wide_tables_bookmarks_and_page_references_reach_word_and_pdf()
    {
        using var folder = new TemporaryFolder();
        folder.Write("layout.sbn-html", """
            <article data-title="Layout">
            <h1>Layout</h1>
            <p>The annex starts on page <a class="page-ref" href="#annex">?</a>.</p>
            <table>
            <thead><tr><th scope="col" rowspan="2">Ref.</th><th scope="col" colspan="2">Status</th></tr>
            <tr><th scope="col">Delivery</th><th scope="col">Impact</th></tr></thead>
            <tbody><tr><td>1.1</td><td class="status" data-colour="#FF7C80">Red</td><td>Low</td></tr></tbody>
            </table>
            <div class="page-break"></div>
            <p>The second page.</p>
            <div class="page-break"></div>
            <h2 data-bookmark="annex">Annex</h2>
            <table><thead><tr><th>A</th><th>B</th><th>C</th><th>D</th><th>E</th><th>F</th><th>G</th><th>H</th></tr></thead>
            <tbody><tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td><td>8</td></tr></tbody></table>
            <p>After the wide table.</p>
            </article>
            """);
        var plan = Rendering.LoadPlan("leeds-improvement-action-plan-2009");
        var paper = Rendering.Paper(plan, "layout", null, folder.Path);
        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));

        var docx = Rendering.Docx(paper, plan);
        var dump = DocumentDump.Of(docx);

        Assert.Contains("The annex starts on page {PAGEREF annex \\h}.", dump, StringComparison.Ordinal);
        Assert.Contains("[Heading2] ⟦annex⟧Annex⟦/⟧", dump, StringComparison.Ordinal);
        // Portrait text width 9,638 twips shared by three columns (no widths given: by what they hold); "Ref."
        // spans two rows, "Status" two columns.
        var grid = dump.Split('\n').First(l => l.StartsWith("table [TableGrid] grid", StringComparison.Ordinal)).Split(' ')[3..]
            .Select(w => int.Parse(w, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(9638, grid.Sum());
        Assert.Contains($"cell (w {grid[0]}, merge start, fill D9D9D9)\n      [TableHeading] Ref.", dump, StringComparison.Ordinal);
        Assert.Contains($"cell (w {grid[0]}, merged)\n      [TableText] \n", dump, StringComparison.Ordinal);
        Assert.Contains($"cell (w {grid[1] + grid[2]}, span 2, fill D9D9D9)\n      [TableHeading] Status", dump, StringComparison.Ordinal);
        Assert.Contains($"cell (w {grid[1]}, fill FF7C80)\n      [TableText] **Red**", dump, StringComparison.Ordinal);

        // The eight-column table gets a landscape section of its own and takes its heading with it; the
        // text after it is portrait again. A page break starts the next paragraph on a new page (it is
        // never a paragraph of its own, which could spill onto a blank page); the one before the heading
        // is dropped: the section break starts the new page itself, so no blank page is left between.
        var lines = dump.Split('\n');
        var sections = lines.Where(l => l.StartsWith("=== end of section", StringComparison.Ordinal)).ToList();
        Assert.Equal(["portrait", "landscape", "portrait"], sections.Select(l => l.Split(' ')[4]));
        Assert.Single(lines, l => l == "[Normal] (new page) The second page.");
        Assert.DoesNotContain(lines, l => l.Contains("[page break]", StringComparison.Ordinal));
        var annex = Array.IndexOf(lines, "[Heading2] ⟦annex⟧Annex⟦/⟧");
        Assert.StartsWith("=== end of section: portrait", lines[annex - 1], StringComparison.Ordinal);
        Assert.StartsWith("table [TableGrid] grid 1835 1835 ", lines[annex + 1], StringComparison.Ordinal); // 14,570 twips by what the columns hold

        using var validation = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(validation));

        // LibreOffice computes the page reference: a page break and a section break put the annex on page 3.
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(ExternalTools.Pdf(docx, "layout"));
        Assert.Contains("The annex starts on page 3.", pdf.GetPage(1).Text, StringComparison.Ordinal);
        Assert.Contains("Annex", pdf.GetPage(3).Text, StringComparison.Ordinal);
        Assert.True(pdf.GetPage(3).Width > pdf.GetPage(3).Height, "the wide table's page is landscape");
        Assert.Contains("The second page.", pdf.GetPage(2).Text, StringComparison.Ordinal);
        Assert.Equal(4, pdf.NumberOfPages);
        Assert.Contains("After the wide table.", pdf.GetPage(4).Text, StringComparison.Ordinal);
        Assert.True(pdf.GetPage(4).Width < pdf.GetPage(4).Height, "the text after the table is portrait again");
    }

    [Fact]
    public void A_template_or_partial_edited_between_renders_renders_as_edited()
    {
        // Templates are parsed once per process; an officer editing one while the service runs sees the edit.
        using var folder = new TemporaryFolder();
        folder.Write("notice.sbn-html", "<article>\n<h1>{{ plan.title }}</h1>\n{{ include \"_note\" }}\n</article>");
        folder.Write("_note.sbn-html", "<p>First wording.</p>");
        var plan = Rendering.LoadPlan("leeds-improvement-action-plan-2009");

        var before = Rendering.Paper(plan, "notice", null, folder.Path);
        folder.Write("_note.sbn-html", "<p>Second wording, longer.</p>");
        folder.Write("notice.sbn-html", "<article>\n<h2>{{ plan.title }}</h2>\n{{ include \"_note\" }}\n</article>");
        var after = Rendering.Paper(plan, "notice", null, folder.Path);

        Assert.Contains("First wording.", before.BoardHtml, StringComparison.Ordinal);
        Assert.Contains("<h1>", before.BoardHtml, StringComparison.Ordinal);
        Assert.Contains("Second wording, longer.", after.BoardHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("First wording.", after.BoardHtml, StringComparison.Ordinal);
        Assert.Contains("<h2>", after.BoardHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_broken_after_a_good_render_is_reported_at_its_line()
    {
        using var folder = new TemporaryFolder();
        folder.Write("notice.sbn-html", "<article>\n<h1>{{ plan.title }}</h1>\n{{ include \"_note\" }}\n</article>");
        folder.Write("_note.sbn-html", "<p>Fine.</p>");
        var plan = Rendering.LoadPlan("leeds-improvement-action-plan-2009");

        Assert.True(Rendering.Paper(plan, "notice", null, folder.Path).Succeeded);
        folder.Write("_note.sbn-html", "<p>Still fine.</p>\n<p>{{ for x in }}</p>");
        var broken = Rendering.Paper(plan, "notice", null, folder.Path);

        Assert.False(broken.Succeeded);
        var problem = Assert.Single(broken.Diagnostics);
        Assert.EndsWith("_note.sbn-html", problem.Position.File, StringComparison.Ordinal);
        Assert.Equal((2, 16), (problem.Position.Line, problem.Position.Column));
        Assert.Equal(Codes.TemplateSyntax, problem.Code);
    }

    [Fact]
    public void Papers_rendered_at_once_on_several_threads_are_each_the_same_paper()
    {
        // The service renders requests side by side through the same parsed templates.
        var plan = Rendering.LoadPlan("leicester-jar-action-plan-2008");
        var alone = Rendering.Paper(plan, "action-plan").BoardHtml;

        var together = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(4)
            .Select(_ => Rendering.Paper(plan, "action-plan").BoardHtml).ToList();

        Assert.NotNull(alone);
        Assert.All(together, html => Assert.Equal(alone, html));
    }

    private sealed class TemporaryFolder : IDisposable
    {
        public TemporaryFolder() => Directory.CreateDirectory(Path);

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "boardpapers-templates-" + Guid.NewGuid().ToString("N"));

        public void Write(string name, string text) => File.WriteAllText(System.IO.Path.Combine(Path, name), text, Encoding.UTF8);

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
