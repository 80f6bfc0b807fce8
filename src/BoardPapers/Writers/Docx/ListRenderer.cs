using AngleSharp.Dom;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// ul and ol as real Word numbering, nested to any depth: an item's first paragraph carries the number
/// or bullet, its further paragraphs are indented to match, and a nested list goes one level deeper. An ol
/// starts at its start attribute (else 1) and numbers in its type (a, A, i, I, 1) where it gives one.
/// </summary>
internal sealed class ListRenderer : IDocxElementRenderer
{
    /// <summary>A list's indent a level on the page, in twips (a quarter inch), as its numbering defines it.</summary>
    private const int PageIndent = 360;

    /// <summary>A list's indent a level in a table cell, in twips (an eighth of an inch).</summary>
    private const int CellIndent = 180;

    public bool Accepts(IElement element) => element.LocalName is "ul" or "ol";

    public void Write(DocxRenderer renderer, IElement element)
    {
        var ordered = element.LocalName == "ol";
        var outer = renderer.List;
        var level = Math.Min(outer.Level + 1, 8);
        // A list restarts at its start (1 unless the source says, as Markdown's "4." does) at its own level.
        var start = int.TryParse(element.GetAttribute("start"), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var s) ? Math.Clamp(s, 0, 32767) : 1;
        renderer.List = (renderer.Numbering.NewList(ordered, level, start, ListNumbering.Format(element.GetAttribute("type"))), level, ordered);
        try
        {
            foreach (var item in element.Children.Where(c => c.LocalName == "li"))
            {
                WriteItem(renderer, item);
            }
        }
        finally
        {
            renderer.CloseParagraph();
            renderer.List = outer;
        }
    }

    private static void WriteItem(DocxRenderer renderer, IElement item)
    {
        var first = true;
        // In a table cell a list takes the cell's text size: one body size per table (Table List styles).
        var inCell = renderer.Container is TableCell;
        var style = (renderer.List.Ordered, inCell) switch
        {
            (true, false) => "List Number",
            (false, false) => "List Bullet",
            (true, true) => HouseStyles.TableListNumber,
            (false, true) => HouseStyles.TableListBullet,
        };
        // In a narrow cell the page's quarter-inch indent would take a third of the column: a cell's list hangs
        // its bullet in a small indent (0.125 inch a level), as a typesetter sets lists in table columns.
        var step = inCell ? CellIndent : PageIndent;
        Paragraph Start()
        {
            var properties = new ParagraphProperties();
            if (first)
            {
                properties.NumberingProperties = new NumberingProperties(
                    new NumberingLevelReference { Val = renderer.List.Level },
                    new NumberingId { Val = renderer.List.NumberingId });
                if (inCell)
                {
                    properties.Indentation = new Indentation { Left = PageSetup.Twips(step * (renderer.List.Level + 1)), Hanging = PageSetup.Twips(step) };
                }
            }
            else
            {
                properties.Indentation = new Indentation { Left = PageSetup.Twips(step * (renderer.List.Level + 1)) };
            }

            first = false;
            return renderer.NewParagraph(style, properties);
        }

        foreach (var node in item.ChildNodes)
        {
            if (node is IElement { LocalName: "ul" or "ol" } nested)
            {
                renderer.CloseParagraph();
                renderer.Render(nested);
            }
            else if (node is IElement { LocalName: "p" } paragraph)
            {
                Start();
                renderer.WriteInlines(paragraph);
                renderer.CloseParagraph();
            }
            else if (node is IText text && string.IsNullOrWhiteSpace(text.Data) && renderer.Paragraph is null)
            {
                continue;
            }
            else
            {
                if (renderer.Paragraph is null)
                {
                    Start();
                }

                renderer.WriteInline(node);
            }
        }

        if (first)
        {
            Start();
        }

        renderer.CloseParagraph();
    }
}
