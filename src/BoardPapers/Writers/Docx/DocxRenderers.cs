namespace BoardPapers.Writers.Docx;

/// <summary>
/// The Word writer's element renderers, in the manner of Markdig's: one per kind of board HTML element, in
/// order, first match wins. Start from <see cref="Default"/> and insert your own at the front to take over
/// an element (e.g. a <c>div</c> of your class), or remove one to replace it; pass the list in
/// <see cref="DocxOptions.Renderers"/>.
/// </summary>
public sealed class DocxRenderers
{
    /// <summary>Renderers of blocks: headings, paragraphs, lists, lists of facts, tables, sections, divisions.</summary>
    public IList<IDocxElementRenderer> Blocks { get; } = [];

    /// <summary>Renderers of inline elements: emphasis and code, insertions and deletions, links, line breaks, images.</summary>
    public IList<IDocxElementRenderer> Inlines { get; } = [];

    /// <summary>A fresh list of the built-in renderers, which covers all of board HTML.</summary>
    public static DocxRenderers Default()
    {
        var renderers = new DocxRenderers();
        foreach (var block in new IDocxElementRenderer[] { new HeadingRenderer(), new ParagraphRenderer(), new ListRenderer(), new DefinitionListRenderer(), new TableRenderer(), new SectionRenderer(), new ContentsRenderer(), new CoverRenderer(), new DivisionRenderer(), new FigureRenderer(), new FigureCaptionRenderer() })
        {
            renderers.Blocks.Add(block);
        }

        foreach (var inline in new IDocxElementRenderer[] { new EmphasisRenderer(), new RevisionRenderer(), new LinkRenderer(), new LineBreakRenderer(), new ImageRenderer() })
        {
            renderers.Inlines.Add(inline);
        }

        return renderers;
    }
}
