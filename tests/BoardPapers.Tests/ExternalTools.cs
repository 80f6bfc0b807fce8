using System.Diagnostics;
using BoardPapers.Writers.Pdf;

namespace BoardPapers.Tests;

/// <summary>
/// The independent readers of our output: LibreOffice (to PDF) and pandoc. They are required, never
/// skipped: `bash tools/install-test-deps.sh` installs them, as CI does.
/// </summary>
internal static class ExternalTools
{
    public const string Missing = "is not installed; run `bash tools/install-test-deps.sh` (Debian packages libreoffice-writer-nogui, pandoc, poppler-utils)";

    public static byte[] Pdf(byte[] docx, string name)
    {
        Assert.True(LibreOfficePdf.Find() is not null, "LibreOffice " + Missing);
        return LibreOfficePdf.Convert(docx, name, TimeSpan.FromMinutes(3));
    }

    public static string Pandoc(byte[] docx)
    {
        var path = Path.Combine(Path.GetTempPath(), $"boardpapers-pandoc-{Guid.NewGuid():N}.docx");
        File.WriteAllBytes(path, docx);
        try
        {
            var start = new ProcessStartInfo("pandoc") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { "-f", "docx", "-t", "html", path })
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
                Assert.Fail("pandoc " + Missing);
                throw;
            }

            using (process)
            {
                var output = process.StandardOutput.ReadToEndAsync();
                var error = process.StandardError.ReadToEndAsync();
                Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "pandoc did not finish");
                Assert.True(process.ExitCode == 0, "pandoc failed: " + error.Result);
                return output.Result;
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
