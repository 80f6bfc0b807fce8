using BoardPapers.Packs;

namespace BoardPapers.Cli;

/// <summary>One progress line on stderr, redrawn in place; only when both stdout and stderr are a terminal, so pipes and logs stay clean.</summary>
internal sealed class ProgressLine(Terminal terminal)
{
    private readonly bool enabled = terminal.ErrorIsInteractive && !Console.IsOutputRedirected;
    private bool shown;

    public void Show(PackProgress progress)
    {
        if (!enabled)
        {
            return;
        }

        terminal.Error.Write($"\r\u001b[2K{progress.Pack}: {progress.Step} {progress.Done}/{progress.Total}");
        shown = true;
    }

    /// <summary>One step of a long job in words, on the same line as the one before (only on a terminal).</summary>
    public void Show(string step)
    {
        if (!enabled)
        {
            return;
        }

        terminal.Error.Write($"\r\u001b[2K{step}");
        shown = true;
    }

    public void Clear()
    {
        if (shown)
        {
            terminal.Error.Write("\r\u001b[2K");
            shown = false;
        }
    }
}
