using System.Text;
using BoardPapers.Base;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Import;

/// <summary>
/// A Word document read for import, as hostile: size-limited, its zip inflated and counted before anything
/// parses it, a macro-enabled document refused, links to other files never followed (only the text is read).
/// Tables are laid on their grid: a cell spanning columns (gridSpan) fills each, a cell merged down rows
/// (vMerge) carries its text into each row it covers, marked as continued.
/// </summary>
public static class WordDocument
{
    /// <summary>The largest document imported: a long plan with pictures is a few megabytes.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>The most tables and rows read: far more than any plan, far less than a hostile file.</summary>
    private const int MaxTables = 2_000;

    private const int MaxRows = 50_000;

    /// <summary>The document, or why it cannot be imported (in words, naming the file).</summary>
    public static (ImportedDocument? Document, string? Problem) Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (ZipLimits.Check(bytes, MaxBytes, 4 * MaxBytes, 10_000, out var tooLarge) is { } unreadable)
        {
            return (null, tooLarge ? $"the document is {unreadable}" : $"this is not a Word document that can be read: {unreadable}; save it from Word or LibreOffice as a Word document (.docx)");
        }

        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false, new OpenSettings { MaxCharactersInPart = 2 * MaxBytes });
            if (document.DocumentType is WordprocessingDocumentType.MacroEnabledDocument or WordprocessingDocumentType.MacroEnabledTemplate)
            {
                return (null, "this is a macro-enabled document (.docm); macros are never run here: save it as a Word document (.docx) and import that");
            }

            var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("it has no document body");
            return Body(body);
        }
        catch (Exception ex) when (ZipLimits.IsUnreadable(ex))
        {
            return (null, $"this is not a Word document that can be read ({ex.Message.TrimEnd('.')}); save it from Word or LibreOffice as a Word document (.docx)");
        }
    }

    private static (ImportedDocument?, string?) Body(Body body)
    {
        string? title = null;
        string? above = null;
        var narrative = new List<string>();
        var tables = new List<ImportedTable>();
        var rows = 0;
        // The title is the paragraph styled as one (Title, Cover Title) before any table, else the first heading.
        var titled = body.Elements().TakeWhile(e => e is not Table).OfType<Paragraph>().FirstOrDefault(p => StyleOf(p).Contains("title", StringComparison.OrdinalIgnoreCase) && !StyleOf(p).Contains("subtitle", StringComparison.OrdinalIgnoreCase) && Text(p).Length > 0);
        title = titled is null ? null : Text(titled);
        foreach (var element in body.Elements())
        {
            // A contents list (its entries, its heading) is no part of the plan.
            if (element is Paragraph skipped && (ReferenceEquals(skipped, titled) || StyleOf(skipped).StartsWith("TOC", StringComparison.OrdinalIgnoreCase) || Text(skipped) is "Contents" or "Table of contents"))
            {
                continue;
            }

            if (element is Paragraph paragraph && Text(paragraph) is { Length: > 0 } text)
            {
                var heading = IsHeading(paragraph, text);
                if (title is null && heading && tables.Count == 0)
                {
                    title = text;
                    continue;
                }

                if (heading)
                {
                    above = text;
                }
                else if (tables.Count == 0)
                {
                    narrative.Add(text);
                }
            }
            else if (element is Table table)
            {
                if (tables.Count >= MaxTables)
                {
                    return (null, $"the document has more than {MaxTables:N0} tables, far more than a plan; import its plan's tables from a shorter document");
                }

                var read = TableOf(table, above);
                rows += read.Rows.Count;
                if (rows > MaxRows)
                {
                    return (null, $"the document's tables have more than {MaxRows:N0} rows, far more than a plan");
                }

                tables.Add(read);
                above = null;
            }
        }

        return (new ImportedDocument(title, narrative, tables), null);
    }

    private static string StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";

    /// <summary>Whether a paragraph heads what follows: a Title or Heading style, or short text all in bold.</summary>
    private static bool IsHeading(Paragraph paragraph, string text)
    {
        var style = StyleOf(paragraph);
        if (style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || style.StartsWith("Title", StringComparison.OrdinalIgnoreCase) || paragraph.ParagraphProperties?.OutlineLevel is not null)
        {
            return true;
        }

        var runs = paragraph.Descendants<Run>().Where(r => r.InnerText.Trim().Length > 0).ToList();
        return text.Length <= 200 && runs.Count > 0 && runs.All(r => r.RunProperties?.Bold is { } bold && bold.Val?.InnerText is null or "" or "1" or "true" or "on");
    }

    private static ImportedTable TableOf(Table table, string? above)
    {
        var grid = table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Select(g => double.TryParse(g.Width?.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var w) ? w : 0).ToList() ?? [];
        var rows = new List<IReadOnlyList<ImportedCell>>();
        var header = 0;
        var counting = true;
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<ImportedCell>();
            var before = int.TryParse(row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.InnerText, out var skipped) ? Math.Clamp(skipped, 0, 64) : 0;
            for (var i = 0; i < before; i++)
            {
                cells.Add(new ImportedCell(""));
            }

            foreach (var cell in row.Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                var span = int.TryParse(properties?.GridSpan?.Val?.InnerText, out var spanned) ? Math.Clamp(spanned, 1, 64) : 1;
                var merge = properties?.VerticalMerge;
                // Values read as written: a writer's spelling the SDK's enumerations do not know is never an exception.
                var continued = merge is not null && merge.Val?.InnerText is null or "" or "continue";
                var column = cells.Count;
                var text = continued && rows.Count > 0 && column < rows[^1].Count ? rows[^1][column].Text : CellText(cell);
                var markdown = continued && rows.Count > 0 && column < rows[^1].Count ? rows[^1][column].Markdown : CellMarkdown(cell);
                var fill = properties?.Shading?.Fill?.InnerText is { Length: 6 } f && f.All(char.IsAsciiHexDigit) ? f.ToUpperInvariant() : null;
                for (var s = 0; s < span; s++)
                {
                    cells.Add(new ImportedCell(text, fill) { Markdown = markdown, Spanned = s > 0, Continued = continued });
                }
            }

            if (counting && row.TableRowProperties?.GetFirstChild<TableHeader>() is { } repeated && repeated.Val?.InnerText is null or "" or "on" or "true" or "1")
            {
                header++;
            }
            else
            {
                counting = false;
            }

            rows.Add(cells);
        }

        // Without repeated header rows, the first row is taken as the headings (tables of plans always have them).
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var padded = rows.Select(r => (IReadOnlyList<ImportedCell>)[.. r, .. Enumerable.Repeat(new ImportedCell(""), width - r.Count)]).ToList();
        var total = grid.Take(width).Sum();
        var widths = total > 0 ? grid.Take(width).Select(w => w / total).ToList() : [.. Enumerable.Repeat(width == 0 ? 0 : 1.0 / width, width)];
        return new ImportedTable(padded, header > 0 ? header : Math.Min(1, rows.Count), above, widths);
    }

    /// <summary>A cell's text: paragraphs and breaks as new lines, list paragraphs as "- " items, tabs as spaces.</summary>
    private static string CellText(TableCell cell) => Lines(cell, paragraph => Text(paragraph));

    /// <summary>A cell's text as Markdown: as <see cref="CellText"/>, with words in bold or italics among plain ones marked so.</summary>
    private static string CellMarkdown(TableCell cell) => Lines(cell, Marked);

    private static string Lines(TableCell cell, Func<Paragraph, string> read)
    {
        var lines = new List<string>();
        foreach (var paragraph in cell.Descendants<Paragraph>())
        {
            var text = read(paragraph);
            if (text.Length > 0)
            {
                lines.Add(paragraph.ParagraphProperties?.NumberingProperties is not null ? "- " + text : text);
            }
        }

        return string.Join("\n", lines);
    }

    /// <summary>
    /// A paragraph's text with emphasis: runs in bold as **words**, in italics as *words*, but only where the
    /// paragraph also has plain words (a cell set all in bold is a style, not emphasis).
    /// </summary>
    private static string Marked(Paragraph paragraph)
    {
        var runs = paragraph.Descendants<Run>().Where(r => r.Ancestors<DeletedRun>().FirstOrDefault() is null && RunText(r).Trim().Length > 0).ToList();
        var kinds = runs.Select(r => (Bold: On(r.RunProperties?.Bold), Italic: On(r.RunProperties?.Italic))).ToList();
        if (runs.Count < 2 || kinds.All(k => k == kinds[0]) || kinds.Any(k => k.Bold && k.Italic))
        {
            return Text(paragraph);
        }

        var text = new StringBuilder();
        for (var i = 0; i < runs.Count; i++)
        {
            var words = RunText(runs[i]);
            var mark = kinds[i].Bold ? "**" : kinds[i].Italic ? "*" : "";
            var opens = mark.Length > 0 && (i == 0 || kinds[i - 1] != kinds[i]);
            var closes = mark.Length > 0 && (i == runs.Count - 1 || kinds[i + 1] != kinds[i]);
            // Markdown's emphasis hugs its words: spaces go outside the marks.
            var lead = opens ? words[..(words.Length - words.TrimStart().Length)] : "";
            var trail = closes ? words[words.TrimEnd().Length..] : "";
            var core = words[lead.Length..(words.Length - trail.Length)];
            text.Append(lead).Append(opens ? mark : "").Append(core).Append(closes ? mark : "").Append(trail);
        }

        return Base.XmlText.Clean(text.ToString()).Trim();
    }

    private static bool On(OnOffType? value) => value is not null && value.Val?.InnerText is null or "" or "1" or "true" or "on";

    private static string RunText(Run run) => Words(run);

    /// <summary>A paragraph's text as it reads: runs' text, breaks as new lines, tabs as spaces; deleted text left out.</summary>
    private static string Text(Paragraph paragraph) => Base.XmlText.Clean(Words(paragraph)).Trim();

    private static string Words(OpenXmlElement element)
    {
        var text = new StringBuilder();
        foreach (var part in element.Descendants())
        {
            switch (part)
            {
                case Text t when t.Ancestors<DeletedRun>().FirstOrDefault() is null:
                    text.Append(t.Text);
                    break;
                case Break:
                case CarriageReturn:
                    text.Append('\n');
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString();
    }
}
