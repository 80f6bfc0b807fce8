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
public sealed partial class DocxRenderer
{
    private readonly List<IDocxElementRenderer> blockRenderers;
    private readonly List<IDocxElementRenderer> inlineRenderers;
    private readonly Stack<OpenXmlCompositeElement> containers = new();
    private readonly Stack<RunFormat> formats = new();
    private readonly Stack<string> textStyles = new();
    private readonly List<BookmarkStart> pendingBookmarks = [];
    private readonly Dictionary<string, string> linkIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> imageIds = new(StringComparer.Ordinal);
    private int drawingId;
    private int charts;
    private readonly Dictionary<string, string> openBookmarks = new(StringComparer.Ordinal);
    private Paragraph? lastParagraph;
    private OpenXmlCompositeElement? revision;
    private int bookmarkId;

    // Where settled body content is written as it is finished (document.xml, from <w:body> on).
    private readonly System.Xml.XmlWriter output;

    internal DocxRenderer(MainDocumentPart main, StyleSheet styles, PageSetup pages, DocxRenderers renderers, System.Xml.XmlWriter output)
    {
        this.output = output;
        Main = main;
        Styles = styles;
        Pages = pages;
        Body = new Body();
        containers.Push(Body);
        formats.Push(RunFormat.Plain);
        blockRenderers = [.. renderers.Blocks];
        inlineRenderers = [.. renderers.Inlines];
    }

    internal MainDocumentPart Main { get; }

    internal StyleSheet Styles { get; }

    internal PageSetup Pages { get; }

    internal Body Body { get; }

    internal ListNumbering Numbering { get; } = new();

    /// <summary>
    /// Writes out the body's finished blocks and lets them go, so a long paper never holds its whole body as
    /// objects. What can still change stays: the trailing headings and keep-with-next paragraphs a section
    /// break may yet move into the next section (or page-break paragraphs it may drop), and the block before
    /// them, where the break would go and which later blocks look back at (a table before a table).
    /// </summary>
    internal void Settle()
    {
        var keep = Body.LastChild;
        while (keep is Paragraph paragraph && (PageSetup.LeadsIn(this, paragraph) || PageSetup.IsPageBreakOnly(paragraph)))
        {
            keep = keep.PreviousSibling();
        }

        while (keep is not null && Body.FirstChild is { } first && first != keep)
        {
            first.Remove();
            first.WriteTo(output);
        }
    }

    /// <summary>Writes out everything left in the body: the document is finished.</summary>
    internal void SettleAll()
    {
        while (Body.FirstChild is { } first)
        {
            first.Remove();
            first.WriteTo(output);
        }
    }

    /// <summary>Adds a finished block (a table) to the current container, settling the body's earlier blocks first.</summary>
    internal void AppendBlock(OpenXmlElement block)
    {
        if (InBody)
        {
            Settle();
        }

        Container.Append(block);
    }

    /// <summary>The paragraph inline content goes into, or null between paragraphs.</summary>
    public Paragraph? Paragraph { get; private set; }

    /// <summary>The inline format passed down from the enclosing elements.</summary>
    public RunFormat Format => formats.Peek();

    /// <summary>Where blocks go: the body, or a table cell.</summary>
    public OpenXmlCompositeElement Container => containers.Peek();

    /// <summary>The list being written: its numbering instance and the level of its items (-1 outside lists).</summary>
    internal (int NumberingId, int Level, bool Ordered) List { get; set; } = (0, -1, false);

    /// <summary>Whether blocks go into the body (not a table cell).</summary>
    public bool InBody => Container == Body;

    /// <summary>A page break asked for (div.page-break) and not yet placed: the next body paragraph starts the new page.</summary>
    internal bool PageBreakPending { get; set; }

    /// <summary>Whether Word should update the document's fields when it opens it (a contents list's page numbers).</summary>
    internal bool UpdateFieldsOnOpen { get; set; }

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

    /// <summary>Writes the inline content of an element into the current paragraph (one is started when needed).</summary>
    public void WriteInlines(INode parent)
    {
        foreach (var node in parent.ChildNodes)
        {
            WriteInline(node);
        }
    }

    internal void WriteInline(INode node)
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

    internal void Render(IElement element)
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
        element.LocalName is "h1" or "h2" or "h3" or "h4" or "p" or "ul" or "ol" or "dl" or "table" or "section" or "div" or "figure" or "figcaption";

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
        if (InBody)
        {
            Settle();
        }

        Container.Append(paragraph);
        Paragraph = paragraph;
        lastParagraph = paragraph;
        return paragraph;
    }

    /// <summary>Ends the current paragraph; the next inline content starts a new one.</summary>
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

    /// <summary>A run holding the content, with the current inline format (bold, italic, character style, colour).</summary>
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
    internal string RevisionAuthor { get; set; } = "BoardPapers";

    /// <summary>
    /// Writes inline content as a tracked change: runs go inside w:ins or w:del (with an id, the author and
    /// the date), and inside w:del their text is w:delText, so Word offers to accept or reject it.
    /// </summary>
    internal void InRevision(OpenXmlCompositeElement change, Action write)
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

    internal string NextAnnotationId() => (++bookmarkId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal void InHyperlink(Hyperlink link, Action write)
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

    /// <summary>The relationship id of an embedded picture: one part per distinct image, numbered in order of use.</summary>
    internal string ImageId(Base.ImageFile image)
    {
        var key = image.DataUri;
        if (!imageIds.TryGetValue(key, out var id))
        {
            id = $"rIdImage{imageIds.Count + 1}";
            var type = image.ContentType switch
            {
                "image/png" => DocumentFormat.OpenXml.Packaging.ImagePartType.Png,
                "image/jpeg" => DocumentFormat.OpenXml.Packaging.ImagePartType.Jpeg,
                _ => DocumentFormat.OpenXml.Packaging.ImagePartType.Svg,
            };
            var part = Main.AddImagePart(type, id);
            using (var stream = new MemoryStream(image.Bytes))
            {
                part.FeedData(stream);
            }

            imageIds[key] = id;
        }

        return id;
    }

    /// <summary>The relationship id of a new chart part holding the chart, numbered in order of use.</summary>
    internal string ChartId(DocumentFormat.OpenXml.Drawing.Charts.ChartSpace chart)
    {
        var id = $"rIdChart{++charts}";
        Main.AddNewPart<DocumentFormat.OpenXml.Packaging.ChartPart>(id).ChartSpace = chart;
        return id;
    }

    /// <summary>The next drawing object's id, unique in the document.</summary>
    internal int NextDrawingId() => ++drawingId;

    /// <summary>The width, in twips, a picture may take here: the text width, or inside a table the cell's.</summary>
    internal int AvailableWidth() =>
        InBody ? Pages.TextWidth : TableRenderer.CellWidth(this);

    /// <summary>The relationship id of an external link, one per distinct address, numbered in order of use.</summary>
    internal string LinkId(string uri)
    {
        if (!linkIds.TryGetValue(uri, out var id))
        {
            id = $"rIdLink{linkIds.Count + 1}";
            Main.AddHyperlinkRelationship(new Uri(uri, UriKind.RelativeOrAbsolute), true, id);
            linkIds[uri] = id;
        }

        return id;
    }

    /// <summary>Writes with the inline format changed (e.g. bold on) for everything written inside.</summary>
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

    /// <summary>A style's id in this document by its display name ("Heading 1", "Table Text"), the house document's own when it defines it.</summary>
    public string StyleId(string displayName) => Styles.Id(displayName);

    /// <summary>The paragraph style of text where the writer is: Normal in the body, the cell's style in a table.</summary>
    public string TextStyle => textStyles.Count == 0 ? HouseStyles.Normal : textStyles.Peek();

    /// <summary>
    /// A bookmark around the last run of the last paragraph written: the page where a section's content
    /// ends (an agenda item's last page). Not collapsed at the paragraph's very end, which LibreOffice
    /// loses when it is the document's last paragraph.
    /// </summary>
    internal void BookmarkEnd(string name)
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
