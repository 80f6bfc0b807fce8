using System.Diagnostics;

namespace BoardPapers.Writers.Pdf;

/// <summary>
/// PDF through LibreOffice: the .docx converted headless, which also computes PAGE and PAGEREF fields.
/// Optional: found on PATH at run time, with a clear message when it is not installed.
/// </summary>
public static class LibreOfficePdf
{
    /// <summary>What to do when LibreOffice is not installed.</summary>
    public const string InstallHint = "PDF needs LibreOffice: install it (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui) and run again";

    private static readonly string[] Names = ["soffice", "libreoffice"];

    /// <summary>The LibreOffice program on PATH, or null.</summary>
    public static string? Find() =>
        Names
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    /// <summary>Converts a .docx to PDF bytes; a private profile folder lets several conversions run side by side.</summary>
    public static byte[] Convert(byte[] docx, string name, TimeSpan timeout) =>
        ConvertMany([(name, docx)], timeout)[0];

    /// <summary>
    /// Converts several .docx files in one LibreOffice run (its start-up is most of the time of a small
    /// conversion): the PDFs in the order given. Names must be distinct plain file names.
    /// </summary>
    public static IReadOnlyList<byte[]> ConvertMany(IReadOnlyList<(string Name, byte[] Docx)> documents, TimeSpan timeout)
    {
        var soffice = Find() ?? throw new InvalidOperationException(InstallHint);
        var work = Directory.CreateTempSubdirectory("boardpapers-pdf-");
        try
        {
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                $"-env:UserInstallation=file://{Path.Combine(work.FullName, "profile")}",
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work.FullName,
            })
            {
                start.ArgumentList.Add(arg);
            }

            foreach (var (name, docx) in documents)
            {
                var input = Path.Combine(work.FullName, name + ".docx");
                File.WriteAllBytes(input, docx);
                start.ArgumentList.Add(input);
            }

            var names = string.Join(", ", documents.Select(d => d.Name));
            using var process = Process.Start(start) ?? throw new InvalidOperationException("LibreOffice did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"LibreOffice did not finish converting {names} within {timeout.TotalSeconds:0} s");
            }

            var pdfs = new List<byte[]>();
            foreach (var (name, _) in documents)
            {
                var pdf = Path.Combine(work.FullName, name + ".pdf");
                if (process.ExitCode != 0 || !File.Exists(pdf))
                {
                    throw new InvalidOperationException($"LibreOffice could not convert {name}: {errors.Result.Trim()} {output.Result.Trim()}".Trim());
                }

                pdfs.Add(File.ReadAllBytes(pdf));
            }

            return pdfs;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
