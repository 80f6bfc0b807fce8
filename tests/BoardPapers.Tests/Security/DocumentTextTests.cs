using BoardPapers.Base;
using BoardPapers.Papers;
using BoardPapers.Validate;
using BoardPapers.Writers.Docx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace BoardPapers.Tests.Security;

/// <summary>
/// Text no document can carry (issue 13, item 5): check reports it at its position, and no writer ever
/// crashes on it (board HTML drops it before any writer reads it).
/// </summary>
public sealed class DocumentTextTests
{
    private const string Plan = """
        format: 1
        plan: { title: Plan, as_at: 2010-01-01 }
        themes:
          - ref: "1"
            title: Theme
            actions:
              - { ref: "1.1", text: TEXT, lead: CX }
        """;

    [Theory]
    [InlineData('\u0001')]
    [InlineData('\u0008')]
    [InlineData('\u000B')]
    [InlineData('\u000C')]
    [InlineData('\u001F')]
    [InlineData('\uFFFE')]
    [InlineData('\uFFFF')]
    public void Check_reports_a_character_no_document_can_carry_at_its_column(char bad)
    {
        var loaded = new PlanLoader().LoadText(Plan.Replace("TEXT", $"Appoint{bad} a director", StringComparison.Ordinal), "plan.yaml");

        var error = Assert.Single(loaded.Diagnostics, d => d.Code == Codes.NotDocumentText);
        Assert.Equal(7, error.Position.Line);
        Assert.Equal(36, error.Position.Column); // the value starts at column 29; "Appoint" is 7 characters
        Assert.Contains($"U+{(int)bad:X4}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Appoint\\x01 a director\"")]
    [InlineData("\"Appoint\\u0007 a director\"")]
    [InlineData("\"Appoint\\uFFFF a director\"")]
    [InlineData("\"Appoint\\e a director\"")]
    public void Check_reports_one_written_as_an_escape_at_its_value(string text)
    {
        var loaded = new PlanLoader().LoadText(Plan.Replace("TEXT", text, StringComparison.Ordinal), "plan.yaml");

        var error = Assert.Single(loaded.Diagnostics, d => d.Code == Codes.NotDocumentText);
        Assert.Equal(7, error.Position.Line);
        Assert.Equal(29, error.Position.Column); // where the quoted value starts
    }

    [Theory]
    [InlineData("\"\u0001Appoint a director\"", 9, 16)]
    [InlineData("'Appoint\u0001 a director'", 9, 23)]
    [InlineData("Appoint a\n          new\u0001 director", 9, 15)]
    [InlineData("|\n          Appoint a\n            new\u0001 director", 11, 16)]
    [InlineData(">\n          Appoint a\n          new\u0001 director", 9, 15)]
    public void One_anywhere_in_a_value_is_at_its_character_where_the_file_shows_it_else_at_the_value(string text, int line, int column)
    {
        var yaml = $"""
            format: 1
            plan: {"{"} title: Plan, as_at: 2010-01-01 {"}"}
            themes:
              - ref: "1"
                title: Theme
                actions:
                  - ref: "1.1"
                    lead: Director
                    text: {text}
            """;

        var error = Assert.Single(new PlanLoader().LoadText(yaml, "plan.yaml").Diagnostics, d => d.Code == Codes.NotDocumentText);

        Assert.Equal((line, column), (error.Position.Line, error.Position.Column));
    }

    [Fact]
    public void Tabs_line_breaks_and_characters_beyond_the_basic_plane_are_document_text()
    {
        Assert.Equal(-1, XmlText.FirstInvalid("Tab\there\r\nline · – é 😀 𝔸"));
        Assert.Equal(1, XmlText.FirstInvalid("a\uD800b"));
        Assert.Equal("ab", XmlText.Clean("a\uDC00b"));
    }

    [Fact]
    public void No_writer_crashes_on_such_text_it_is_dropped_from_every_output()
    {
        var (article, problems) = BoardHtml.Parse("<article data-title=\"T\u0001itle\"><h1>Head\u0002ing</h1><p>Body\u001b text \uFFFF<a href=\"https://example.org/\u0003\" title=\"x\u0004\">link</a></p></article>", "t.sbn-html");
        Assert.Empty(problems);

        var docx = DocxWriter.Write(article!, new DocxOptions { Author = "Council\u0005" });
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Equal("Heading", document.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().First().InnerText);
        Assert.Equal("Title", document.PackageProperties.Title);
        Assert.Equal("Council", document.PackageProperties.Creator);

        var html = BoardPapers.Writers.Html.HtmlPageWriter.Write(article!);
        Assert.Equal(-1, XmlText.FirstInvalid(html));
        Assert.Contains("Body text", html, StringComparison.Ordinal);
    }
}
