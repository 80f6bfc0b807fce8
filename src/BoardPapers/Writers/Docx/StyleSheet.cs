using BoardPapers.Papers;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// Styles asked for by display name ("Heading 1", "List Bullet", "Table Grid") and resolved to the style
/// ids of the styles part: a house document's own definitions win; missing ones are added from ours.
/// </summary>
internal sealed class StyleSheet
{
    private readonly Styles styles;
    private readonly Dictionary<string, string> idsByName = new(StringComparer.OrdinalIgnoreCase);

    public StyleSheet(Styles styles)
    {
        this.styles = styles;
        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleName?.Val?.Value is { } name && style.StyleId?.Value is { } id)
            {
                idsByName.TryAdd(name, id);
            }
        }
    }

    /// <summary>The style id for a display name when the styles part has it already, else null (nothing is added).</summary>
    public string? Existing(string displayName) => idsByName.GetValueOrDefault(displayName);

    /// <summary>The style id for a display name, adding our definition when the styles part lacks it.</summary>
    public string Id(string displayName)
    {
        if (idsByName.TryGetValue(displayName, out var id))
        {
            return id;
        }

        var style = DefaultStyles.Create(displayName);

        // A cover's title is the paper's first heading (Word's navigation pane, pandoc, the PDF's tags): it is a
        // Heading 1 set larger and lower, whatever id this document gives Heading 1.
        if (string.Equals(displayName, HouseStyles.CoverTitle, StringComparison.OrdinalIgnoreCase))
        {
            style.BasedOn = new BasedOn { Val = Id("Heading 1") };
        }

        styles.Append(style);
        idsByName[displayName] = style.StyleId!.Value!;
        return style.StyleId.Value!;
    }

    /// <summary>
    /// The fill of a paragraph style's shading (its own or the style it is based on), or null: a table cell
    /// whose text has the style is shaded with it, so the house document decides header and group rows.
    /// </summary>
    public string? Fill(string displayName)
    {
        var id = Id(displayName);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (seen.Add(id) && styles.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == id) is { } style)
        {
            if (style.StyleParagraphProperties?.Shading is { } shading)
            {
                return shading.Fill?.Value is { } fill && fill != "auto" ? fill : null;
            }

            if (style.BasedOn?.Val?.Value is not { } basedOn)
            {
                break;
            }

            id = basedOn;
        }

        return null;
    }

    /// <summary>
    /// The font size in points of a paragraph style's text (its own, the style it is based on, or the document
    /// default): what column widths are measured at, so a house document's smaller table text gets narrower columns.
    /// </summary>
    public double Points(string displayName)
    {
        var id = Id(displayName);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (seen.Add(id) && styles.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == id) is { } style)
        {
            if (style.StyleRunProperties?.FontSize?.Val?.Value is { } own && int.TryParse(own, System.Globalization.CultureInfo.InvariantCulture, out var halfPoints))
            {
                return halfPoints / 2.0;
            }

            if (style.BasedOn?.Val?.Value is not { } basedOn)
            {
                break;
            }

            id = basedOn;
        }

        return styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.FontSize?.Val?.Value is { } size &&
            int.TryParse(size, System.Globalization.CultureInfo.InvariantCulture, out var fallback) ? fallback / 2.0 : 10;
    }

    /// <summary>A size in points as Word writes it, in half points ("20" for 10 pt).</summary>
    private static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The house typeface: the document default's (Arial unless a house document says otherwise), which charts take for their text.</summary>
    public string Typeface() =>
        styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.RunFonts?.Ascii?.Value ?? "Arial";

    /// <summary>A fresh styles part with document defaults: Arial 11pt, British English, widow and orphan control.</summary>
    public static Styles NewStyles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                new FontSize { Val = "22" },
                new FontSizeComplexScript { Val = "22" },
                new Languages { Val = Papers.PaperProperties.BritishEnglish, EastAsia = Papers.PaperProperties.BritishEnglish, Bidi = "ar-SA" })),
            // Widow and orphan control: no paragraph leaves a single line at the foot or head of a page.
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new WidowControl(),
                new SpacingBetweenLines { After = "120", Line = "259", LineRule = LineSpacingRuleValues.Auto }))));

    /// <summary>Our definitions of the styles the writer asks for.</summary>
    private static class DefaultStyles
    {
        public static Style Create(string displayName) => displayName.ToUpperInvariant() switch
        {
            "NORMAL" => Paragraph("Normal", displayName, null, null, isDefault: true),
            "TITLE" => Paragraph("Title", displayName, new RunProperties(new Bold(), new FontSize { Val = "32" }), 0),
            "COVER TITLE" => CoverTitle(displayName),
            "SUBTITLE" => Paragraph("Subtitle", displayName, new RunProperties(new FontSize { Val = "28" }), null),
            "TOC 1" => Paragraph("TOC1", displayName, null, null, spacingAfter: "60"),
            "HEADING 1" => Heading(1, "32"),
            "HEADING 2" => Heading(2, "28"),
            "HEADING 3" => Heading(3, "24"),
            "HEADING 4" => Heading(4, "22"),
            "LIST BULLET" => Paragraph("ListBullet", displayName, null, null),
            "LIST NUMBER" => Paragraph("ListNumber", displayName, null, null),
            "CAPTION" => Paragraph("Caption", displayName, new RunProperties(new Bold(), new FontSize { Val = "20" }), null, keepWithNext: true),
            "TABLE TEXT" => Paragraph("TableText", displayName, new RunProperties(new FontSize { Val = HalfPoints(PaperLayout.TableTextPoints) }), null, spacingAfter: "0"),
            "TABLE LIST BULLET" => Paragraph("TableListBullet", displayName, new RunProperties(new FontSize { Val = "20" }), null, spacingAfter: "0"),
            "TABLE LIST NUMBER" => Paragraph("TableListNumber", displayName, new RunProperties(new FontSize { Val = "20" }), null, spacingAfter: "0"),
            "BLANK PAGE" => BlankPage(displayName),
            "NOTE" => Paragraph("Note", displayName, new RunProperties(new Italic(), new FontSize { Val = "20" }), null),
            "DRAFT BANNER" => Paragraph("DraftBanner", displayName, new RunProperties(new Bold(), new Color { Val = "9C0006" }, new FontSize { Val = "28" }), null, centred: true),
            "HEADER" => Paragraph("Header", displayName, new RunProperties(new FontSize { Val = "18" }), null, spacingAfter: "0"),
            "FOOTER" => Paragraph("Footer", displayName, new RunProperties(new FontSize { Val = "18" }), null, spacingAfter: "0", centred: true),
            "TABLE GRID" => TableGrid(displayName),
            "HYPERLINK" => Character("Hyperlink", displayName, new RunProperties(new Color { Val = "0563C1" }, new Underline { Val = UnderlineValues.Single })),
            "AGENDA LINK" => Character("AgendaLink", displayName, new RunProperties()),
            "HTML CODE" => Character("HTMLCode", displayName, new RunProperties(new RunFonts { Ascii = "Courier New", HighAnsi = "Courier New", ComplexScript = "Courier New" })),
            // A header or group row keeps with the row after it, so neither is stranded at the foot of a page.
            "TABLE HEADING" => Paragraph("TableHeading", displayName, new RunProperties(new Bold(), new FontSize { Val = "20" }), null, spacingAfter: "0", shading: "D9D9D9", keepWithNext: true),
            "TABLE GROUP" => Paragraph("TableGroup", displayName, new RunProperties(new Bold(), new FontSize { Val = "20" }), null, spacingAfter: "0", shading: "EDEDED", keepWithNext: true),
            _ => Paragraph(new string([.. displayName.Where(char.IsAsciiLetterOrDigit)]), displayName, null, null),
        };

        // A cover's title, set a third of the way down the page, in the outline as the document's first heading.
        private static Style CoverTitle(string displayName)
        {
            var style = Paragraph("CoverTitle", displayName, new RunProperties(new Bold(), new FontSize { Val = "48" }, new FontSizeComplexScript { Val = "48" }), 0);
            style.StyleParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { Before = "4000", After = "480" };
            return style;
        }

        // Centred across the page and set down to about the middle of it, as printed packs place it.
        private static Style BlankPage(string displayName)
        {
            var style = Paragraph("BlankPage", displayName, null, null, centred: true);
            style.StyleParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { Before = "5600", After = "0" };
            return style;
        }

        private static Style Heading(int level, string size) => Paragraph(
            $"Heading{level}",
            $"heading {level}",
            new RunProperties(new Bold(), new FontSize { Val = size }, new FontSizeComplexScript { Val = size }),
            level - 1,
            keepNext: true);

        private static Style Paragraph(string id, string name, RunProperties? run, int? outlineLevel, bool isDefault = false, bool keepNext = false, string? spacingAfter = null, bool centred = false, string? shading = null, bool keepWithNext = false)
        {
            var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
            if (isDefault)
            {
                style.Default = true;
            }

            style.Append(new StyleName { Val = name });
            if (!isDefault)
            {
                style.Append(new BasedOn { Val = "Normal" });
            }

            style.Append(new PrimaryStyle());
            var paragraph = new StyleParagraphProperties();
            if (keepNext || keepWithNext)
            {
                paragraph.KeepNext = new KeepNext();
            }

            if (spacingAfter is not null || keepNext)
            {
                var spacing = new SpacingBetweenLines { After = spacingAfter ?? "120" };
                if (keepNext)
                {
                    spacing.Before = "240";
                }

                paragraph.SpacingBetweenLines = spacing;
            }

            if (centred)
            {
                paragraph.Justification = new Justification { Val = JustificationValues.Center };
            }

            if (shading is not null)
            {
                paragraph.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = shading };
            }

            if (outlineLevel is int level)
            {
                paragraph.OutlineLevel = new OutlineLevel { Val = level };
            }

            style.Append(paragraph);
            if (run is not null)
            {
                style.Append(new StyleRunProperties(run.ChildElements.Select(c => c.CloneNode(true))));
            }

            return style;
        }

        private static Style Character(string id, string name, RunProperties run)
        {
            var style = new Style { Type = StyleValues.Character, StyleId = id };
            style.Append(new StyleName { Val = name });
            style.Append(new StyleRunProperties(run.ChildElements.Select(c => c.CloneNode(true))));
            return style;
        }

        private static Style TableGrid(string name)
        {
            var style = new Style { Type = StyleValues.Table, StyleId = "TableGrid" };
            style.Append(new StyleName { Val = name });
            style.Append(new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }));
            BorderType Border<TBorder>()
                where TBorder : BorderType, new() => new TBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "555555" };
            style.Append(new StyleTableProperties(
                new TableBorders(Border<TopBorder>(), Border<LeftBorder>(), Border<BottomBorder>(), Border<RightBorder>(), Border<InsideHorizontalBorder>(), Border<InsideVerticalBorder>()),
                // Set as a typist sets a table in Word (single-spaced 10 pt, no space after, no cell margin above or
                // below): a dense plan takes no more pages than the same plan set by hand (bench/density-vs-handset.sh).
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })));
            return style;
        }
    }
}
