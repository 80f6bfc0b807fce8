using BoardPapers.Base;

namespace BoardPapers.Writers.Pdf;

/// <summary>
/// PDF through LibreOffice: the .docx converted headless, which also computes PAGE and PAGEREF fields.
/// Every PDF is tagged PDF/UA (structure tree, language, title shown, header cells as TH, headers and
/// footers as artifacts, PDF/UA identifier), as the Public Sector Bodies Accessibility Regulations ask;
/// with <c>archive</c> it is PDF/A-2b as well. Optional: found on PATH at run time, with a clear message
/// when it is not installed.
/// </summary>
public static class LibreOfficePdf
{
    /// <summary>
    /// The most documents one LibreOffice run converts: it stops at 246 ("could not convert item-247"), so
    /// larger batches run in chunks of this many.
    /// </summary>
    public const int MostPerRun = 200;

    /// <summary>LibreOffice's PDF export filter with its options: tagged, PDF/UA, and PDF/A-2b when archiving.</summary>
    public static string Filter(bool archive) =>
        "pdf:writer_pdf_Export:{" +
        "\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}," +
        "\"PDFUACompliance\":{\"type\":\"boolean\",\"value\":\"true\"}," +
        // Bookmarks become named destinations, so an outline can be made that goes to them (PdfOutline).
        "\"ExportBookmarksToPDFDestination\":{\"type\":\"boolean\",\"value\":\"true\"}" +
        (archive ? ",\"SelectPdfVersion\":{\"type\":\"long\",\"value\":\"2\"}" : "") +
        "}";

    /// <summary>What to do when LibreOffice is not installed.</summary>
    public const string InstallHint = "PDF needs LibreOffice: install it (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui) and run again";

    private static readonly string[] Names = ["soffice", "libreoffice"];

    /// <summary>The largest PDF read back from LibreOffice: a whole agenda pack is tens of MiB.</summary>
    private const long MaxPdfBytes = 1024L * 1024 * 1024;

    /// <summary>The LibreOffice program on PATH, or null.</summary>
    public static string? Find() =>
        Names
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    /// <summary>Converts a .docx to PDF bytes; a private profile folder lets several conversions run side by side.</summary>
    public static byte[] Convert(byte[] docx, string name, TimeSpan timeout, bool archive = false, CancellationToken cancellation = default) =>
        ConvertMany([(name, docx)], timeout, archive, cancellation)[0];

    /// <summary>
    /// How many LibreOffice runs go side by side: one per core, at most four (each is a process of its own with
    /// its own profile, a few hundred megabytes at most).
    /// </summary>
    public static int Parallelism { get; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>
    /// Converts several .docx files in as few LibreOffice runs as it allows (its start-up is most of the time
    /// of a small conversion; at most <see cref="MostPerRun"/> a run), with runs side by side where cores
    /// allow: the PDFs in the order given. Names must be distinct plain file names.
    /// </summary>
    public static IReadOnlyList<byte[]> ConvertMany(IReadOnlyList<(string Name, byte[] Docx)> documents, TimeSpan timeout, bool archive = false, CancellationToken cancellation = default) =>
        ConvertMany(documents, timeout, archive, [], cancellation);

    /// <summary>
    /// As <see cref="ConvertMany(IReadOnlyList{ValueTuple{string, byte[]}}, TimeSpan, bool, CancellationToken)"/>,
    /// with LibreOffices started ahead (<see cref="LibreOfficeInstance"/>): each run is handed to one of them
    /// while there are any, so their start-up has already been paid; they set how many runs go side by side.
    /// </summary>
    public static IReadOnlyList<byte[]> ConvertMany(IReadOnlyList<(string Name, byte[] Docx)> documents, TimeSpan timeout, bool archive, IReadOnlyList<LibreOfficeInstance> started, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(started);
        var runs = Math.Max((documents.Count + MostPerRun - 1) / MostPerRun, Math.Min(started.Count > 0 ? started.Count : Parallelism, documents.Count));
        if (runs <= 1)
        {
            return documents.Count == 0 ? [] : ConvertRun(documents, timeout, archive, started.Count > 0 ? started[0] : null, cancellation);
        }

        // Contiguous shares of nearly equal size, so the PDFs come back in order.
        var shares = Enumerable.Range(0, runs)
            .Select(r => documents.Skip(r * documents.Count / runs).Take(((r + 1) * documents.Count / runs) - (r * documents.Count / runs)).ToList())
            .ToList();
        var converted = new List<byte[]>[runs];
        try
        {
            Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellation }, r =>
                converted[r] = ConvertRun(shares[r], timeout, archive, r < started.Count ? started[r] : null, cancellation));
        }
        catch (AggregateException ex)
        {
            // The first run's failure, as a single run would have thrown it (callers catch its type).
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            throw;
        }

        return [.. converted.SelectMany(c => c)];
    }

    private static List<byte[]> ConvertRun(IReadOnlyList<(string Name, byte[] Docx)> documents, TimeSpan timeout, bool archive, LibreOfficeInstance? started, CancellationToken cancellation)
    {
        var soffice = Find() ?? throw new InvalidOperationException(InstallHint);
        var warm = started is not null && started.TryTake();
        var work = ExternalProgram.NewWorkFolder("boardpapers-pdf-");
        try
        {
            // soffice has no end-of-options marker (it refuses "--"); the inputs are absolute paths in our own
            // work folder, named by us, so none can be read as an option.
            List<string> arguments =
            [
                // With the profile of a LibreOffice already running, soffice hands the conversion to it and waits.
                warm ? $"-env:UserInstallation={started!.Profile}" : $"-env:UserInstallation=file://{Path.Combine(work.FullName, "profile")}",
                "--headless", "--norestore", "--convert-to", Filter(archive), "--outdir", work.FullName,
            ];
            foreach (var (name, docx) in documents)
            {
                var input = Path.Combine(work.FullName, name + ".docx");
                File.WriteAllBytes(input, docx);
                arguments.Add(input);
            }

            var names = string.Join(", ", documents.Select(d => d.Name));
            ProgramResult result;
            try
            {
                result = ExternalProgram.Run(soffice, arguments, new ProgramRun(timeout) { WorkFolder = work.FullName, Cancellation = cancellation });
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"LibreOffice did not finish converting {names} within {timeout.TotalSeconds:0} s");
            }
            catch (ProgramNotFoundException)
            {
                throw new InvalidOperationException(InstallHint);
            }

            var pdfs = new List<byte[]>();
            foreach (var (name, _) in documents)
            {
                var pdf = Path.Combine(work.FullName, name + ".pdf");
                if (result.ExitCode != 0 || !FileDoor.IsFile(pdf))
                {
                    var said = (result.Error.Trim() + " " + System.Text.Encoding.UTF8.GetString(result.Output).Trim()).Trim();
                    throw new InvalidOperationException($"LibreOffice could not convert {name}: {said}".Trim());
                }

                // LibreOffice's own output, in our work folder; still read through the door, with a ceiling no pack reaches.
                pdfs.Add(FileDoor.Read(pdf, MaxPdfBytes));
            }

            return pdfs;
        }
        finally
        {
            ExternalProgram.DeleteWorkFolder(work);
        }
    }
}
