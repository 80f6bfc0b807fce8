using BoardPapers.Base;
using BoardPapers.Load;
using BoardPapers.Validate;
using BoardPapers.Writers.Docx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace BoardPapers.Tests.Security;

/// <summary>
/// A plan whose one action's progress is text a test chooses, written as a literal block (|) so each
/// Markdown line has a known line and column in the file: line 11 + k, column 11 + c.
/// </summary>
internal static class HostilePlan
{
    public const int FirstLine = 11;

    public const int Indent = 10;

    public static string With(string progress)
    {
        var lines = progress.ReplaceLineEndings("\n").Split('\n').Select(l => l.Length == 0 ? "" : new string(' ', Indent) + l);
        return Yaml("Hostile plan", "|-\n" + string.Join('\n', lines));
    }

    /// <summary>The plan with its title and the action's progress written as given (YAML scalars, quoted or block).</summary>
    public static string Yaml(string title, string progress) => $$"""
        format: 1
        plan: { title: {{title}}, as_at: 2010-01-01 }
        themes:
          - ref: "1"
            title: Theme
            actions:
              - ref: "1.1"
                text: Appoint a director
                lead: CX
                progress: {{progress}}

        """;

    public static LoadResult Check(string progress, LoadLimits? limits = null) => new PlanLoader(limits).LoadText(With(progress), "plan.yaml");

    /// <summary>What check passed, rendered as render does: the HTML page and a Word file the validator accepts.</summary>
    public static (string Html, byte[] Docx) Render(LoadResult loaded, string template = "action-plan")
    {
        var paper = Rendering.Paper(loaded.Plan!, template);
        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        var docx = DocxWriter.Write(paper.Article!, new DocxOptions { Date = new DateOnly(2010, 1, 1), Author = "Council" });
        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }

        return (Rendering.HtmlPage(paper), docx);
    }

    /// <summary>Every XML part of a Word file, relationships included, as one text to search.</summary>
    public static string AllParts(byte[] docx) => Testing.WordParts.All(docx);

    /// <summary>Every diagnostic is inside the plan text: a line it has and a column on that line (or one past its end).</summary>
    public static void AssertPositioned(string text, IEnumerable<Diagnostic> diagnostics)
    {
        var lines = text.Split('\n');
        foreach (var d in diagnostics)
        {
            Assert.InRange(d.Position.Line, 1, lines.Length);
            Assert.InRange(d.Position.Column, 1, lines[d.Position.Line - 1].Length + 1);
        }
    }
}
