using BoardPapers.Writers.Pdf;

namespace BoardPapers.Writers;

/// <summary>The formats' names, file extensions and media types, and how a list of them is read from a user.</summary>
public static class PaperFormats
{
    /// <summary>Every format, in the order they are listed to users.</summary>
    public static readonly IReadOnlyList<PaperFormat> All = [PaperFormat.Html, PaperFormat.Docx, PaperFormat.Pdf];

    /// <summary>The formats as users name them: "html, docx, pdf".</summary>
    public static string Names => string.Join(", ", All.Select(Name));

    /// <summary>The name users type and the file extension (without the dot): html, docx, pdf.</summary>
    public static string Name(this PaperFormat format) => format switch
    {
        PaperFormat.Html => "html",
        PaperFormat.Docx => "docx",
        _ => "pdf",
    };

    /// <summary>What a reader calls the format, in a download's link: "PDF", "Word", "HTML".</summary>
    public static string Label(this PaperFormat format) => format switch
    {
        PaperFormat.Html => "HTML",
        PaperFormat.Docx => "Word",
        _ => "PDF",
    };

    /// <summary>The media type a download of this format is served as.</summary>
    public static string ContentType(this PaperFormat format) => format switch
    {
        PaperFormat.Html => "text/html; charset=utf-8",
        PaperFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/pdf",
    };

    /// <summary>One format by its name (exact, lower case), or null.</summary>
    public static PaperFormat? Find(string? name) => All.Cast<PaperFormat?>().FirstOrDefault(f => f!.Value.Name() == name);

    /// <summary>A comma-separated list ("docx,html"), each once in the order given; or why it cannot be read.</summary>
    public static (IReadOnlyList<PaperFormat> Formats, string? Error) Parse(string list)
    {
        var names = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var unknown = names.Where(n => Find(n) is null).ToList();
        if (names.Length == 0 || unknown.Count > 0)
        {
            return ([], $"unknown format {string.Join(", ", unknown.Count > 0 ? unknown : [list])}; formats are {Names}");
        }

        return ([.. names.Select(n => Find(n)!.Value).Distinct()], null);
    }

    /// <summary>Whether this machine can write the format: PDF needs LibreOffice.</summary>
    public static bool Available(this PaperFormat format) => format != PaperFormat.Pdf || LibreOfficePdf.Find() is not null;

    /// <summary>What to do to write a format this machine cannot (install LibreOffice).</summary>
    public const string PdfInstallHint = LibreOfficePdf.InstallHint;
}
