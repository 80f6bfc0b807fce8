namespace BoardPapers.Format;

/// <summary>A scalar read as text, verbatim: a plain 1.10 stays "1.10", never the number 1.1.</summary>
public sealed class TextShape(bool markdown = false, string? pattern = null, string? patternHint = null) : Shape
{
    public bool Markdown { get; } = markdown;

    public string? Pattern { get; } = pattern;

    public string? PatternHint { get; } = patternHint;

    public override string Expected => Markdown ? "text (Markdown)" : "text";
}
