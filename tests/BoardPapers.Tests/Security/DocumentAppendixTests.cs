using System.IO.Compression;
using BoardPapers.Base;
using BoardPapers.Validate;

namespace BoardPapers.Tests.Security;

/// <summary>
/// Issue 13, item 12: a document appendix is checked to be what its extension says, from its start, end
/// and zip directory only (never unpacked): a Word file holds word/document.xml; a PDF starts %PDF- and ends %%EOF.
/// </summary>
public sealed class DocumentAppendixTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("boardpapers-documents-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string, string> NotDocuments() => new()
    {
        { "annex.docx", "text" },
        { "annex.docx", "zip-without-document" },
        { "annex.DOCX", "empty" },
        { "annex.pdf", "text" },
        { "annex.pdf", "truncated-pdf" },
        { "annex.pdf", "zip-without-document" },
        { "annex.odt", "word" },
        { "annex.html", "text" },
    };

    [Theory]
    [MemberData(nameof(NotDocuments))]
    public void A_file_that_is_not_what_its_extension_says_is_an_error_at_its_path(string name, string content)
    {
        Write(name, content);

        var error = Assert.Single(Load(name).Diagnostics);

        Assert.Equal(Codes.DocumentType, error.Code);
        Assert.Equal(("report.md", 5, 31), (error.Position.File, error.Position.Line, error.Position.Column));
    }

    [Theory]
    [InlineData("annex.docx", "word")]
    [InlineData("annex.pdf", "pdf")]
    public void A_real_Word_file_or_PDF_passes(string name, string content)
    {
        Write(name, content);

        Assert.Empty(Load(name).Diagnostics);
    }

    private void Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        switch (content)
        {
            case "text": File.WriteAllText(path, "<html>not a document</html>"); break;
            case "empty": File.WriteAllBytes(path, []); break;
            case "truncated-pdf": File.WriteAllText(path, "%PDF-1.7\n1 0 obj << >> endobj\n"); break;
            case "pdf": File.WriteAllText(path, "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"); break;
            case "zip-without-document": Zip(path, "content.xml"); break;
            case "word": Zip(path, "word/document.xml"); break;
        }
    }

    private static void Zip(string path, string entry)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
        writer.Write("<w:document/>");
    }

    private Load.MeetingLoadResult Load(string document)
    {
        File.WriteAllText(Path.Combine(folder, "report.md"), $"""
            ---
            title: A report
            report_of: Head of Scrutiny
            appendices:
              - {"{"} title: Annex, document: {document} {"}"}
            ---
            ## 1.0 Introduction
            """);
        var meeting = Path.Combine(folder, "meeting.yaml");
        File.WriteAllText(meeting, "format: 1\nmeeting: { committee: Board, date: 2010-12-16, time: 10 am, venue: Hall, published: 2010-12-08 }\nmembership: []\nitems:\n  - { kind: report, file: report.md }\n");
        return new MeetingLoader(root: FileRoot.At(folder)).LoadFile(meeting, "meeting.yaml");
    }
}
