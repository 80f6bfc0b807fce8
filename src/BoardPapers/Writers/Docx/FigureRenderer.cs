using AngleSharp.Dom;
using BoardPapers.Papers.Charts;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// figure.chart: the caption (figcaption's renderer), a native Word chart drawn from the figure's table with the
/// figures cached (LibreOffice and Word draw them without a workbook) and its description as alt text, then
/// the table itself, the data beside the picture. Caption and chart keep with what follows them.
/// </summary>
internal sealed class FigureRenderer : IDocxElementRenderer
{
    public bool Accepts(IElement element) => element.LocalName == "figure";

    public void Write(DocxRenderer renderer, IElement element)
    {
        var caption = element.FirstElementChild!;
        var table = element.LastElementChild!;

        // After a table, a paragraph apart, as between tables: a caption would otherwise touch the table above.
        if (renderer.Container.LastChild is Table)
        {
            renderer.NewParagraph(HouseStyles.Normal);
            renderer.CloseParagraph();
        }

        renderer.Render(caption);
        if (ChartTable.Read(element).Chart is { } chart)
        {
            renderer.NewParagraph(HouseStyles.Normal, new ParagraphProperties { KeepNext = new KeepNext() });
            renderer.Append(renderer.NewRun(new Drawing(WordChart.Inline(renderer, chart))));
            renderer.CloseParagraph();
        }

        renderer.Render(table);
    }
}
