namespace BoardPapers.Load;

/// <summary>What the loader refuses, so that a hostile or broken file cannot exhaust time or memory.</summary>
public sealed record LoadLimits
{
    /// <summary>The limits every host uses unless told otherwise.</summary>
    public static readonly LoadLimits Default = new();

    /// <summary>A 10,000-action plan is about 3 MiB; 16 MiB leaves room without letting a runaway file in.</summary>
    public long MaxFileBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>A plan nests about a dozen levels deep; anything near this is a mistake or an attack.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Nodes the document would have with every alias expanded; stops "billion laughs" documents.</summary>
    public long MaxExpandedNodes { get; init; } = 2_000_000;

    /// <summary>
    /// Characters of text the document would hold with every alias expanded: memory grows with the text a
    /// paper prints, not with the file. As large as the largest file, so only aliases can reach it.
    /// </summary>
    public long MaxExpandedChars { get; init; } = 16L * 1024 * 1024;

    /// <summary>A field that is not Markdown (a title, a ref, a lead, a date's wording): a page of text is far past any.</summary>
    public int MaxTextChars { get; init; } = 10_000;

    /// <summary>All of a plan's Markdown fields together; a field alone is limited by <see cref="Markup.MarkdownLimits"/>.</summary>
    public long MaxMarkdownChars { get; init; } = 8_000_000;
}
