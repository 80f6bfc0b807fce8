namespace BoardPapers.Diff;

/// <summary>How a change set's text marks things: inserted and deleted words, worse and better, a row's heading. Terminal colours, Markdown emphasis or plain markers.</summary>
public sealed record ChangeStyle(
    Func<string, string> Inserted,
    Func<string, string> Deleted,
    Func<string, string> Worse,
    Func<string, string> Better,
    Func<string, string> Row)
{
    /// <summary>Plain text: [-deleted-]{+inserted+}, as git diff --word-diff prints them.</summary>
    public static readonly ChangeStyle Plain = new(t => "{+" + t + "+}", t => "[-" + t + "-]", t => t, t => t, t => t);

    /// <summary>Markdown: ~~deleted~~ and **inserted**; a row is a heading of its own there (<see cref="ChangeSetText.Markdown"/>), so it is not marked.</summary>
    public static readonly ChangeStyle Markdown = new(t => Wrap("**", t), t => Wrap("~~", t), t => t, t => t, t => t);

    /// <summary>Markdown emphasis around the words, keeping surrounding spaces outside (or it does not render).</summary>
    private static string Wrap(string mark, string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return text;
        }

        var start = text.Length - text.TrimStart().Length;
        var end = text.Length - text.TrimEnd().Length;
        return text[..start] + mark + trimmed + mark + text[(text.Length - end)..];
    }
}
