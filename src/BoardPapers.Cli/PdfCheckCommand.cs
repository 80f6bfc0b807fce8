using System.CommandLine;
using BoardPapers.Base;
using BoardPapers.Writers.Pdf;

namespace BoardPapers.Cli;

/// <summary>
/// <c>boardpapers pdf-check FILE...</c>: one line per PDF saying what a reader of its accessibility checks first
/// (tagging, PDF/UA, language, title, header cells, pictures' alt text, page labels, outline). Exit 1 when any
/// file lacks something PDF/UA requires or is not a PDF.
/// </summary>
internal static class PdfCheckCommand
{
    /// <summary>A file larger than this is refused rather than read whole into memory.</summary>
    private const long MostBytes = 512L * 1024 * 1024;

    public static Command Create(Terminal terminal)
    {
        var files = new Argument<string[]>("FILE") { Description = "The PDF files to check.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("pdf-check", "Check what a machine can of a PDF's accessibility: tagged PDF/UA, language, title, header cells, alt text, page labels, outline. Exit 0 when nothing is missing, 1 when something is, 2 on usage errors.") { files };
        command.SetAction(result =>
        {
            var failed = false;
            foreach (var file in result.GetValue(files) ?? [])
            {
                var (line, ok) = Check(file);
                (ok ? terminal.Output : terminal.Error).WriteLine(line);
                failed |= !ok;
            }

            return failed ? ExitCodes.Problems : ExitCodes.Ok;
        });
        return command;
    }

    private static (string Line, bool Ok) Check(string file)
    {
        byte[] bytes;
        try
        {
            bytes = FileDoor.Read(file, MostBytes);
        }
        catch (FileRefusedException ex) when (ex.TooLarge)
        {
            return ($"{file}: larger than {MostBytes / 1024 / 1024} MiB, not read", false);
        }
        catch (FileRefusedException ex) when (ex.Kind == FileKind.Missing)
        {
            return ($"{file}: no such file", false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ($"{file}: cannot read it: {ex.Message}", false);
        }

        if (PdfAccessibility.Of(bytes) is not { } found)
        {
            return ($"{file}: not a PDF (it does not start with %PDF-)", false);
        }

        var problems = found.Problems;
        return problems.Count == 0
            ? ($"{file}: {found.Summary}", true)
            : ($"{file}: {found.Summary}; missing: {string.Join("; ", problems)}", false);
    }
}
