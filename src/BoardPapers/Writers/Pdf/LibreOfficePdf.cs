using System.Diagnostics;

namespace BoardPapers.Writers.Pdf;

/// <summary>
/// PDF through LibreOffice: the .docx converted headless, which also computes PAGE and PAGEREF fields.
/// Optional: found on PATH at run time, with a clear message when it is not installed.
/// </summary>
public static class LibreOfficePdf
{
    public const string InstallHint = "PDF needs LibreOffice: install it (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui) and run again";

    private static readonly string[] Names = ["soffice", "libreoffice"];

    public static string? Find() =>
        Names
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    /// <summary>Converts a .docx to PDF bytes; a private profile folder lets several conversions run side by side.</summary>
    public static byte[] Convert(byte[] docx, string name, TimeSpan timeout)
    {
        var soffice = Find() ?? throw new InvalidOperationException(InstallHint);
        var work = Directory.CreateTempSubdirectory("boardpapers-pdf-");
        try
        {
            var input = Path.Combine(work.FullName, name + ".docx");
            File.WriteAllBytes(input, docx);
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                $"-env:UserInstallation=file://{Path.Combine(work.FullName, "profile")}",
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work.FullName, input,
            })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("LibreOffice did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"LibreOffice did not finish converting {name} within {timeout.TotalSeconds:0} s");
            }

            var pdf = Path.Combine(work.FullName, name + ".pdf");
            if (process.ExitCode != 0 || !File.Exists(pdf))
            {
                throw new InvalidOperationException($"LibreOffice could not convert {name}: {errors.Result.Trim()} {output.Result.Trim()}".Trim());
            }

            return File.ReadAllBytes(pdf);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
