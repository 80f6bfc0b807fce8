namespace BoardPapers.Format;

/// <summary>A scalar read as text, verbatim: a plain 1.10 stays "1.10", never the number 1.1.</summary>
public sealed class TextShape(bool markdown = false, string? pattern = null, string? patternHint = null) : Shape
{
    /// <summary>Whether the text is Markdown.</summary>
    public bool Markdown { get; } = markdown;

    /// <summary>A pattern the text must match, or null.</summary>
    public string? Pattern { get; } = pattern;

    /// <summary>What messages say the pattern allows.</summary>
    public string? PatternHint { get; } = patternHint;

    /// <summary>What messages say is expected here.</summary>
    public override string Expected => Markdown ? "text (Markdown)" : "text";
}
