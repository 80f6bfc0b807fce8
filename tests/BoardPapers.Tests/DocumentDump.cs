using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Tests;

/// <summary>
/// A normalised, readable dump of a .docx for snapshots: one line per paragraph (style, numbering,
/// text with **bold**, _italic_, {FIELD}s and ⟦bookmarks⟧), tables with their grid, header rows, spans,
/// merges and shading, every section break with its page, and the headers and footers.
/// </summary>
internal static class DocumentDump
{
    // The document being dumped, so that a drawing can show its chart's part (dumps are synchronous).
    [ThreadStatic]
    private static MainDocumentPart? current;

    public static string Of(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        var main = document.MainDocumentPart!;
        current = main;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"title: {document.PackageProperties.Title}; language: {document.PackageProperties.Language}; created: {document.PackageProperties.Created:yyyy-MM-dd}\n");
        foreach (var block in main.Document!.Body!.ChildElements)
        {
            Block(text, block, "");
        }

        foreach (var header in main.HeaderParts.OrderBy(h => main.GetIdOfPart(h), StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"header {main.GetIdOfPart(header)}:\n");
            foreach (var p in header.Header!.Elements<Paragraph>())
            {
                Block(text, p, "  ");
            }
        }

        foreach (var footer in main.FooterParts.OrderBy(f => main.GetIdOfPart(f), StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"footer {main.GetIdOfPart(footer)}:\n");
            foreach (var p in footer.Footer!.Elements<Paragraph>())
            {
                Block(text, p, "  ");
            }
        }

        return text.ToString();
    }

    private static void Block(StringBuilder text, OpenXmlElement block, string indent)
    {
        switch (block)
        {
            case Paragraph p:
                if (p.ParagraphProperties?.SectionProperties is { } inner)
                {
                    Section(text, inner, indent);
                    break;
                }

                text.Append(indent).Append(CultureInfo.InvariantCulture, $"[{p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "-"}]");
                if (p.ParagraphProperties?.NumberingProperties is { } numbering)
                {
                    text.Append(CultureInfo.InvariantCulture, $" (list {numbering.NumberingId?.Val?.Value} level {numbering.NumberingLevelReference?.Val?.Value})");
                }

                if (p.ParagraphProperties?.PageBreakBefore is not null)
                {
                    text.Append(" (new page)");
                }

                if (p.ParagraphProperties?.Indentation?.Left?.Value is { } left)
                {
                    text.Append(CultureInfo.InvariantCulture, $" (indent {left})");
                }

                text.Append(' ').Append(Inline(p)).Append('\n');
                break;
            case Table table:
                var grid = string.Join(" ", table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(g => g.Width?.Value));
                text.Append(indent).Append(CultureInfo.InvariantCulture, $"table [{table.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value}] grid {grid}\n");
                foreach (var row in table.Elements<TableRow>())
                {
                    var marks = new List<string>();
                    if (row.TableRowProperties?.GetFirstChild<TableHeader>() is not null)
                    {
                        marks.Add("header, repeats");
                    }

                    marks.Add(row.TableRowProperties?.GetFirstChild<CantSplit>() is not null ? "no split" : "may split");

                    text.Append(indent).Append(CultureInfo.InvariantCulture, $"  row ({string.Join(", ", marks)})\n");
                    foreach (var cell in row.Elements<TableCell>())
                    {
                        var props = cell.TableCellProperties;
                        var cellMarks = new List<string> { $"w {props?.TableCellWidth?.Width?.Value}" };
                        if (props?.GridSpan?.Val?.Value is int span)
                        {
                            cellMarks.Add($"span {span}");
                        }

                        if (props?.VerticalMerge is { } merge)
                        {
                            cellMarks.Add(merge.Val?.Value == MergedCellValues.Restart ? "merge start" : "merged");
                        }

                        if (props?.Shading?.Fill?.Value is { } fill)
                        {
                            cellMarks.Add($"fill {fill}");
                        }

                        text.Append(indent).Append(CultureInfo.InvariantCulture, $"    cell ({string.Join(", ", cellMarks)})\n");
                        foreach (var content in cell.Elements().Where(e => e is Paragraph or Table))
                        {
                            Block(text, content, indent + "      ");
                        }
                    }
                }

                break;
            case SectionProperties section:
                Section(text, section, indent);
                break;
        }
    }

    private static void Section(StringBuilder text, SectionProperties section, string indent)
    {
        var size = section.GetFirstChild<PageSize>();
        var header = section.Elements<HeaderReference>().FirstOrDefault()?.Id?.Value;
        var footer = section.Elements<FooterReference>().FirstOrDefault()?.Id?.Value;
        var extras = new List<string>();
        if (section.GetFirstChild<SectionType>()?.Val?.Value == SectionMarkValues.OddPage)
        {
            extras.Add("starts on an odd page");
        }

        if (section.GetFirstChild<PageNumberType>() is { } numbers)
        {
            extras.Add(string.Create(CultureInfo.InvariantCulture, $"page numbers {(numbers.Format?.Value == NumberFormatValues.LowerRoman ? "i, ii, iii" : "1, 2, 3")}{(numbers.Start?.Value is { } start ? $" from {start}" : "")}"));
        }

        var extra = extras.Count == 0 ? "" : ", " + string.Join(", ", extras);
        text.Append(indent).Append(CultureInfo.InvariantCulture, $"=== end of section: {size?.Orient?.InnerText ?? "portrait"} {size?.Width?.Value}x{size?.Height?.Value}, header {header}, footer {footer}{extra} ===\n");
    }

    private static string Inline(OpenXmlElement parent)
    {
        var text = new StringBuilder();
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Run run:
                    var content = string.Concat(run.ChildElements.Select(c => c switch
                    {
                        Text t => t.Text,
                        Break { Type.Value: var type } when type == BreakValues.Page => "[page break]",
                        Break => "↵",
                        Drawing drawing => Chart(drawing),
                        _ => "",
                    }));
                    if (run.RunProperties?.Bold is not null)
                    {
                        content = $"**{content}**";
                    }

                    if (run.RunProperties?.Italic is not null)
                    {
                        content = $"_{content}_";
                    }

                    text.Append(content);
                    break;
                case SimpleField field:
                    text.Append(CultureInfo.InvariantCulture, $"{{{field.Instruction?.Value?.Trim()}}}");
                    break;
                case Hyperlink link:
                    text.Append(CultureInfo.InvariantCulture, $"[{Inline(link)}]({link.Anchor?.Value ?? link.Id?.Value})");
                    break;
                case BookmarkStart start:
                    text.Append(CultureInfo.InvariantCulture, $"⟦{start.Name?.Value}⟧");
                    break;
                case BookmarkEnd:
                    text.Append("⟦/⟧");
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>A chart as a reader checks it: its kind, each series with its colour and cached figures, and its alt text.</summary>
    private static string Chart(Drawing drawing)
    {
        var reference = drawing.Descendants<DocumentFormat.OpenXml.Drawing.Charts.ChartReference>().FirstOrDefault();
        var alt = drawing.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().FirstOrDefault()?.Description?.Value;
        if (reference?.Id?.Value is not { } id || current?.GetPartById(id) is not ChartPart part)
        {
            return $"[picture: {alt}]";
        }

        var space = part.ChartSpace!;
        var kind = space.Descendants<DocumentFormat.OpenXml.Drawing.Charts.BarChart>().Any() ? "stacked bars" : "lines";
        var categories = space.Descendants<DocumentFormat.OpenXml.Drawing.Charts.CategoryAxisData>().First().Descendants<DocumentFormat.OpenXml.Drawing.Charts.NumericValue>().Select(v => v.Text);
        var series = space.Descendants<OpenXmlCompositeElement>()
            .Where(e => e is DocumentFormat.OpenXml.Drawing.Charts.BarChartSeries or DocumentFormat.OpenXml.Drawing.Charts.LineChartSeries)
            .Select(s =>
            {
                var name = s.GetFirstChild<DocumentFormat.OpenXml.Drawing.Charts.SeriesText>()!.Descendants<DocumentFormat.OpenXml.Drawing.Charts.NumericValue>().Single().Text;
                var colour = s.GetFirstChild<DocumentFormat.OpenXml.Drawing.Charts.ChartShapeProperties>()!.Descendants<DocumentFormat.OpenXml.Drawing.RgbColorModelHex>().First().Val?.Value;
                var points = s.GetFirstChild<DocumentFormat.OpenXml.Drawing.Charts.Values>()!.Descendants<DocumentFormat.OpenXml.Drawing.Charts.NumericPoint>().ToDictionary(p => p.Index!.Value, p => p.NumericValue!.Text);
                var figures = categories.Select((_, i) => points.TryGetValue((uint)i, out var v) ? v : "-");
                return $"{name} #{colour} [{string.Join(", ", figures)}]";
            });
        return $"[chart {part.Uri}, {kind} of {string.Join(" / ", categories)}: {string.Join("; ", series)}; alt: {alt}]";
    }
}
