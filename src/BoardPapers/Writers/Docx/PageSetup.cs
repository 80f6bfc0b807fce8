using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// Sections, headers and footers. A section is opened lazily, when content is about to be written, so
/// that two landscape sections in a row share one Word section instead of leaving a blank page between.
/// Every section names its header and footer explicitly, so none inherits another's header. A house
/// document's header and footer are copied and our running text, banner and page number added to them.
/// </summary>
internal sealed partial class PageSetup(MainDocumentPart main, HouseDocument house, string? draftBanner)
{
    private readonly Dictionary<string, string> headerIds = new(StringComparer.Ordinal);
    private string? footerId;
    private SectionState current;
    private (int? First, bool Odd)? currentStart;
    private (int? First, bool Odd)? wantedStart;
    private bool sectionHasContent;
    private Paragraph? lastBreak;

    public SectionState Wanted { get; private set; }

    public int TextWidth => (Wanted.Landscape ? house.Geometry.Landscape : house.Geometry.Portrait).TextWidth;

    public int TextHeight => (Wanted.Landscape ? house.Geometry.Landscape : house.Geometry.Portrait).TextHeight;

    public void Want(SectionState state) => Wanted = state;

    /// <summary>Whether the next block opens a new section (which starts a new page by itself).</summary>
    public bool AtSectionStart => Wanted != current || wantedStart is not null || !sectionHasContent;

    /// <summary>The next section opened is a new section even if it looks like the last: its page numbers start at <paramref name="first"/> (when given), and, when asked, it starts on an odd page.</summary>
    public void StartNumbering(int? first, bool odd) => wantedStart = (first, odd);

    /// <summary>
    /// Called before a block is added to the body: closes the previous section if the wanted one differs.
    /// Headings and captions just written lead into what follows, so they move into the new section with
    /// it (a landscape table keeps its heading). Page breaks right before the section break are dropped:
    /// the section break starts a new page itself, and Word would print each as a blank page where
    /// LibreOffice folds them into the break, so the two would number pages differently.
    /// </summary>
    /// <returns>Whether this content starts a section (which starts a new page by itself).</returns>
    public bool BeforeBodyContent(DocxRenderer renderer)
    {
        var starts = AtSectionStart;
        if (Wanted != current || wantedStart is not null)
        {
            if (sectionHasContent)
            {
                CloseSection(renderer);
            }

            current = Wanted;
            currentStart = wantedStart ?? currentStart;
            wantedStart = null;
        }

        sectionHasContent = true;
        return starts;
    }

    private void CloseSection(DocxRenderer renderer)
    {
        var end = renderer.Body.LastChild;
        while (end is Paragraph paragraph && end != lastBreak && IsLeadIn(renderer, paragraph))
        {
            end = end.PreviousSibling();
        }

        while (end is Paragraph pageBreak && end != lastBreak && IsPageBreakOnly(pageBreak))
        {
            end = end.PreviousSibling();
            pageBreak.Remove();
        }

        if (end is null || end == lastBreak)
        {
            // Nothing but lead-ins in the old section: they simply belong to the new one.
            return;
        }

        lastBreak = new Paragraph(new ParagraphProperties { SectionProperties = Properties(renderer, current, currentStart) });
        end.InsertAfterSelf(lastBreak);

        // Lead-ins moved into the new section start on its new page already.
        for (var moved = lastBreak.NextSibling(); moved is Paragraph lead; moved = moved.NextSibling())
        {
            lead.ParagraphProperties?.PageBreakBefore?.Remove();
        }
        currentStart = null;
    }

    /// <summary>
    /// Whether a paragraph leads into what follows (a heading, or kept with the next): written out only once
    /// nothing can follow it into a new section. Asks for the styles by what the document has, adding none.
    /// </summary>
    internal static bool LeadsIn(DocxRenderer renderer, Paragraph paragraph)
    {
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        return paragraph.ParagraphProperties?.KeepNext is not null ||
            (style is not null && HeadingNames.Any(name => style == renderer.Styles.Existing(name)));
    }

    private static readonly string[] HeadingNames = ["Heading 1", "Heading 2", "Heading 3", "Heading 4"];

    private static bool IsLeadIn(DocxRenderer renderer, Paragraph paragraph)
    {
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        return paragraph.ParagraphProperties?.KeepNext is not null ||
            (style is not null && (style == renderer.Styles.Id("Heading 1") || style == renderer.Styles.Id("Heading 2") ||
                style == renderer.Styles.Id("Heading 3") || style == renderer.Styles.Id("Heading 4")));
    }

    internal static bool IsPageBreakOnly(Paragraph paragraph) =>
        paragraph.ChildElements.Count(e => e is not ParagraphProperties) == 1 &&
        paragraph.GetFirstChild<Run>() is { } run &&
        run.ChildElements.Count == 1 && run.GetFirstChild<Break>()?.Type?.Value == BreakValues.Page;

    public void Finish(DocxRenderer renderer) => renderer.Body.Append(Properties(renderer, current, currentStart));

    private SectionProperties Properties(DocxRenderer renderer, SectionState state, (int? First, bool Odd)? start)
    {
        var page = state.Landscape ? house.Geometry.Landscape : house.Geometry.Portrait;
        var properties = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = HeaderId(renderer, state) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = FooterId(renderer) });
        if (start is { Odd: true })
        {
            // Where pages could not be measured: Word and LibreOffice add the blank page themselves.
            properties.Append(new SectionType { Val = SectionMarkValues.OddPage });
        }

        properties.Append(
            new PageSize
            {
                Width = (uint)page.Width,
                Height = (uint)page.Height,
                Orient = state.Landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
            },
            new PageMargin
            {
                Top = page.Top,
                Bottom = page.Bottom,
                Left = (uint)page.Left,
                Right = (uint)page.Right,
                Header = 567,
                Footer = 567,
                Gutter = 0,
            });
        if (state.PageNumbers is not null || start?.First is not null)
        {
            properties.Append(new PageNumberType
            {
                Format = state.PageNumbers == "lower-roman" ? NumberFormatValues.LowerRoman : null,
                Start = start?.First,
            });
        }

        return properties;
    }

    /// <summary>
    /// One header per distinct content: the DRAFT banner (when the paper is a draft), the marking (an
    /// agenda pack's "Not for publication"), the house header, the stamp ("Agenda Item 7") at the right,
    /// then the running text.
    /// </summary>
    private string HeaderId(DocxRenderer renderer, SectionState state)
    {
        var text = state.Header ?? "";
        var key = string.Join('\u001f', text, state.Stamp ?? "", state.Marking ?? "", state.Draft ?? "");
        if (headerIds.TryGetValue(key, out var id))
        {
            return id;
        }

        id = $"rIdHeader{headerIds.Count + 1}";
        Header header;
        if (house.Header is { } houseHeader)
        {
            header = main.AddPart(houseHeader, id).Header!;
        }
        else
        {
            header = new Header();
            main.AddNewPart<HeaderPart>(id).Header = header;
        }

        if (state.Marking is not null)
        {
            header.PrependChild(Line(renderer, "Draft Banner", state.Marking));
        }

        if ((draftBanner ?? state.Draft) is { } banner)
        {
            header.PrependChild(Line(renderer, "Draft Banner", banner));
        }

        if (state.Stamp is not null)
        {
            var stamp = Line(renderer, "Header", "");
            stamp.ParagraphProperties!.Justification = new Justification { Val = JustificationValues.Right };
            stamp.Append(new Run(new RunProperties(new Bold()), new Text(state.Stamp) { Space = SpaceProcessingModeValues.Preserve }));
            header.Append(stamp);
        }

        if ((house.Header is null && state.Stamp is null) || text.Length > 0)
        {
            header.Append(Line(renderer, "Header", text));
        }

        headerIds[key] = id;
        return id;
    }

    /// <summary>The footer: "Page N", N a PAGE field that Word and LibreOffice compute; added to a house footer that has no PAGE field.</summary>
    private string FooterId(DocxRenderer renderer)
    {
        if (footerId is not null)
        {
            return footerId;
        }

        footerId = "rIdFooter1";
        Footer footer;
        if (house.Footer is { } houseFooter)
        {
            footer = main.AddPart(houseFooter, footerId).Footer!;
            if (HasPageNumber(footer))
            {
                return footerId;
            }
        }
        else
        {
            footer = new Footer();
            main.AddNewPart<FooterPart>(footerId).Footer = footer;
        }

        var paragraph = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = renderer.Styles.Id("Footer") } });
        paragraph.Append(new Run(new Text("Page ") { Space = SpaceProcessingModeValues.Preserve }));
        paragraph.Append(new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " });
        footer.Append(paragraph);
        return footerId;
    }

    private static bool HasPageNumber(Footer footer) =>
        footer.Descendants<SimpleField>().Any(f => PageField().IsMatch(f.Instruction?.Value ?? "")) ||
        footer.Descendants<FieldCode>().Any(f => PageField().IsMatch(f.Text));

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*PAGE\b")]
    private static partial System.Text.RegularExpressions.Regex PageField();

    private static Paragraph Line(DocxRenderer renderer, string style, string text)
    {
        var paragraph = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = renderer.Styles.Id(style) } });
        if (text.Length > 0)
        {
            paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    public static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
