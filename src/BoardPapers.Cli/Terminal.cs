namespace BoardPapers.Cli;

/// <summary>Colour and progress only for people at a terminal: never when redirected or when NO_COLOR is set.</summary>
internal sealed class Terminal(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public bool OutputColour { get; } = ColourAllowed() && !Console.IsOutputRedirected && output == Console.Out;

    public bool ErrorIsInteractive { get; } = !Console.IsErrorRedirected && error == Console.Error;

    public static Terminal FromConsole() => new(Console.Out, Console.Error);

    public string Paint(string text, string ansi) => OutputColour ? $"\u001b[{ansi}m{text}\u001b[0m" : text;

    private static bool ColourAllowed() =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) &&
        Environment.GetEnvironmentVariable("TERM") != "dumb";
}
