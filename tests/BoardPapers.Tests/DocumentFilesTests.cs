using System.IO.Compression;
using BoardPapers.Load;

namespace BoardPapers.Tests;

/// <summary>
/// A document a clerk attaches as an appendix is checked for what its name says before a pack is built: a
/// Word file that is not one, a PDF that is not one or was cut short in copying, and any other kind of file
/// are each refused with what to do; a real Word file or PDF, named in any case, is accepted.
/// </summary>
public sealed class DocumentFilesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("boardpapers-documents-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Zip(string name, string entry)
    {
        var path = Path.Combine(folder, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using (var writer = new StreamWriter(zip.CreateEntry(entry).Open()))
        {
            writer.Write("<w:document/>");
        }

        return path;
    }

    private static byte[] Pdf(string body, string end) => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.7\n{body}\n{end}");

    [Theory]
    [InlineData("appendix.pdf")]
    [InlineData("APPENDIX.PDF")]
    public void A_whole_pdf_is_accepted_in_any_case_of_name(string name)
    {
        Assert.Null(DocumentFiles.Problem(Write(name, Pdf("1 0 obj << >> endobj", "%%EOF\n"))));
    }

    [Fact]
    public void A_pdf_whose_end_lies_beyond_its_last_kilobyte_is_cut_short()
    {
        // %%EOF is looked for only in the last 1,024 bytes, where a whole file has it.
        var whole = Pdf(new string('x', 3000), "%%EOF\n");
        var cut = Pdf("1 0 obj << >> endobj %%EOF " + new string('x', 3000), "");

        Assert.Null(DocumentFiles.Problem(Write("whole.pdf", whole)));
        Assert.Equal("this .pdf is cut short (it has no %%EOF at its end); copy or export it again", DocumentFiles.Problem(Write("cut.pdf", cut)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("%PDF")]
    [InlineData("PK\u0003\u0004 not a pdf")]
    public void A_file_named_pdf_that_does_not_start_as_one_is_refused(string content)
    {
        Assert.Equal(
            "this .pdf is not a PDF (it does not start with %PDF-); export it again as PDF",
            DocumentFiles.Problem(Write("appendix.pdf", System.Text.Encoding.ASCII.GetBytes(content))));
    }

    [Fact]
    public void A_word_file_is_a_zip_holding_its_document()
    {
        Assert.Null(DocumentFiles.Problem(Zip("appendix.docx", "word/document.xml")));
        Assert.Null(DocumentFiles.Problem(Zip("APPENDIX.DOCX", "word/document.xml")));
        Assert.Equal(
            "this .docx is not a Word document (it has no word/document.xml); save it from Word as a .docx",
            DocumentFiles.Problem(Zip("spreadsheet.docx", "xl/workbook.xml")));
    }

    [Fact]
    public void A_file_named_docx_that_is_not_a_zip_cannot_be_read_and_says_why()
    {
        var problem = DocumentFiles.Problem(Write("appendix.docx", "plain text"u8.ToArray()));

        Assert.NotNull(problem);
        Assert.StartsWith("cannot read the document: ", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("appendix.doc")]
    [InlineData("appendix.txt")]
    [InlineData("appendix")]
    public void Any_other_kind_of_file_is_refused_naming_the_two_kinds_allowed(string name)
    {
        Assert.Equal("a document appendix is a .docx or a .pdf file", DocumentFiles.Problem(Write(name, Pdf("", "%%EOF"))));
    }
}
