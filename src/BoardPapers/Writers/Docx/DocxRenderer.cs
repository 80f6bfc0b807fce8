using System.Text.RegularExpressions;
using AngleSharp.Dom;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// Walks board HTML and writes WordprocessingML. Holds the state renderers share: where blocks go (the
/// body or a table cell), the paragraph inline content goes into, the inline format passed down, and the
/// collected state kept apart from the content (numbering, bookmarks, links, sections, headers).
/// </summary>
internal sealed partial class DocxRenderer
{
    private readonly List<IDocxElementRenderer> blockRenderers;
    private readonly List<IDocxElementRenderer> inlineRenderers;
    private readonly Stack<OpenXmlCompositeElement> containers = new();
    private readonly Stack<RunFormat> formats = new();
    private readonly Stack<string> textStyles = new();
    private readonly List<BookmarkStart> pendingBookmarks = [];
    private readonly Dictionary<string, string> linkIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> openBookmarks = new(StringComparer.Ordinal);
    private Paragraph? lastParagraph;
    private OpenXmlCompositeElement? revision;
    private int bookmarkId;

    public DocxRenderer(MainDocumentPart main, StyleSheet styles, PageSetup pages)
    {
        Main = main;
        Styles = styles;
        Pages = pages;
        Body = new Body();
        containers.Push(Body);
        formats.Push(RunFormat.Plain);
        blockRenderers =
        [
            new HeadingRenderer(),
            new ParagraphRenderer(),
            new ListRenderer(),
            new TableRenderer(),
            new SectionRenderer(),
            new DivisionRenderer(),
        ];
        inlineRenderers =
        [
            new EmphasisRenderer(),
            new RevisionRenderer(),
            new LinkRenderer(),
            new LineBreakRenderer(),
            new ImageRenderer(),
        ];
    }

    public MainDocumentPart Main { get; }

    public StyleSheet Styles { get; }

    public PageSetup Pages { get; }

    public Body Body { get; }

    public ListNumbering Numbering { get; } = new();

    public Paragraph? Paragraph { get; private set; }

    public RunFormat Format => formats.Peek();

    public OpenXmlCompositeElement Container => containers.Peek();

    /// <summary>The list being written: its numbering instance and the level of its items (-1 outside lists).</summary>
    public (int NumberingId, int Level, bool Ordered) List { get; set; } = (0, -1, false);

    public bool InBody => Container == Body;

    /// <summary>A page break asked for (div.page-break) and not yet placed: the next body paragraph starts the new page.</summary>
    public bool PageBreakPending { get; set; }

    /// <summary>Writes the children of a block: runs of inline content become paragraphs, blocks render themselves.</summary>
    public void WriteBlocks(INode parent, string paragraphStyle = "Normal")
    {
        foreach (var node in parent.ChildNodes)
        {
            if (node is IElement element && IsBlock(element))
            {
                CloseParagraph();
                Render(element);
            }
            else if (node is IText text && string.IsNullOrWhiteSpace(text.Data) && Paragraph is null)
            {
                continue;
            }
            else
            {
                if (Paragraph is null)
                {
                    NewParagraph(paragraphStyle);
                }

                WriteInline(node);
            }
        }

        CloseParagraph();
    }

    public void WriteInlines(INode parent)
    {
        foreach (var node in parent.ChildNodes)
        {
            WriteInline(node);
        }
    }

    public void WriteInline(INode node)
    {
        switch (node)
        {
            case IText text:
                AddText(text.Data);
                break;
            case IElement element:
                var renderer = inlineRenderers.FirstOrDefault(r => r.Accepts(element))
                    ?? throw new InvalidOperationException($"<{element.LocalName}> has no inline renderer; board HTML validation should have refused it");
                renderer.Write(this, element);
                break;
        }
    }

    public void Render(IElement element)
    {
        var bookmark = element.GetAttribute("data-bookmark");
        if (bookmark is not null)
        {
            var id = (++bookmarkId).ToString(System.Globalization.CultureInfo.InvariantCulture);
            pendingBookmarks.Add(new BookmarkStart { Name = bookmark, Id = id });
            openBookmarks[bookmark] = id;
        }

        var renderer = blockRenderers.FirstOrDefault(r => r.Accepts(element))
            ?? throw new InvalidOperationException($"<{element.LocalName}> has no block renderer; board HTML validation should have refused it");
        renderer.Write(this, element);
        if (bookmark is not null)
        {
            EndBookmark(bookmark);
        }
    }

    private static bool IsBlock(IElement element) =>
        element.LocalName is "h1" or "h2" or "h3" or "h4" or "p" or "ul" or "ol" or "table" or "section" or "div";

    /// <summary>Starts a paragraph in the current container; pending bookmarks open at its start.</summary>
    public Paragraph NewParagraph(string styleName, ParagraphProperties? properties = null)
    {
        CloseParagraph();
        var breakBefore = false;
        if (InBody)
        {
            var startsSection = Pages.BeforeBodyContent(this);
            breakBefore = PageBreakPending && !startsSection;
            PageBreakPending = false;
        }

        properties ??= new ParagraphProperties();
        properties.ParagraphStyleId = new ParagraphStyleId { Val = Styles.Id(styleName) };
        if (breakBefore)
        {
            properties.PageBreakBefore ??= new PageBreakBefore();
        }

        var paragraph = new Paragraph(properties);
        foreach (var start in pendingBookmarks)
        {
            paragraph.Append(start);
        }

        pendingBookmarks.Clear();
        Container.Append(paragraph);
        Paragraph = paragraph;
        lastParagraph = paragraph;
        return paragraph;
    }

    public void CloseParagraph()
    {
        if (Paragraph?.LastChild is Run { LastChild: Text last })
        {
            last.Text = last.Text.TrimEnd();
        }

        Paragraph = null;
    }

    /// <summary>Adds text to the current paragraph, collapsing white space the way a browser does.</summary>
    public void AddText(string text)
    {
        var collapsed = Whitespace().Replace(text, " ");
        var paragraph = Paragraph ?? NewParagraph("Normal");
        var atStart = !paragraph.Descendants<Text>().Any() || paragraph.LastChild is Run { LastChild: Break };
        if (atStart)
        {
            collapsed = collapsed.TrimStart();
        }

        if (collapsed.Length == 0)
        {
            return;
        }

        Append(NewRun(revision is DeletedRun
            ? new DeletedText(collapsed) { Space = SpaceProcessingModeValues.Preserve }
            : new Text(collapsed) { Space = SpaceProcessingModeValues.Preserve }));
    }

    public Run NewRun(OpenXmlElement content)
    {
        var format = Format;
        var run = new Run();
        var properties = new RunProperties();
        if (format.CharacterStyle is { } style)
        {
            properties.RunStyle = new RunStyle { Val = Styles.Id(style) };
        }

        if (format.Bold)
        {
            properties.Bold = new Bold();
        }

        if (format.Italic)
        {
            properties.Italic = new Italic();
        }

        if (format.Colour is { } colour)
        {
            properties.Color = new Color { Val = colour.TrimStart('#') };
        }

        if (format.Underline)
        {
            properties.Underline = new Underline { Val = UnderlineValues.Single };
        }

        if (properties.HasChildren)
        {
            run.Append(properties);
        }

        run.Append(content);
        return run;
    }

    /// <summary>Appends an inline element (run, hyperlink, field) to the current paragraph.</summary>
    public void Append(OpenXmlElement inline)
    {
        var paragraph = Paragraph ?? NewParagraph("Normal");
        if (revision is not null && inline is Run)
        {
            revision.Append(inline);
            return;
        }

        if (hyperlink is not null && inline is Run)
        {
            hyperlink.Append(inline);
            return;
        }

        paragraph.Append(inline);
    }

    private Hyperlink? hyperlink;

    /// <summary>Writes content inside a hyperlink: runs added meanwhile go into it.</summary>
    /// <summary>Who tracked changes (ins, del) are by: the article's data-revision-author.</summary>
    public string RevisionAuthor { get; set; } = "BoardPapers";

    /// <summary>
    /// Writes inline content as a tracked change: runs go inside w:ins or w:del (with an id, the author and
    /// the date), and inside w:del their text is w:delText, so Word offers to accept or reject it.
    /// </summary>
    public void InRevision(OpenXmlCompositeElement change, Action write)
    {
        var paragraph = Paragraph ?? NewParagraph("Normal");
        paragraph.Append(change);
        revision = change;
        try
        {
            write();
        }
        finally
        {
            revision = null;
        }
    }

    public string NextAnnotationId() => (++bookmarkId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void InHyperlink(Hyperlink link, Action write)
    {
        var paragraph = Paragraph ?? NewParagraph("Normal");
        paragraph.Append(link);
        hyperlink = link;
        try
        {
            write();
        }
        finally
        {
            hyperlink = null;
        }
    }

    /// <summary>The relationship id of an external link, one per distinct address, numbered in order of use.</summary>
    public string LinkId(string uri)
    {
        if (!linkIds.TryGetValue(uri, out var id))
        {
            id = $"rIdLink{linkIds.Count + 1}";
            Main.AddHyperlinkRelationship(new Uri(uri, UriKind.RelativeOrAbsolute), true, id);
            linkIds[uri] = id;
        }

        return id;
    }

    public void WithFormat(Func<RunFormat, RunFormat> change, Action write)
    {
        formats.Push(change(Format));
        try
        {
            write();
        }
        finally
        {
            formats.Pop();
        }
    }

    /// <summary>Writes into a container (a table cell) whose paragraphs take a style (Table Text, Table Heading ...).</summary>
    public void InContainer(OpenXmlCompositeElement container, string textStyle, Action write)
    {
        CloseParagraph();
        containers.Push(container);
        textStyles.Push(textStyle);
        try
        {
            write();
        }
        finally
        {
            CloseParagraph();
            textStyles.Pop();
            containers.Pop();
        }
    }

    /// <summary>The paragraph style of text where the writer is: Normal in the body, the cell's style in a table.</summary>
    public string TextStyle => textStyles.Count == 0 ? HouseStyles.Normal : textStyles.Peek();

    /// <summary>
    /// A bookmark around the last run of the last paragraph written: the page where a section's content
    /// ends (an agenda item's last page). Not collapsed at the paragraph's very end, which LibreOffice
    /// loses when it is the document's last paragraph.
    /// </summary>
    public void BookmarkEnd(string name)
    {
        if (lastParagraph is null)
        {
            return;
        }

        var id = (++bookmarkId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var start = new BookmarkStart { Name = name, Id = id };
        if (lastParagraph.Elements<Run>().LastOrDefault() is { } run)
        {
            run.InsertBeforeSelf(start);
            run.InsertAfterSelf(new BookmarkEnd { Id = id });
        }
        else
        {
            lastParagraph.Append(start, new BookmarkEnd { Id = id });
        }
    }

    /// <summary>Closes a bookmark after the last paragraph written; one written nowhere opens and closes on its own.</summary>
    private void EndBookmark(string name)
    {
        var pending = pendingBookmarks.FindIndex(b => b.Name == name);
        if (pending >= 0)
        {
            var start = pendingBookmarks[pending];
            pendingBookmarks.RemoveAt(pending);
            var anchor = NewParagraph("Normal");
            anchor.Append(start);
            anchor.Append(new BookmarkEnd { Id = start.Id!.Value });
            CloseParagraph();
            return;
        }

        // Bookmarks are tracked by name and the last paragraph is remembered: no walk over the whole body.
        openBookmarks.Remove(name, out var id);
        lastParagraph!.Append(new BookmarkEnd { Id = id! });
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
