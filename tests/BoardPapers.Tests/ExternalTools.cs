using System.Diagnostics;
using System.Text;
using BoardPapers.Writers.Pdf;

namespace BoardPapers.Tests;

/// <summary>
/// The independent readers of our output: LibreOffice (to PDF) and pandoc. They are required, never
/// skipped: `bash tools/install-test-deps.sh` installs them, as CI does.
/// </summary>
internal static class ExternalTools
{
    public const string Missing = "is not installed; run `bash tools/install-test-deps.sh` (Debian packages libreoffice-writer-nogui, pandoc, poppler-utils, qpdf)";

    public static byte[] Pdf(byte[] docx, string name)
    {
        Assert.True(LibreOfficePdf.Find() is not null, "LibreOffice " + Missing);
        return LibreOfficePdf.Convert(docx, name, TimeSpan.FromMinutes(3));
    }

    public static string Pandoc(byte[] docx) => Run("pandoc", docx, ".docx", path => ["-f", "docx", "-t", "html", path]);

    /// <summary>qpdf's JSON of a PDF (version 2): its objects, page labels and more, read by a reader that is not ours.</summary>
    public static string QpdfJson(byte[] pdf, string key) => Run("qpdf", pdf, ".pdf", path => ["--json", $"--json-key={key}", path]);

    /// <summary>
    /// veraPDF's PDF/UA-1 report, where veraPDF is installed (it is not a Debian package, so not here): null
    /// where it is not. Tests that call it assert their own findings either way, and veraPDF's as well where it runs.
    /// </summary>
    public static string? VeraPdfUa(byte[] pdf) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, "verapdf")))
            ? Run("verapdf", pdf, ".pdf", path => ["-f", "ua1", path])
            : null;

    /// <summary>A Python script run by Debian's python3 (which has python3-openpyxl) over a file of the bytes given; what it prints.</summary>
    public static string Python(byte[] input, string extension, string script) => Run("/usr/bin/python3", input, extension, path => ["-c", script, path]);

    /// <summary>pandoc run over a file of the bytes given (its path first, then the arguments).</summary>
    public static void RunPandoc(byte[] input, string[] arguments) => Run("pandoc", input, ".md", path => [path, .. arguments]);

    /// <summary>A workbook opened and saved again by LibreOffice Calc, as a lead's office suite might return it (its own profile, so runs never share one).</summary>
    public static byte[] LibreOfficeResave(byte[] xlsx) => LibreOffice(xlsx, "returned.xlsx", "returned.xlsx", ["--convert-to", "xlsx"]);

    /// <summary>An HTML page opened in LibreOffice Writer and saved as a Word document, as a council's own office suite writes one.</summary>
    public static byte[] LibreOfficeHtmlToDocx(string html) =>
        LibreOffice(Encoding.UTF8.GetBytes(html), "plan.html", "plan.docx", ["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML"]);

    private static byte[] LibreOffice(byte[] bytes, string inputName, string outputName, string[] convert)
    {
        var work = Directory.CreateTempSubdirectory("boardpapers-soffice-");
        try
        {
            var input = Path.Combine(work.FullName, "in", inputName);
            Directory.CreateDirectory(Path.GetDirectoryName(input)!);
            File.WriteAllBytes(input, bytes);
            var output = Path.Combine(work.FullName, "out");
            Run("soffice", [], ".none", _ => [$"-env:UserInstallation=file://{work.FullName}/profile", "--headless", "--norestore", .. convert, "--outdir", output, input]);
            var saved = Path.Combine(output, outputName);
            Assert.True(File.Exists(saved), $"LibreOffice wrote no {outputName}");
            return File.ReadAllBytes(saved);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string Run(string program, byte[] input, string extension, Func<string, string[]> arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"boardpapers-{Path.GetFileName(program)}-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, input);
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in arguments(path))
            {
                start.ArgumentList.Add(arg);
            }

            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                Assert.Fail(program + " " + Missing);
                throw;
            }

            using (process)
            {
                var output = process.StandardOutput.ReadToEndAsync();
                var error = process.StandardError.ReadToEndAsync();
                Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), program + " did not finish");
                Assert.True(process.ExitCode == 0, program + " failed: " + error.Result);
                return output.Result;
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
